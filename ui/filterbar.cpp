#include "filterbar.h"

#include "localeformats.h"
#include "mechanism.h"
#include "recommendationrepository.h"
#include "statuspresentation.h"

#include <QComboBox>
#include <QDate>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <memory>

FilterBar::FilterBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    // Every text is set in retranslateUi(); the items carry their keys as data.
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);

    m_mechanism = addCombo();
    m_mechanism->addItem(QString(), QString());
    for (const Mechanism &mechanism : MechanismCatalog::all())
        m_mechanism->addItem(QString(), mechanism.key);

    m_state = addCombo();
    m_status = addCombo();
    m_status->addItem(QString(), QString());
    for (Status status : StatusInfo::all())
        m_status->addItem(StatusPresentation::icon(status), QString(), StatusInfo::key(status));

    auto makeYear = [this] {
        auto *spin = new QSpinBox(this);
        spin->setRange(0, 2100);
        return spin;
    };
    m_yearFrom = makeYear();
    m_yearTo = makeYear();
    m_theme = addCombo();
    m_recommendedBy = addCombo();
    m_institution = addCombo();
    for (QComboBox *values : {m_state, m_theme, m_recommendedBy, m_institution})
        fillKeepingSelection(values, QString(), {});

    m_clearButton = new QPushButton(this);
    connect(m_clearButton, &QPushButton::clicked, this, &FilterBar::clear);

    auto addLabelled = [&](int row, int column, QWidget *widget, int span = 1) {
        auto *label = new QLabel(this);
        label->setBuddy(widget);
        layout->addWidget(label, row, column);
        layout->addWidget(widget, row, column + 1, 1, span);
        return label;
    };
    m_searchLabel = addLabelled(0, 0, m_search, 5);
    m_statusLabel = addLabelled(0, 6, m_status);
    layout->addWidget(m_clearButton, 0, 8, 1, 2);
    m_mechanismLabel = addLabelled(1, 0, m_mechanism);
    m_stateLabel = addLabelled(1, 2, m_state);
    m_yearsLabel = addLabelled(1, 4, m_yearFrom);
    layout->addWidget(m_yearTo, 1, 6);
    m_themeLabel = addLabelled(1, 7, m_theme);
    m_recommendedByLabel = addLabelled(2, 0, m_recommendedBy);
    m_institutionLabel = addLabelled(2, 2, m_institution);
    m_chartSelectionNote = new QLabel(this);
    m_chartSelectionNote->setObjectName(QStringLiteral("chartSelectionNote"));
    m_clearChartSelection = new QToolButton(this);
    connect(m_clearChartSelection, &QToolButton::clicked, this, [this] {
        m_statusesOnDates.clear();
        m_alsoThemes.clear();
        showChartSelection();
        emitChange();
    });
    layout->addWidget(m_chartSelectionNote, 2, 4, 1, 4);
    layout->addWidget(m_clearChartSelection, 2, 8);
    layout->setColumnStretch(1, 2);
    layout->setColumnStretch(3, 1);
    layout->setColumnStretch(8, 1);

    // The fields were made in the order filter() reads them; Tab follows
    // the grid instead, row by row, left to right.
    const QList<QWidget *> readingOrder{m_search, m_status, m_clearButton, m_mechanism, m_state, m_yearFrom, m_yearTo,
                                        m_theme, m_recommendedBy, m_institution, m_clearChartSelection};
    for (int i = 1; i < readingOrder.size(); ++i)
        setTabOrder(readingOrder.at(i - 1), readingOrder.at(i));

    retranslateUi();

    // Connected only now that every field exists: filter() reads them all.
    // Choosing another theme ends a chart click's extra themes (first, so the
    // filter announced next no longer holds them).
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        m_alsoThemes.clear();
        showChartSelection();
    });
    for (QComboBox *combo : {m_mechanism, m_state, m_status, m_theme, m_recommendedBy, m_institution})
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::emitChange);
    for (QSpinBox *spin : {m_yearFrom, m_yearTo})
        connect(spin, &QSpinBox::valueChanged, this, &FilterBar::emitChange);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &FilterBar::emitChange);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::emitChange);
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FilterBar::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search the text, symbol and paragraph (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setAccessibleDescription(tr("Shows recommendations whose text contains every word typed, "
                                          "matching word beginnings"));
    m_searchLabel->setText(tr("&Search:"));

    // Item texts are set in place: the items, their keys and the selection stay.
    m_mechanism->setAccessibleName(tr("Mechanism filter"));
    m_mechanism->setAccessibleDescription(tr("Shows only the recommendations of this UN body"));
    m_mechanism->setItemText(0, tr("All mechanisms"));
    for (int i = 1; i < m_mechanism->count(); ++i) {
        if (const Mechanism *mechanism = MechanismCatalog::find(m_mechanism->itemData(i).toString()))
            m_mechanism->setItemText(i, mechanism->name());
    }
    m_mechanismLabel->setText(tr("&Mechanism:"));

    m_state->setAccessibleName(tr("State under review filter"));
    m_state->setAccessibleDescription(tr("Shows only the recommendations made to this state"));
    m_state->setItemText(0, tr("All states under review"));
    m_stateLabel->setText(tr("St&ate:"));

    m_status->setAccessibleName(tr("Status filter"));
    m_status->setAccessibleDescription(tr("Shows only the recommendations whose current status is this one"));
    m_status->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_status->count(); ++i) {
        if (const std::optional<Status> status = StatusInfo::fromKey(m_status->itemData(i).toString()))
            m_status->setItemText(i, StatusInfo::label(*status));
    }
    m_statusLabel->setText(tr("Stat&us:"));

    for (QSpinBox *spin : {m_yearFrom, m_yearTo})
        spin->setSpecialValueText(tr("any"));
    m_yearFrom->setAccessibleName(tr("From year"));
    m_yearFrom->setAccessibleDescription(tr("Shows only the recommendations issued in this year or later; "
                                            "any for no limit"));
    m_yearTo->setAccessibleName(tr("To year"));
    m_yearTo->setAccessibleDescription(tr("Shows only the recommendations issued in this year or earlier; "
                                          "any for no limit"));
    m_yearsLabel->setText(tr("&Years:"));

    m_theme->setAccessibleName(tr("Theme filter"));
    m_theme->setAccessibleDescription(tr("Shows only the recommendations on this theme"));
    m_theme->setItemText(0, tr("All themes"));
    m_themeLabel->setText(tr("&Theme:"));

    m_recommendedBy->setAccessibleName(tr("Recommending state filter"));
    m_recommendedBy->setAccessibleDescription(tr("Shows only the recommendations this state made"));
    m_recommendedBy->setItemText(0, tr("All recommending states"));
    m_recommendedByLabel->setText(tr("&Recommended by:"));

    m_institution->setAccessibleName(tr("Institution filter"));
    m_institution->setAccessibleDescription(tr("Shows only the recommendations this national institution "
                                               "is responsible for"));
    m_institution->setItemText(0, tr("All institutions"));
    m_institutionLabel->setText(tr("&Institution:"));

    m_clearButton->setText(tr("Clear filters"));
    m_clearButton->setAccessibleDescription(tr("Removes every filter and shows all recommendations"));
    m_clearChartSelection->setText(tr("Remove"));
    m_clearChartSelection->setToolTip(tr("Stop filtering on what the chart click added"));
    m_clearChartSelection->setAccessibleDescription(tr("Stop filtering on what the chart click added"));
    // The note is made of the statuses and dates of the chart click, in words
    // of the language now chosen.
    showChartSelection();
}

