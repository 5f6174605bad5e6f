#pragma once
// The status words of a file that the program does not know ("ongoing",
// "в процессе"), each with a choice of what it means. A word left without a
// choice makes its rows unreadable, as on the command line. Its texts follow
// a change of language; the words and the choices stay.
#include "status.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;

class StatusWordsForm : public QWidget
{
    Q_OBJECT
public:
    explicit StatusWordsForm(QWidget *parent = nullptr);

    // The words to ask about; a word asked before keeps its choice.
    void setWords(const QStringList &words);
    QStringList words() const { return m_words; }
    // The combo of a word (its accessible name is the word), for tests and focus.
    QComboBox *comboFor(const QString &word) const;
    // StatusWords::userKey(word) -> status, for the words given a status.
    QHash<QString, Status> choices() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void keepInTabOrder();

    QFormLayout *m_layout = nullptr;
    QLabel *m_note = nullptr;
    QStringList m_words;
    QList<QComboBox *> m_combos;
    QList<QLabel *> m_labels; // "<word>" means:
    QHash<QString, Status> m_remembered; // choices of words no longer shown, should they come back
};
