#pragma once
// The filters above the table: mechanism, state under review, status, year
// range, theme, recommending state, institution and free-text search. Emits
// the combined filter; typing in the search box is debounced. Its texts
// follow a change of language; the choices and the selection stay.
#include "recommendationfilter.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QSpinBox;
class RecommendationRepository;

class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    RecommendationFilter filter() const;
    // Fills the choices from the values in use; keeps the current selections.
    void refreshChoices(RecommendationRepository &repository);
    // Shows this filter in the fields (a click on a chart segment). What has
    // no field of its own (a status on a date, further themes) shows as a
    // removable note.
    void setFilter(const RecommendationFilter &filter);
    void focusSearch();
    void clear();

signals:
    void filterChanged(const RecommendationFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QComboBox *addCombo();
    static void fillKeepingSelection(QComboBox *combo, const QString &anyText,
                                     const QStringList &values);
    static void select(QComboBox *combo, const QString &value);
    static int findIgnoringCase(const QComboBox *combo, const QString &value);
    void showChartSelection();
    void emitChange();

    QLineEdit *m_search = nullptr;
    QComboBox *m_mechanism = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_status = nullptr;
    QSpinBox *m_yearFrom = nullptr;
    QSpinBox *m_yearTo = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_recommendedBy = nullptr;
    QComboBox *m_institution = nullptr;
    QPushButton *m_clearButton = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_mechanismLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_yearsLabel = nullptr;
    QLabel *m_themeLabel = nullptr;
    QLabel *m_recommendedByLabel = nullptr;
    QLabel *m_institutionLabel = nullptr;
    QLabel *m_chartSelectionNote = nullptr;
    QToolButton *m_clearChartSelection = nullptr;
    QList<StatusOnDate> m_statusesOnDates;
    QStringList m_alsoThemes;
    QTimer m_searchDelay;
    RecommendationFilter m_lastEmitted;
};