QComboBox *FilterBar::addCombo()
{
    auto *combo = new QComboBox(this);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    return combo;
}

int FilterBar::findIgnoringCase(const QComboBox *combo, const QString &value)
{
    // The filter compares states, themes and the other names as SQLite's
    // NOCASE does, and the choices list each name once in one spelling:
    // "KAZAKHSTAN" chosen is the "Kazakhstan" offered. NOCASE folds only
    // the Latin letters A-Z, so "КАЗАХСТАН" and "Казахстан" stay two
    // choices, as they are two states to the filter.
    const auto sameToNocase = [](const QString &a, const QString &b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const char16_t x = a.at(i).unicode();
            const char16_t y = b.at(i).unicode();
            const auto lower = [](char16_t c) { return c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c; };
            if (lower(x) != lower(y))
                return false;
        }
        return true;
    };
    for (int i = 0; i < combo->count(); ++i) {
        if (sameToNocase(combo->itemData(i).toString(), value))
            return i;
    }
    return -1;
}

void FilterBar::fillKeepingSelection(QComboBox *combo, const QString &anyText, const QStringList &values)
{
    const QString selected = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyText, QString());
    for (const QString &value : values)
        combo->addItem(value, value);
    // A value that is no longer in use stays selectable while it is selected.
    if (!selected.isEmpty() && findIgnoringCase(combo, selected) < 0)
        combo->addItem(selected, selected);
    combo->setCurrentIndex(qMax(0, findIgnoringCase(combo, selected)));
}

