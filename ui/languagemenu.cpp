#include "languagemenu.h"

#include "applicationlanguage.h"
#include "languagecatalog.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QEvent>

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent), m_choices(new QActionGroup(this)), m_followSystem(new QAction(this))
{
    ApplicationLanguage &language = ApplicationLanguage::of(*QCoreApplication::instance());
    m_followSystem->setCheckable(true);
    m_choices->addAction(m_followSystem);
    addAction(m_followSystem);
    connect(m_followSystem, &QAction::triggered, &language, &ApplicationLanguage::followSystem);
    addSeparator();
    for (const Language &choice : LanguageCatalog::all()) {
        // Each language is named in itself, so it is never retranslated.
        QAction *action = addAction(choice.nativeName);
        action->setCheckable(true);
        action->setData(choice.code);
        m_choices->addAction(action);
        connect(action, &QAction::triggered, &language, [&language, code = choice.code] { language.choose(code); });
    }
    connect(&language, &ApplicationLanguage::changed, this, &LanguageMenu::checkCurrent);
    retranslate();
    checkCurrent();
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    m_followSystem->setText(tr("System language"));
}

void LanguageMenu::checkCurrent()
{
    const ApplicationLanguage &language = ApplicationLanguage::of(*QCoreApplication::instance());
    if (language.followsSystem()) {
        m_followSystem->setChecked(true);
        return;
    }
    for (QAction *action : m_choices->actions()) {
        if (action != m_followSystem && action->data().toString() == language.current())
            action->setChecked(true);
    }
}
