#include "optionaldateedit.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace {
const QDate noDate(1900, 1, 1);
}

OptionalDateEdit::OptionalDateEdit(QWidget *parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
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

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
        && lineEdit()->selectedText() == lineEdit()->text()) {
        setOptionalDate(QDate());
        return;
    }
    QDateEdit::keyPressEvent(event);
}
