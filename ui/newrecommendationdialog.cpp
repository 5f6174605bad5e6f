#include "newrecommendationdialog.h"

#include "recommendationform.h"

#include <QDialogButtonBox>
#include <QScrollArea>
#include <QVBoxLayout>

NewRecommendationDialog::NewRecommendationDialog(const Recommendation &defaults, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New recommendation"));
    auto *layout = new QVBoxLayout(this);
    m_form = new RecommendationForm(this);
    m_form->setRecommendation(defaults);
    m_form->setEditButtonsVisible(false);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    layout->addWidget(scroll);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewRecommendationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewRecommendationDialog::reject);
    resize(560, 640);
}

void NewRecommendationDialog::accept()
{
    QString error;
    const std::optional<Recommendation> edited = m_form->edited(&error);
    if (!edited) {
        m_form->showError(error);
        return;
    }
    m_result = *edited;
    QDialog::accept();
}
