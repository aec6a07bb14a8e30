#pragma once

#include "models/actor.h"
#include "models/bindingrequestrepository.h"
#include "models/clock.h"
#include "models/database.h"

#include <QJsonObject>

namespace cooc {

// The decisions on parent–child binding requests (親子綁定): approve, reject, ask for
// information, and recording a re-run of the signature verification (household-check results
// are recorded by app/household's recordHouseholdResult()).
// Each is one transaction that also writes a binding_request_events row and an audit entry;
// it succeeds whole or changes nothing. Two staff deciding the same request at once: the
// optimistic version check lets exactly one win; the other gets Error::Code::Conflict with
// "already approved by X at T".
//
// The rules, checked here with messages a reviewer can act on (the central database mirrors
// them in triggers, docs/binding-review.md):
//  - the actor must cover the student (homeroom teacher of the class, or the school's staff);
//  - approval needs the student currently enrolled at this school and placed in a class;
//  - a signature that is not TOTAL_PASSED is approved only with "paper consent form checked"
//    and a reason (both audited);
//  - an INDETERMINATE (or unverified) signature is not a reason to reject: re-verify instead;
//  - a caregiver who is neither a parent nor the legal guardian (a grandparent, a delegated
//    caregiver) needs the delegation letter signed by the parent
//    (BindingRequestRepository::needsDelegationLetter), by hand and on the fast track;
//  - rejection needs a reason from the list and an explanation; asking for information needs
//    the text of what is missing.
//
// Belongs to the thread of its Database. Use one service per connection (the fast-track
// worker opens its own).
class BindingReviewService final
{
public:
    BindingReviewService(const Database &db, Actor actor, const Clock &clock);

    const BindingRequestRepository &repository() const { return m_repository; }
    const Actor &actor() const { return m_repository.actor(); }

    struct ApproveOptions
    {
        bool paperConsentChecked = false; // the reviewer checked the paper consent form
        QString reason = {};              // why approving without a valid e-signature
        // "Approve all fast-track": approve only while the request still qualifies (pending,
        // TOTAL_PASSED, MATCH, enrolled and placed), checked again inside the transaction
        // after the claim; otherwise Conflict ("Skipped: …") and nothing is saved.
        bool fastTrack = false; // recorded in the audit entry as "fast_track"
    };
    struct Outcome
    {
        qint64 requestId = 0;
        binding::Status status = binding::Status::Pending;
        int version = 0;    // the request's version after the change
        qint64 auditId = 0; // the audit entry that records it
        // approvals only
        qint64 parentId = 0;
        bool parentCreated = false;
        qint64 accountId = 0;
        bool accountCreated = false;
        // The login of the parent's account: the one just opened, or the existing one. For a
        // parent already on record (same national ID) it is the e-mail on record, which may not
        // be the request's.
        QString accountLogin = {};
        qint64 bindingId = 0;
    };

    // The audit action a decision writes: binding.approve, binding.reject, binding.request_info.
    static QString auditAction(binding::Status decision);

    Result<Outcome> approve(qint64 requestId, int expectedVersion) const;
    Result<Outcome> approve(qint64 requestId, int expectedVersion, const ApproveOptions &options) const;
    Result<Outcome> reject(qint64 requestId, int expectedVersion, binding::RejectReason reason,
                           const QString &explanation) const;
    Result<Outcome> requestInformation(qint64 requestId, int expectedVersion, const QString &whatIsNeeded) const;

    // Records a new signature verification (the report as the verifier's toJson()).
    Result<Outcome> recordVerification(qint64 requestId, int expectedVersion, binding::Verdict verdict,
                                       const QString &subindication, const QJsonObject &report) const;

    // The approval rules alone, on details already shown (no writes): the UI uses it to say
    // what approving needs before the reviewer presses A. Ok when approval would be allowed.
    Status approvalAllowed(const BindingRequestDetails &details, const ApproveOptions &options) const;
    // Whether the signature alone needs the paper route (not TOTAL_PASSED).
    static bool needsPaperConsent(binding::Verdict verdict) { return verdict != binding::Verdict::TotalPassed; }

    // "The request for 王小明 was already approved by 林老師 at 2026/11/28 14:05" for a request
    // someone else changed.
    static QString conflictMessage(const BindingRequestRepository::DecisionStamp &stamp);
    // Ok when a request still qualifies for the fast track (its status aside); otherwise
    // Conflict with "Skipped: …" naming the student and what changed.
    static Status fastTrackQualifies(const BindingRequestSummary &summary);

private:
    Status coverage(const BindingRequestDetails &details) const;
    Status openAndCurrent(const BindingRequestDetails &details, int expectedVersion) const;
    Result<Outcome> approveOnce(qint64 requestId, int expectedVersion, const ApproveOptions &options,
                                bool mayReadAgain) const;
    Result<std::unique_ptr<Transaction>> decisionTransaction() const;
    // Ok while the request still qualifies for the fast track (fastTrackQualifies on a fresh read).
    Status stillFastTrack(qint64 requestId) const;
    // Writes the decision (BindingRequestRepository::recordDecision) with `detail` and the new
    // version as the audit entry's content (the event gets its share), and commits `tx` (null on
    // PostgreSQL). A lost claim is a Conflict saying who decided and when, or for a fast track
    // what changed.
    Result<BindingRequestRepository::WrittenDecision> write(Transaction *tx, BindingRequestRepository::DecisionWrites writes,
                                                            QJsonObject detail) const;
    Result<Outcome> simpleChange(qint64 requestId, int expectedVersion, binding::Status to, const QString &reason,
                                 const QString &note, const QString &eventKind, const QString &auditAction,
                                 const QJsonObject &auditDetail) const;
    Result<qint64> recordEventAndAudit(const BindingRequestDetails &details, const QString &eventKind,
                                       const QString &auditAction, QJsonObject detail, const QDateTime &at) const;

    const Database &m_db;
    const Clock &m_clock;
    BindingRequestRepository m_repository;
};

} // namespace cooc
