#pragma once
// The detail editor for the selected recommendation. It edits a copy; Apply
// hands the edited record to the main window, which saves it through the
// edit facade (one undo step), and Revert reloads the stored fields. Its
// labels follow a change of language; what is typed stays.
#include "recommendation.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class OptionalDateEdit;

class RecommendationForm : public QWidget
{
    Q_OBJECT
public:
    explicit RecommendationForm(QWidget *parent = nullptr);

    // Shows a record (or nothing, disabled); the form is clean afterwards.
    void setRecommendation(const std::optional<Recommendation> &recommendation);
    std::optional<Recommendation> shown() const { return m_shown; }
    bool isDirty() const { return m_dirty; }
    // The fields as typed; nullopt and a sentence in *error when they are not valid.
    std::optional<Recommendation> edited(QString *error) const;
    void showError(const QString &message);
    // Hidden when the form sits in a dialog with its own OK button.
    void setEditButtonsVisible(bool visible);

signals:
    void applyRequested();
    void revertRequested();
    void dirtyChanged(bool dirty);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // The label of a field's row, which also names the field for assistive
    // technology, and what the field is for.
    void setRowTexts(QWidget *field, const QString &label, const QString &description);
    void markDirty();
    static QStringList splitList(const QString &text);

    std::optional<Recommendation> m_shown;
    bool m_dirty = false;
    bool m_loading = false;

    QFormLayout *m_fields = nullptr;
    QComboBox *m_mechanism = nullptr;
    QLineEdit *m_state = nullptr;
    QLineEdit *m_symbol = nullptr;
    QLineEdit *m_paragraph = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QSpinBox *m_cycle = nullptr;
    QSpinBox *m_session = nullptr;
    OptionalDateEdit *m_documentDate = nullptr;
    QLineEdit *m_recommendedBy = nullptr;
    QLineEdit *m_themes = nullptr;
    QLineEdit *m_affectedPersons = nullptr;
    QLineEdit *m_sdgs = nullptr;
    QLineEdit *m_institutions = nullptr;
    OptionalDateEdit *m_dueDate = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
};
