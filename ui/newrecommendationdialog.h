#pragma once
// Asks for the fields of a new recommendation, using the same form as the
// detail editor, and refuses OK until they are valid.
#include "recommendation.h"

#include <QDialog>

class QDialogButtonBox;
class RecommendationForm;

class NewRecommendationDialog : public QDialog
{
    Q_OBJECT
public:
    NewRecommendationDialog(const Recommendation &defaults, QWidget *parent = nullptr);
    Recommendation recommendation() const { return m_result; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    RecommendationForm *m_form = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    Recommendation m_result;
};
