#include "nodatabasepage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

NoDatabasePage::NoDatabasePage(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("noDatabaseTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_explanation = new QLabel(this);
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setWordWrap(true);

    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newDatabaseButton"));
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openDatabaseButton"));
    m_open->setDefault(true);
    m_recent = new QPushButton(this);
    m_recent->setObjectName(QStringLiteral("openRecentButton"));
    connect(m_new, &QPushButton::clicked, this, &NoDatabasePage::newRequested);
    connect(m_open, &QPushButton::clicked, this, &NoDatabasePage::openRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    for (QPushButton *button : {m_new, m_open, m_recent})
        buttons->addWidget(button);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    layout->addSpacing(m_title->fontMetrics().height());
    layout->addLayout(buttons);
    layout->addStretch(3);
    retranslateUi();
}

void NoDatabasePage::setRecentMenu(QMenu *menu)
{
    m_recent->setMenu(menu);
}

void NoDatabasePage::setRecentAvailable(bool available)
{
    m_recent->setEnabled(available);
}

void NoDatabasePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NoDatabasePage::retranslateUi()
{
    m_title->setText(tr("No database is open"));
    m_explanation->setText(tr("Create a new database, open an existing one, or choose one you used recently."));
    setAccessibleName(tr("No database is open"));
    m_new->setText(tr("&New database..."));
    m_new->setAccessibleDescription(tr("Creates an empty database file and opens it"));
    m_open->setText(tr("&Open database..."));
    m_open->setAccessibleDescription(tr("Opens an existing database file"));
    m_recent->setText(tr("Open &Recent"));
    m_recent->setAccessibleDescription(tr("Lists the databases opened last"));
}
