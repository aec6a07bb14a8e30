#pragma once

#include "models/bindingrequest.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace cooc::ui {

class EmptyStateWidget;

// The evidence a decision needs, on one screen, beside the queue: the student, the applicant
// (and whether they are a guardian or a delegated caregiver), the children already bound,
// the applicant's fields beside the school's guardian record with the differing characters
// highlighted, the e-signature line (icon, word, colour; "Details…"), the household check,
// the consent text, the history — and the actions with their keys at the bottom. It only
// shows and asks; the page makes the decisions.
class BindingDetailsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BindingDetailsWidget)

public:
    explicit BindingDetailsWidget(QWidget *parent = nullptr);
    ~BindingDetailsWidget() override;

    void showDetails(const BindingRequestDetails &details);
    // Nothing selected: an empty state with `title` and `text`.
    void showEmpty(const QString &title, const QString &text);
    bool hasDetails() const { return m_details.has_value(); }
    const std::optional<BindingRequestDetails> &details() const { return m_details; }

    // Feedback after an action, inline (never a modal box): an error in red, else neutral.
    void showMessage(const QString &text, bool error);
    void clearMessage();
    QString message() const;

    bool paperConsentChecked() const;
    QString paperConsentReason() const;
    void focusPaperConsent();
    // An approval that was not saved comes back as typed: the paper form ticked, its reason.
    void restorePaperConsent(const QString &reason);
    // While a re-check runs, its button says so and is disabled.
    void setReverifyRunning(bool running);
    // While a household check runs, a progress line says which attempt it is on and the
    // button cancels it (householdRecheckClicked() either way; the page knows which).
    void setHouseholdRecheckRunning(bool running, int attempt = 0, int maxAttempts = 0);

signals:
    void approveClicked();
    void rejectClicked();
    void infoClicked();
    void signatureDetailsClicked();
    void reverifyClicked();
    void householdRecheckClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void render();
    void showRechecks(); // the re-check buttons and the household progress line

    std::optional<BindingRequestDetails> m_details;
    QStackedWidget *m_stack;
    EmptyStateWidget *m_empty;
    QLabel *m_student;
    QLabel *m_applicant;
    QLabel *m_contact;
    QLabel *m_compareHeading;
    QLabel *m_compare;
    QLabel *m_signatureHeading;
    QLabel *m_signature;
    QPushButton *m_signatureDetails;
    QPushButton *m_reverify;
    QLabel *m_householdHeading;
    QLabel *m_household;
    QPushButton *m_householdRecheck;
    QLabel *m_householdProgress;
    QProgressBar *m_householdBusy;
    QLabel *m_consentHeading;
    QPlainTextEdit *m_consent;
    QLabel *m_historyHeading;
    QLabel *m_history;
    QLabel *m_decision;
    QLabel *m_hint;
    QLabel *m_message;
    QCheckBox *m_paperCheck;
    QLineEdit *m_paperReason;
    QPushButton *m_approve;
    QPushButton *m_info;
    QPushButton *m_reject;
    bool m_reverifyRunning = false;
    bool m_householdRunning = false;
    int m_householdAttempt = 0;
    int m_householdMaxAttempts = 0;
};

} // namespace cooc::ui
