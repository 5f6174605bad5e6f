#pragma once
// A date field that may be empty ("none"), which QDateEdit cannot express by
// itself: the minimum date stands for "no date" and shows as special text.
// Delete or Backspace on the whole field clears it. Written in the locale's
// short date format, which follows a change of language.
#include <QDateEdit>

class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    QDate optionalDate() const; // invalid when empty
    void setOptionalDate(const QDate &date);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
};
