#include "optionaldateedit.h"

#include "localeformats.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace {
const QDate noDate(1900, 1, 1);
}

OptionalDateEdit::OptionalDateEdit(QWidget *parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(LocaleFormats::dateEditFormat());
    setMinimumDate(noDate);
    setMaximumDate(QDate(2999, 12, 31));
    setSpecialValueText(tr("none"));
    setDate(noDate);
}

QDate OptionalDateEdit::optionalDate() const
{
    return date() == noDate ? QDate() : date();
}

void OptionalDateEdit::setOptionalDate(const QDate &date)
{
    setDate(date.isValid() ? date : noDate);
}

void OptionalDateEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setSpecialValueText(tr("none"));
        setDisplayFormat(LocaleFormats::dateEditFormat());
    }
    QDateEdit::changeEvent(event);
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
        && lineEdit()->selectedText() == lineEdit()->text()) {
        setOptionalDate(QDate());
        return;
    }
    QDateEdit::keyPressEvent(event);
}
