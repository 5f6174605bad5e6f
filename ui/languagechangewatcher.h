#pragma once
// Tells an object that is not a widget (a model, say) that the application's
// language changed: installing or removing a QTranslator sends
// QEvent::LanguageChange to the application object, which widgets hear of
// in changeEvent() but models never do. Owned by the object it calls back,
// so nothing else has to remember to pass the news on.
#include <QObject>
#include <functional>

class LanguageChangeWatcher : public QObject
{
public:
    LanguageChangeWatcher(std::function<void()> onLanguageChange, QObject *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_onLanguageChange;
};
