#include "newrecommendationdialog.h"

#include "recommendationform.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

NewRecommendationDialog::NewRecommendationDialog(const Recommendation &defaults, QWidget *parent)
    : QDialog(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_form = new RecommendationForm(this);
    m_form->setRecommendation(defaults);
    m_form->setEditButtonsVisible(false);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    // Tab goes from field to field, and the area scrolls to the one focused:
    // the area itself needs no stop of its own.
    scroll->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(scroll);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewRecommendationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewRecommendationDialog::reject);
    retranslateUi();
    resize(560, 640);
}

void NewRecommendationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NewRecommendationDialog::retranslateUi()
{
    setWindowTitle(tr("New recommendation"));
    // OK and Cancel are Qt's words, which Qt translates itself.
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleDescription(tr("Adds the recommendation with these fields"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleDescription(tr("Closes the dialog without adding anything"));
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
