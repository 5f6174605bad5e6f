#pragma once
// For tests that trigger an action that opens a modal dialog (a file
// chooser, a question) which would otherwise wait for a user: while it
// exists, every modal dialog that opens is noted (class and title) and
// rejected, as a user pressing Escape would.
#include <QApplication>
#include <QDialog>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class ModalCloser
{
public:
    ModalCloser()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible())
                return;
            m_seen << QString::fromLatin1(modal->metaObject()->className()) + QStringLiteral(": ")
                          + modal->windowTitle();
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
            else
                modal->close();
        });
        m_timer.start(10);
    }

    QStringList seen() const { return m_seen; }
    void clear() { m_seen.clear(); }

private:
    QTimer m_timer;
    QStringList m_seen;
};
