#include "statuswordsform.h"

#include "statuspresentation.h"
#include "statuswords.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>

StatusWordsForm::StatusWordsForm(QWidget *parent) : QWidget(parent)
{
    m_layout = new QFormLayout(this);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_layout->addRow(m_note);
    setWords({});
}

void StatusWordsForm::setWords(const QStringList &words)
{
    for (const QString &shown : std::as_const(m_words))
        m_remembered.remove(StatusWords::userKey(shown)); // "not chosen" is a choice too
    m_remembered.insert(choices());
    while (m_layout->rowCount() > 1)
        m_layout->removeRow(1);
    m_combos.clear();
    m_labels.clear();
    m_words = words;
    for (const QString &word : words) {
        auto *combo = new QComboBox(this);
        combo->setAccessibleName(word); // the file's word, as the file spells it
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        combo->addItem(QString());
        for (Status status : StatusInfo::all())
            combo->addItem(StatusPresentation::icon(status), QString(), StatusInfo::key(status));
        const auto kept = m_remembered.constFind(StatusWords::userKey(word));
        if (kept != m_remembered.cend())
            combo->setCurrentIndex(combo->findData(StatusInfo::key(*kept)));
        auto *label = new QLabel(this);
        label->setBuddy(combo);
        m_layout->addRow(label, combo);
        m_combos << combo;
        m_labels << label;
    }
    keepInTabOrder();
    retranslateUi();
}

void StatusWordsForm::keepInTabOrder()
{
    // Widgets made after their window join the end of its Tab order, after
    // the dialog's buttons; the combos belong where the form stands, after
    // the control before it.
    QWidget *before = previousInFocusChain();
    while (before != this && (isAncestorOf(before) || !(before->focusPolicy() & Qt::TabFocus)))
        before = before->previousInFocusChain();
    if (before == this)
        return; // nothing to follow: the form is on its own
    for (QComboBox *combo : std::as_const(m_combos)) {
        setTabOrder(before, combo);
        before = combo;
    }
}

void StatusWordsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StatusWordsForm::retranslateUi()
{
    for (int i = 0; i < m_combos.size(); ++i) {
        QComboBox *combo = m_combos.at(i);
        combo->setToolTip(tr("Rows with a word left unchosen cannot be read."));
        combo->setAccessibleDescription(tr("Rows with a word left unchosen cannot be read."));
        combo->setItemText(0, tr("(not chosen)"));
        for (int item = 1; item < combo->count(); ++item) {
            if (const std::optional<Status> status = StatusInfo::fromKey(combo->itemData(item).toString()))
                combo->setItemText(item, StatusInfo::label(*status));
        }
        m_labels.at(i)->setText(tr("\"%1\" means:").arg(m_words.at(i)));
    }
    m_note->setText(m_words.isEmpty() ? tr("Every status in the file is a word the program knows.")
                                      : tr("Say what each of these words means. Rows with a word left unchosen "
                                           "cannot be read."));
}

QComboBox *StatusWordsForm::comboFor(const QString &word) const
{
    const int index = int(m_words.indexOf(word));
    return index >= 0 ? m_combos.at(index) : nullptr;
}

QHash<QString, Status> StatusWordsForm::choices() const
{
    QHash<QString, Status> chosen;
    for (int i = 0; i < m_combos.size(); ++i) {
        if (const std::optional<Status> status = StatusInfo::fromKey(m_combos.at(i)->currentData().toString()))
            chosen.insert(StatusWords::userKey(m_words.at(i)), *status);
    }
    return chosen;
}
