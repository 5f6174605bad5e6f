#include "languagechangewatcher.h"

#include <QCoreApplication>
#include <QEvent>

LanguageChangeWatcher::LanguageChangeWatcher(std::function<void()> onLanguageChange, QObject *parent)
    : QObject(parent), m_onLanguageChange(std::move(onLanguageChange))
{
    if (QCoreApplication *application = QCoreApplication::instance())
        application->installEventFilter(this);
}

bool LanguageChangeWatcher::eventFilter(QObject *watched, QEvent *event)
{
    // A filter on the application sees every event of every object: only
    // the one the application itself receives is the news.
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
        m_onLanguageChange();
    return false;
}
