#pragma once

#include "models/bindingrequest.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DecisionNoteDialog;
}

namespace cooc::ui {

// Asks what a decision needs in words before it is made:
//  - Reject: a reason from the list and an explanation for the parent (both required);
//  - RequestInfo: what the parent must add or correct (required).
// OK stays disabled, with a hint saying what is missing, until the required parts are there.
// Opened with open() (window-modal) by the binding page; the decision runs after Accepted.
class DecisionNoteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionNoteDialog)

public:
    enum class Mode { Reject, RequestInfo };

    // `subject` names the request ("王小明 (801) · 王大同").
    DecisionNoteDialog(Mode mode, const QString &subject, QWidget *parent = nullptr);
    ~DecisionNoteDialog() override;

    Mode mode() const { return m_mode; }
    // Reject: the chosen reason (nullopt while none is chosen).
    std::optional<binding::RejectReason> reason() const;
    QString note() const; // trimmed
    // What the reviewer typed before, when a decision was not saved (a lost connection).
    void restore(std::optional<binding::RejectReason> reason, const QString &note);
    // Leave the signature reason out of the list (an INDETERMINATE signature is not invalid).
    void setSignatureReasonAllowed(bool allowed);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillReasons();
    void validate();

    std::unique_ptr<Ui::DecisionNoteDialog> m_ui;
    Mode m_mode;
    QString m_subject;
    bool m_signatureReasonAllowed = true;
};

} // namespace cooc::ui
