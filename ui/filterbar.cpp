#include "filterbar.h"

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

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search the text, symbol and paragraph (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_search->setAccessibleDescription(tr("Shows recommendations whose text contains every word typed, "
                                          "matching word beginnings"));

    m_mechanism = addCombo(tr("Mechanism filter"));
    m_mechanism->addItem(tr("All mechanisms"), QString());
    for (const Mechanism &mechanism : MechanismCatalog::all())
        m_mechanism->addItem(mechanism.name(), mechanism.key);

    m_state = addCombo(tr("State under review filter"));
    m_status = addCombo(tr("Status filter"));
    m_status->addItem(tr("All statuses"), QString());
    for (Status status : StatusInfo::all())
        m_status->addItem(StatusPresentation::icon(status), StatusInfo::label(status), StatusInfo::key(status));

    auto makeYear = [this](const QString &name) {
        auto *spin = new QSpinBox(this);
        spin->setRange(0, 2100);
        spin->setSpecialValueText(tr("any"));
        spin->setAccessibleName(name);
        return spin;
    };
    m_yearFrom = makeYear(tr("From year"));
    m_yearTo = makeYear(tr("To year"));
    m_theme = addCombo(tr("Theme filter"));
    m_recommendedBy = addCombo(tr("Recommending state filter"));
    m_institution = addCombo(tr("Institution filter"));
    fillKeepingSelection(m_state, tr("All states under review"), {});
    fillKeepingSelection(m_theme, tr("All themes"), {});
    fillKeepingSelection(m_recommendedBy, tr("All recommending states"), {});
    fillKeepingSelection(m_institution, tr("All institutions"), {});

    auto *clearButton = new QPushButton(tr("Clear filters"), this);
    clearButton->setAccessibleDescription(tr("Removes every filter and shows all recommendations"));
    connect(clearButton, &QPushButton::clicked, this, &FilterBar::clear);

    auto addLabelled = [&](int row, int column, const QString &text, QWidget *widget, int span = 1) {
        auto *label = new QLabel(text, this);
        label->setBuddy(widget);
        layout->addWidget(label, row, column);
        layout->addWidget(widget, row, column + 1, 1, span);
    };
    addLabelled(0, 0, tr("&Search:"), m_search, 5);
    addLabelled(0, 6, tr("Stat&us:"), m_status);
    layout->addWidget(clearButton, 0, 8, 1, 2);
    addLabelled(1, 0, tr("&Mechanism:"), m_mechanism);
    addLabelled(1, 2, tr("St&ate:"), m_state);
    addLabelled(1, 4, tr("&Years:"), m_yearFrom);
    layout->addWidget(m_yearTo, 1, 6);
    addLabelled(1, 7, tr("&Theme:"), m_theme);
    addLabelled(2, 0, tr("&Recommended by:"), m_recommendedBy);
    addLabelled(2, 2, tr("&Institution:"), m_institution);
    m_chartSelectionNote = new QLabel(this);
    m_chartSelectionNote->setObjectName(QStringLiteral("chartSelectionNote"));
    m_clearChartSelection = new QToolButton(this);
    m_clearChartSelection->setText(tr("Remove"));
    m_clearChartSelection->setToolTip(tr("Stop filtering on what the chart click added"));
    connect(m_clearChartSelection, &QToolButton::clicked, this, [this] {
        m_statusesOnDates.clear();
        m_alsoThemes.clear();
        showChartSelection();
        emitChange();
    });
    layout->addWidget(m_chartSelectionNote, 2, 4, 1, 4);
    layout->addWidget(m_clearChartSelection, 2, 8);
    showChartSelection();
    layout->setColumnStretch(1, 2);
    layout->setColumnStretch(3, 1);
    layout->setColumnStretch(8, 1);

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

QComboBox *FilterBar::addCombo(const QString &accessibleName)
{
    auto *combo = new QComboBox(this);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    return combo;
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
    if (!selected.isEmpty() && combo->findData(selected) < 0)
        combo->addItem(selected, selected);
    combo->setCurrentIndex(qMax(0, combo->findData(selected)));
}

void FilterBar::refreshChoices(RecommendationRepository &repository)
{
    fillKeepingSelection(m_state, tr("All states under review"), repository.statesUnderReview());
    fillKeepingSelection(m_theme, tr("All themes"), repository.distinctValues(RecommendationList::Themes));
    fillKeepingSelection(m_recommendedBy, tr("All recommending states"),
                         repository.distinctValues(RecommendationList::RecommendingStates));
    fillKeepingSelection(m_institution, tr("All institutions"),
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
    if (!value.isEmpty() && combo->findData(value) < 0)
        combo->addItem(value, value);
    combo->setCurrentIndex(qMax(0, combo->findData(value)));
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
        const QString day = QLocale().toString(onDate.date, QLocale::ShortFormat);
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