void FilterBar::refreshChoices(RecommendationRepository &repository)
{
    // The first item ("All themes") keeps the text it has in the language now chosen.
    fillKeepingSelection(m_state, m_state->itemText(0), repository.statesUnderReview());
    fillKeepingSelection(m_theme, m_theme->itemText(0), repository.distinctValues(RecommendationList::Themes));
    fillKeepingSelection(m_recommendedBy, m_recommendedBy->itemText(0),
                         repository.distinctValues(RecommendationList::RecommendingStates));
    fillKeepingSelection(m_institution, m_institution->itemText(0),
                         repository.distinctValues(RecommendationList::Institutions));
}

RecommendationFilter FilterBar::filter() const
{
    RecommendationFilter filter;
    if (!m_mechanism->currentData().toString().isEmpty())
        filter.mechanisms << m_mechanism->currentData().toString();
    filter.stateUnderReview = m_state->currentData().toString();
    if (const auto status = StatusInfo::fromKey(m_status->currentData().toString()))
        filter.statuses << *status;
    filter.yearFrom = m_yearFrom->value();
    filter.yearTo = m_yearTo->value();
    filter.theme = m_theme->currentData().toString();
    filter.recommendedBy = m_recommendedBy->currentData().toString();
    filter.institution = m_institution->currentData().toString();
    filter.searchText = m_search->text();
    filter.statusesOnDates = m_statusesOnDates;
    filter.alsoThemes = m_alsoThemes;
    return filter;
}

void FilterBar::select(QComboBox *combo, const QString &value)
{
    if (!value.isEmpty() && findIgnoringCase(combo, value) < 0)
        combo->addItem(value, value);
    combo->setCurrentIndex(qMax(0, findIgnoringCase(combo, value)));
}

void FilterBar::setFilter(const RecommendationFilter &filter)
{
    QList<QObject *> fields{m_mechanism, m_state, m_status, m_theme, m_recommendedBy, m_institution,
                            m_yearFrom, m_yearTo, m_search};
    {
        // One change, one signal: the fields are set silently, then announced together.
        QList<std::shared_ptr<QSignalBlocker>> blockers;
        for (QObject *field : fields)
            blockers << std::make_shared<QSignalBlocker>(field);
        select(m_mechanism, filter.mechanisms.value(0));
        select(m_state, filter.stateUnderReview);
        select(m_status, filter.statuses.isEmpty() ? QString() : StatusInfo::key(filter.statuses.first()));
        m_yearFrom->setValue(filter.yearFrom);
        m_yearTo->setValue(filter.yearTo);
        select(m_theme, filter.theme);
        select(m_recommendedBy, filter.recommendedBy);
        select(m_institution, filter.institution);
        m_search->setText(filter.searchText);
    }
    m_statusesOnDates = filter.statusesOnDates;
    m_alsoThemes = filter.alsoThemes;
    showChartSelection();
    emitChange();
}

void FilterBar::showChartSelection()
{
    QStringList notes;
    for (const StatusOnDate &onDate : m_statusesOnDates) {
        QStringList labels;
        for (Status status : onDate.statuses)
            labels << StatusInfo::label(status);
        const QString day = LocaleFormats::date(onDate.date);
        notes << (labels.isEmpty() ? tr("Issued by %1").arg(day)
                                   : tr("Status on %1: %2").arg(day, labels.join(QStringLiteral(", "))));
    }
    if (!m_alsoThemes.isEmpty())
        notes << tr("Also theme: %1").arg(m_alsoThemes.join(QStringLiteral(", ")));
    m_chartSelectionNote->setText(notes.join(QStringLiteral("; ")));
    m_chartSelectionNote->setVisible(!notes.isEmpty());
    m_clearChartSelection->setVisible(!notes.isEmpty());
}

void FilterBar::emitChange()
{
    m_searchDelay.stop();
    const RecommendationFilter current = filter();
    if (current == m_lastEmitted)
        return;
    m_lastEmitted = current;
    emit filterChanged(current);
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::clear()
{
    for (QComboBox *combo : {m_mechanism, m_state, m_status, m_theme, m_recommendedBy, m_institution}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    for (QSpinBox *spin : {m_yearFrom, m_yearTo}) {
        const QSignalBlocker blocker(spin);
        spin->setValue(0);
    }
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_statusesOnDates.clear();
    m_alsoThemes.clear();
    showChartSelection();
    emitChange();
}
