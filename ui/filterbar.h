#pragma once
// The filters above the table: mechanism, state under review, status, year
// range, theme, recommending state, institution and free-text search. Emits
// the combined filter; typing in the search box is debounced.
#include "recommendationfilter.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;
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
    void focusSearch();
    void clear();

signals:
    void filterChanged(const RecommendationFilter &filter);

private:
    QComboBox *addCombo(const QString &accessibleName);
    static void fillKeepingSelection(QComboBox *combo, const QString &anyText,
                                     const QStringList &values);
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
    QTimer m_searchDelay;
    RecommendationFilter m_lastEmitted;
};
