#include "recommendationform.h"

#include "mechanism.h"
#include "optionaldateedit.h"
#include "uprcalendar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
// Lists are typed separated by semicolons: state names such as
// "Korea, Republic of" contain commas.
const QString listSeparator = QStringLiteral("; ");
}

RecommendationForm::RecommendationForm(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    m_fields = new QFormLayout;
    outer->addLayout(m_fields);

    // Every text is set in retranslateUi().
    m_mechanism = new QComboBox(this);
    for (const Mechanism &mechanism : MechanismCatalog::all())
        m_mechanism->addItem(QString(), mechanism.key);
    m_state = new QLineEdit(this);
    m_symbol = new QLineEdit(this);
    m_paragraph = new QLineEdit(this);
    m_text = new QPlainTextEdit(this);
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(80);
    m_cycle = new QSpinBox(this);
    m_cycle->setRange(0, 99);
    m_session = new QSpinBox(this);
    m_session->setRange(0, 999);
    m_documentDate = new OptionalDateEdit(this);
    m_recommendedBy = new QLineEdit(this);
    m_themes = new QLineEdit(this);
    m_affectedPersons = new QLineEdit(this);
    m_sdgs = new QLineEdit(this);
    m_institutions = new QLineEdit(this);
    m_dueDate = new OptionalDateEdit(this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    // Made in the order of the rows, which is the order Tab follows.
    for (QWidget *field : std::initializer_list<QWidget *>{
             m_mechanism, m_state, m_symbol, m_paragraph, m_text, m_cycle, m_session, m_documentDate,
             m_recommendedBy, m_themes, m_affectedPersons, m_sdgs, m_institutions, m_dueDate, m_notes}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_fields->addRow(label, field);
    }

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    outer->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_revert = buttons->addButton(QString(), QDialogButtonBox::ResetRole);
    outer->addWidget(buttons);
    outer->addStretch();
    retranslateUi();
    connect(m_apply, &QPushButton::clicked, this, &RecommendationForm::applyRequested);
    connect(m_revert, &QPushButton::clicked, this, &RecommendationForm::revertRequested);
    auto *applyShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    applyShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(applyShortcut, &QShortcut::activated, this, [this] {
        if (m_dirty)
            emit applyRequested();
    });

    // A session number alone gives the cycle and, through the calendar, the
    // date of the Working Group's report when none is set yet.
    connect(m_session, &QSpinBox::valueChanged, this, [this](int session) {
        if (m_loading || session <= 0)
            return;
        if (m_cycle->value() == 0)
            m_cycle->setValue(UprCalendar::cycleOfSession(session));
        const std::optional<UprSession> known = UprCalendar::session(session);
        if (known && !m_documentDate->optionalDate().isValid())
            m_documentDate->setOptionalDate(known->end);
    });
    for (QLineEdit *edit : {m_state, m_symbol, m_paragraph, m_recommendedBy, m_themes, m_affectedPersons,
                            m_sdgs, m_institutions})
        connect(edit, &QLineEdit::textEdited, this, &RecommendationForm::markDirty);
    for (QPlainTextEdit *edit : {m_text, m_notes})
        connect(edit, &QPlainTextEdit::textChanged, this, &RecommendationForm::markDirty);
    for (QSpinBox *spin : {m_cycle, m_session})
        connect(spin, &QSpinBox::valueChanged, this, &RecommendationForm::markDirty);
    for (OptionalDateEdit *date : {m_documentDate, m_dueDate})
        connect(date, &QDateEdit::dateChanged, this, &RecommendationForm::markDirty);
    connect(m_mechanism, &QComboBox::currentIndexChanged, this, &RecommendationForm::markDirty);

    setRecommendation(std::nullopt);
}

void RecommendationForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RecommendationForm::setRowTexts(QWidget *field, const QString &label, const QString &description)
{
    if (auto *rowLabel = qobject_cast<QLabel *>(m_fields->labelForField(field)))
        rowLabel->setText(label);
    field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    field->setAccessibleDescription(description);
}

void RecommendationForm::retranslateUi()
{
    for (int i = 0; i < m_mechanism->count(); ++i) {
        if (const Mechanism *mechanism = MechanismCatalog::find(m_mechanism->itemData(i).toString()))
            m_mechanism->setItemText(i, mechanism->name());
    }
    m_cycle->setSpecialValueText(tr("none"));
    m_session->setSpecialValueText(tr("none"));
    m_sdgs->setPlaceholderText(tr("e.g. 5; 16"));
    for (QLineEdit *list : {m_recommendedBy, m_themes, m_affectedPersons, m_institutions})
        list->setPlaceholderText(tr("separate several with ;"));

    setRowTexts(m_mechanism, tr("&Mechanism:"), tr("The UN body that issued the recommendation"));
    setRowTexts(m_state, tr("State under re&view:"), tr("The country the recommendation is addressed to"));
    setRowTexts(m_symbol, tr("S&ymbol:"), tr("The UN document symbol, such as A/HRC/14/10"));
    setRowTexts(m_paragraph, tr("Para&graph:"), tr("The paragraph number in the document, such as 97.1"));
    setRowTexts(m_text, tr("Te&xt:"), tr("The text of the recommendation"));
    setRowTexts(m_cycle, tr("UPR c&ycle:"), tr("The UPR cycle; none for treaty bodies"));
    setRowTexts(m_session, tr("UPR sessio&n:"), tr("The UPR Working Group session number"));
    setRowTexts(m_documentDate, tr("&Document date:"), tr("The date of the document"));
    setRowTexts(m_recommendedBy, tr("Recommended &by:"), tr("Recommending states, separated by semicolons"));
    setRowTexts(m_themes, tr("T&hemes:"), tr("Themes, separated by semicolons"));
    setRowTexts(m_affectedPersons, tr("Affected &persons:"), tr("Affected groups, separated by semicolons"));
    setRowTexts(m_sdgs, tr("SD&Gs:"), tr("Sustainable Development Goals, numbers 1 to 17"));
    setRowTexts(m_institutions, tr("&Institutions:"), tr("Responsible national institutions, separated by semicolons"));
    setRowTexts(m_dueDate, tr("D&ue date:"), tr("When the recommendation should be implemented"));
    setRowTexts(m_notes, tr("N&otes:"), tr("Your notes on this recommendation"));

    m_apply->setText(tr("&Apply changes"));
    m_apply->setToolTip(tr("Save the edited fields (Ctrl+Return)"));
    m_apply->setAccessibleDescription(tr("Save the edited fields (Ctrl+Return)"));
    m_revert->setText(tr("Re&vert"));
    m_revert->setToolTip(tr("Discard the edits and show the stored fields"));
    m_revert->setAccessibleDescription(tr("Discard the edits and show the stored fields"));
}

void RecommendationForm::markDirty()
{
    if (m_loading || m_dirty || !m_shown)
        return;
    m_dirty = true;
    m_apply->setEnabled(true);
    m_revert->setEnabled(true);
    emit dirtyChanged(true);
}

void RecommendationForm::setEditButtonsVisible(bool visible)
{
    m_apply->setVisible(visible);
    m_revert->setVisible(visible);
}

void RecommendationForm::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void RecommendationForm::setRecommendation(const std::optional<Recommendation> &recommendation)
{
    m_loading = true;
    m_shown = recommendation;
    const Recommendation r = recommendation.value_or(Recommendation());
    m_mechanism->setCurrentIndex(qMax(0, m_mechanism->findData(r.mechanism)));
    m_state->setText(r.stateUnderReview);
    m_symbol->setText(r.symbol);
    m_paragraph->setText(r.paragraph);
    m_text->setPlainText(r.text);
    m_cycle->setValue(r.uprCycle);
    m_session->setValue(r.uprSession);
    m_documentDate->setOptionalDate(r.documentDate);
    m_recommendedBy->setText(r.recommendedBy.join(listSeparator));
    m_themes->setText(r.themes.join(listSeparator));
    m_affectedPersons->setText(r.affectedPersons.join(listSeparator));
    QStringList sdgs;
    for (int sdg : r.sdgs)
        sdgs << QString::number(sdg);
    m_sdgs->setText(sdgs.join(listSeparator));
    m_institutions->setText(r.institutions.join(listSeparator));
    m_dueDate->setOptionalDate(r.dueDate);
    m_notes->setPlainText(r.notes);
    m_loading = false;

    const bool wasDirty = m_dirty;
    m_dirty = false;
    setEnabled(recommendation.has_value());
    m_apply->setEnabled(false);
    m_revert->setEnabled(false);
    showError(QString());
    if (wasDirty)
        emit dirtyChanged(false);
}

QStringList RecommendationForm::splitList(const QString &text)
{
    QStringList values;
    for (const QString &part : text.split(QLatin1Char(';'))) {
        if (!part.trimmed().isEmpty())
            values << part.trimmed();
    }
    return values;
}

std::optional<Recommendation> RecommendationForm::edited(QString *error) const
{
    if (!m_shown) {
        *error = tr("No recommendation is selected.");
        return std::nullopt;
    }
    Recommendation r = *m_shown;
    r.mechanism = m_mechanism->currentData().toString();
    r.stateUnderReview = m_state->text().simplified();
    r.symbol = m_symbol->text().trimmed();
    r.paragraph = m_paragraph->text().trimmed();
    r.text = m_text->toPlainText().trimmed();
    r.uprCycle = m_cycle->value();
    r.uprSession = m_session->value();
    r.documentDate = m_documentDate->optionalDate();
    r.recommendedBy = splitList(m_recommendedBy->text());
    r.themes = splitList(m_themes->text());
    r.affectedPersons = splitList(m_affectedPersons->text());
    r.institutions = splitList(m_institutions->text());
    r.dueDate = m_dueDate->optionalDate();
    r.notes = m_notes->toPlainText();
    r.sdgs.clear();
    for (const QString &part : m_sdgs->text().split(QRegularExpression(QStringLiteral("[;,\\s]+")),
                                                    Qt::SkipEmptyParts)) {
        bool ok = false;
        const int sdg = part.toInt(&ok);
        if (!ok) {
            *error = tr("\"%1\" is not an SDG number; type numbers from 1 to 17 separated by semicolons.")
                         .arg(part);
            return std::nullopt;
        }
        r.sdgs << sdg;
    }
    const QStringList problems = r.validationErrors();
    if (!problems.isEmpty()) {
        *error = problems.join(QLatin1Char(' '));
        return std::nullopt;
    }
    return r;
}
