#pragma once
// Help > About: what the application is, its version, its licence (GPL 3 or
// later, with a link to the text), where the data it reads comes from, and
// the Qt it runs on.
#include <QDialog>

class QLabel;

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The dialog's text, as rich text (also for tests).
    QString text() const;

    static QString licenceUrl();
};
