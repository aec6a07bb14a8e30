#include "app/bindingreview/bindingreviewservice.h"

#include "app/esign/verificationreport.h"
#include "app/logging.h"
#include "models/auditlog.h"
#include "models/schoolyear.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cooc {

namespace {

QString tr(const char *text, const char *comment = nullptr)
{
    return QCoreApplication::translate("cooc::BindingReviewService", text, comment);
}

QString when(const QDateTime &at)
{
    return at.isValid() ? at.toTimeZone(Clock::schoolTimeZone()).toString(QStringLiteral("yyyy/MM/dd HH:mm"))
                        : tr("an unknown time");
}

Error invalid(const QString &message)
{
    return Error::make(Error::Code::InvalidInput, message);
}

Error emailTaken(const QString &email)
{
    return invalid(tr("The e-mail address %1 is already the login of another parent. Nothing was saved; ask "
                      "the applicant for another e-mail address (I).")
                       .arg(email));
}

Error loginTaken(const QString &login)
{
    return invalid(tr("The login %1 is already used by another account. Nothing was saved; ask the applicant "
                      "for another e-mail address (I).")
                       .arg(login));
}

// In central mode a reviewer sees only some parents and accounts (row-level security), so the
// approval's look-ups can miss an e-mail or login that is taken; a unique index then refuses
// the INSERT (23505, a Conflict) and names itself — accounts_login_key (0001, exact text) or
// accounts_login_key_unique (0017, any case), likewise parents_email_key…. Said as the look-up
// would have.
bool violates(const Error &error, const char *constraint)
{
    return error.code == Error::Code::Conflict && error.detail.contains(QLatin1Char('"') + QLatin1String(constraint));
}

Error explainedInsertError(const Error &error, const char *constraint, const Error &meaning)
{
    return violates(error, constraint) ? meaning : error;
}

QJsonValue reportValue(const QString &json)
{
    if (json.isEmpty())
        return QJsonValue::Null;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (doc.isObject())
        return doc.object();
    return json; // kept verbatim: an audit must be able to re-run what was shown
}

QJsonObject baseDetail(const BindingRequestDetails &d, const QString &eventKind)
{
    QJsonObject detail;
    detail.insert(QStringLiteral("event"), eventKind);
    detail.insert(QStringLiteral("request_id"), d.summary.id);
    detail.insert(QStringLiteral("student_id"), d.summary.studentId);
    detail.insert(QStringLiteral("class"), d.summary.className);
    detail.insert(QStringLiteral("relationship"), binding::code(d.summary.relationship));
    detail.insert(QStringLiteral("applicant_masked_id"), d.applicantMaskedId);
    detail.insert(QStringLiteral("verdict"), binding::code(d.summary.verdict));
    // Every decision carries the signature's report as the reviewer saw it, so an audit can
    // re-run the verification the decision relied on — a rejection as much as an approval.
    detail.insert(QStringLiteral("subindication"), d.verificationSubindication);
    detail.insert(QStringLiteral("signature_report"), reportValue(d.verificationReportJson));
    detail.insert(QStringLiteral("household"), binding::code(d.summary.household));
    // When that household answer was given (its own binding.household_check entry says by
    // which service, with the service's reference): the fast track relies on it.
    if (d.householdCheckedAt.isValid())
        detail.insert(QStringLiteral("household_checked_at"), d.householdCheckedAt.toUTC().toString(Qt::ISODate));
    return detail;
}

// What of a decision's audit detail the request's event (its history) carries too.
QJsonObject eventDetailOf(const QJsonObject &detail)
{
    QJsonObject event;
    for (const char *key : {"reason", "note", "override_reason", "paper_consent_checked", "verdict", "subindication",
                            "household", "parent_id", "account_created", "binding_id"}) {
        const QString k = QString::fromLatin1(key);
        if (detail.contains(k))
            event.insert(k, detail.value(k));
    }
    return event;
}

} // namespace

BindingReviewService::BindingReviewService(const Database &db, Actor actor, const Clock &clock)
    : m_db(db), m_clock(clock), m_repository(db, std::move(actor), SchoolYear::fromDate(clock.schoolToday()))
{
}

QString BindingReviewService::conflictMessage(const BindingRequestRepository::DecisionStamp &stamp)
{
    const QString who = stamp.decidedByName.isEmpty() ? tr("the system") : stamp.decidedByName;
    const QString student = stamp.studentName;
    switch (stamp.status) {
    case binding::Status::Approved:
        return tr("The request for %1 was already approved by %2 at %3. Nothing was saved.")
            .arg(student, who, when(stamp.decidedAt));
    case binding::Status::Rejected:
        return tr("The request for %1 was already rejected by %2 at %3. Nothing was saved.")
            .arg(student, who, when(stamp.decidedAt));
    case binding::Status::Withdrawn:
        return tr("The parent withdrew the request for %1. Nothing was saved.").arg(student);
    case binding::Status::InfoRequested:
        return tr("%1 asked the parent for more information on the request for %2 at %3 while you were looking at "
                  "it. Nothing was saved; look at it again.")
            .arg(who, student, when(stamp.decidedAt));
    case binding::Status::Pending: break;
    }
    return tr("The request for %1 was changed by someone else since you opened it (for example its signature was "
              "verified again). Nothing was saved; look at it again.")
        .arg(student);
}

Status BindingReviewService::fastTrackQualifies(const BindingRequestSummary &s)
{
    const auto skipped = [](const QString &message) { return Error::make(Error::Code::Conflict, message); };
    if (s.household != binding::Household::Match)
        return skipped(tr("Skipped: the household check for %1 now says \"%2\", not \"%3\". Review this request by "
                          "hand.")
                           .arg(s.studentName, binding::label(s.household), binding::label(binding::Household::Match)));
    if (s.verdict != binding::Verdict::TotalPassed)
        return skipped(tr("Skipped: the e-signature on the request for %1 is now \"%2\". Review this request by hand.")
                           .arg(s.studentName, binding::label(s.verdict)));
    if (s.enrollment != binding::Enrollment::Enrolled)
        return skipped(tr("Skipped: %1 is no longer enrolled in a class here (%2). Review this request by hand.")
                           .arg(s.studentName, binding::label(s.enrollment)));
    if (BindingRequestRepository::needsDelegationLetter(s.relationship) && !s.hasDelegationDocument)
        return skipped(tr("Skipped: the request for %1 comes from a caregiver (%2) without the delegation letter signed "
                          "by the parent. Ask the applicant for it (I).")
                           .arg(s.studentName, binding::label(s.relationship)));
    return okStatus();
}

Status BindingReviewService::coverage(const BindingRequestDetails &d) const
{
    const Actor &a = actor();
    if (a.has(Actor::Role::System))
        return okStatus();
    if (d.summary.schoolId != a.schoolId)
        return Error::make(Error::Code::PermissionDenied, tr("This request belongs to another school."));
    if (a.isSchoolWide())
        return okStatus();
    if (d.summary.enrollment != binding::Enrollment::Enrolled || !a.coversClass(d.summary.schoolId, d.summary.classId))
        return Error::make(Error::Code::PermissionDenied,
                           tr("%1 is not currently in your class: only their homeroom teacher or the school's "
                              "office staff may decide this request.")
                               .arg(d.summary.studentName));
    return okStatus();
}

Status BindingReviewService::openAndCurrent(const BindingRequestDetails &d, int expectedVersion) const
{
    if (binding::isOpen(d.summary.status) && d.summary.version == expectedVersion)
        return okStatus();
    BindingRequestRepository::DecisionStamp stamp{d.summary.status, d.summary.version, d.decidedByName,
                                                  d.summary.decidedAt, d.summary.studentName};
    return Error::make(Error::Code::Conflict, conflictMessage(stamp));
}

Status BindingReviewService::approvalAllowed(const BindingRequestDetails &d, const ApproveOptions &options) const
{
    if (Status covered = coverage(d); !covered)
        return covered;
    const QString student = d.summary.studentName;
    switch (d.summary.enrollment) {
    case binding::Enrollment::Enrolled: break;
    case binding::Enrollment::TransferredOut:
        return invalid(d.enrollmentEndDate.isValid()
                           ? tr("%1 transferred out of this school on %2. A binding can only be approved for a student "
                                "currently enrolled here: reject the request, or let the new school decide it.")
                                 .arg(student, d.enrollmentEndDate.toString(QStringLiteral("yyyy/MM/dd")))
                           : tr("%1 has transferred out of this school. A binding can only be approved for a student "
                                "currently enrolled here: reject the request, or let the new school decide it.")
                                 .arg(student));
    case binding::Enrollment::NotPlaced:
        return invalid(tr("%1 has not yet been placed in a class. Approve the request once the student is placed; "
                          "it stays in the queue until then.")
                           .arg(student));
    case binding::Enrollment::Graduated:
        return invalid(tr("%1 has graduated from this school. A binding can only be approved for a student currently "
                          "enrolled here.")
                           .arg(student));
    case binding::Enrollment::NotCurrentYear:
        return invalid(tr("%1 is not enrolled in the current school year (%2): the school year has not been rolled "
                          "over for this student. Approve the request once they are enrolled.")
                           .arg(student, SchoolYear::label(m_repository.schoolYear())));
    case binding::Enrollment::NotEnrolled:
        return invalid(tr("%1 is not enrolled at this school. A binding can only be approved for a student currently "
                          "enrolled here.")
                           .arg(student));
    }
    if (BindingRequestRepository::needsDelegationLetter(d.summary.relationship) && d.delegationDocument.isEmpty())
        return invalid(tr("%1 applies as %2, neither a parent nor the legal guardian: such a caregiver needs the "
                          "delegation letter signed by the parent, and this request has none. Nothing was saved; ask "
                          "the applicant for it (I).")
                           .arg(d.summary.applicantName, binding::label(d.summary.relationship)));
    if (needsPaperConsent(d.summary.verdict) && (!options.paperConsentChecked || options.reason.trimmed().isEmpty())) {
        const QString how = tr("To approve it on the paper consent form, tick \"Paper consent form checked\" and give "
                               "a reason.");
        // Why, in words (the stored sub-indication's explanation, translated).
        const QString why = esign::subIndicationTextForCode(d.verificationSubindication);
        const auto sentences = [](const QStringList &parts) {
            QStringList kept = parts;
            kept.removeAll(QString());
            return kept.join(QLatin1Char(' '));
        };
        switch (d.summary.verdict) {
        case binding::Verdict::TotalFailed:
            return invalid(sentences({tr("The e-signature is invalid, so it cannot support an approval."), why, how}));
        case binding::Verdict::Indeterminate:
            return invalid(sentences({tr("The e-signature could not be confirmed."), why,
                                      tr("Verify it again later, or review it by hand."), how}));
        case binding::Verdict::NotVerified:
            return invalid(tr("The e-signature has not been verified yet. Verify it first.") + QLatin1Char(' ') + how);
        case binding::Verdict::NoSignature:
            return invalid(tr("The request carries no e-signature.") + QLatin1Char(' ') + how);
        case binding::Verdict::TotalPassed: break;
        }
    }
    return okStatus();
}

Result<qint64> BindingReviewService::recordEventAndAudit(const BindingRequestDetails &d, const QString &eventKind,
                                                         const QString &auditAction, QJsonObject detail,
                                                         const QDateTime &at) const
{
    auto event = m_repository.addEvent(d.summary.id, at, actor().staffId, eventKind,
                                       QString::fromUtf8(QJsonDocument(eventDetailOf(detail)).toJson(QJsonDocument::Compact)));
    if (!event)
        return event.error();
    return AuditLog(m_db).append(actor(), auditAction, QStringLiteral("binding_request"), d.summary.id, detail, at);
}

Result<std::unique_ptr<Transaction>> BindingReviewService::decisionTransaction() const
{
    // SQLite: the decision holds the database's write lock from its first read (BEGIN
    // IMMEDIATE), so what its checks read stays true until the writes commit. PostgreSQL: no
    // transaction around the reads — the writes are one call, atomic by itself, whose claim
    // re-checks the request's version (and a fast track's household result), the triggers
    // every rule, and the parent's and account's unique keys a parent created meanwhile
    // (approveOnce then reads again). Two round trips (BEGIN, COMMIT) fewer.
    if (m_db.dialect() == Dialect::Postgres)
        return std::unique_ptr<Transaction>();
    return Transaction::begin(m_db);
}

Result<BindingRequestRepository::WrittenDecision>
BindingReviewService::write(Transaction *tx, BindingRequestRepository::DecisionWrites writes, QJsonObject detail) const
{
    detail.insert(QStringLiteral("version"), writes.expectedVersion + 1);
    writes.eventDetail = eventDetailOf(detail);
    writes.auditDetail = detail;
    auto written = m_repository.recordDecision(writes);
    if (!written) {
        // A fast track the database refused (PostgreSQL: the student left the class since the
        // list was read, and the guard trigger saw it) is skipped, saying what changed.
        if (!writes.requiredHousehold.isEmpty()) {
            if (Status qualifies = stillFastTrack(writes.requestId); !qualifies)
                return qualifies.error();
        }
        return written.error();
    }
    if (written.value()) {
        if (tx) {
            if (Status committed = tx->commit(); !committed)
                return committed.error();
        }
        return *written.value();
    }
    // The claim was lost: someone else got there first (say who and when), or — for a fast
    // track — the household result changed since the list was made (it does not change the
    // version, so only the claim notices it).
    auto stamp = m_repository.decisionStamp(writes.requestId);
    if (!stamp)
        return stamp.error();
    if (!writes.requiredHousehold.isEmpty() && stamp.value().status == binding::Status::Pending
        && stamp.value().version == writes.expectedVersion) {
        if (Status qualifies = stillFastTrack(writes.requestId); !qualifies)
            return qualifies.error();
    }
    return Error::make(Error::Code::Conflict, conflictMessage(stamp.value()));
}

Status BindingReviewService::stillFastTrack(qint64 requestId) const
{
    auto now = m_repository.summary(requestId);
    if (!now)
        return now.error();
    return now.value() ? fastTrackQualifies(*now.value()) : okStatus();
}

Result<BindingReviewService::Outcome> BindingReviewService::approve(qint64 requestId, int expectedVersion) const
{
    return approve(requestId, expectedVersion, ApproveOptions{});
}

Result<BindingReviewService::Outcome> BindingReviewService::approve(qint64 requestId, int expectedVersion,
                                                                    const ApproveOptions &options) const
{
    return approveOnce(requestId, expectedVersion, options, true);
}

Result<BindingReviewService::Outcome> BindingReviewService::approveOnce(qint64 requestId, int expectedVersion,
                                                                        const ApproveOptions &options,
                                                                        bool mayReadAgain) const
{
    auto tx = decisionTransaction();
    if (!tx)
        return tx.error();
    auto loaded = m_repository.details(requestId, BindingRequestRepository::Depth::Decision);
    if (!loaded)
        return loaded.error();
    const BindingRequestDetails &d = loaded.value();
    if (Status current = openAndCurrent(d, expectedVersion); !current)
        return current.error();
    if (options.fastTrack) {
        if (d.summary.status != binding::Status::Pending) {
            BindingRequestRepository::DecisionStamp stamp{d.summary.status, d.summary.version, d.decidedByName,
                                                          d.summary.decidedAt, d.summary.studentName};
            return Error::make(Error::Code::Conflict, conflictMessage(stamp));
        }
        if (Status qualifies = fastTrackQualifies(d.summary); !qualifies)
            return qualifies.error();
    }
    if (Status allowed = approvalAllowed(d, options); !allowed)
        return allowed.error();

    // Who the applicant is: a parent with several children keeps one row and one account.
    const QString email = d.summary.applicantEmail.trimmed().toLower();
    auto record = m_repository.applicantRecord(requestId, d.applicantIdHash, email, d.summary.studentId);
    if (!record)
        return record.error();
    const BindingRequestRepository::ApplicantRecord &applicant = record.value();
    if (applicant.requestVersion != expectedVersion) {
        // Decided by someone else since its row was read (PostgreSQL: no transaction holds it
        // — decisionTransaction): what was read of the applicant may be that decision's work.
        auto stamp = m_repository.decisionStamp(requestId);
        if (!stamp)
            return stamp.error();
        return Error::make(Error::Code::Conflict, conflictMessage(stamp.value()));
    }
    const std::optional<BindingRequestRepository::ParentRow> &parent = applicant.parent;
    if (!parent && applicant.parentWithEmail)
        return emailTaken(email);
    const std::optional<BindingRequestRepository::AccountRow> &account = applicant.account;
    const QString login = parent ? parent->email.trimmed().toLower() : email;
    if (!account) {
        qint64 loginOwner = applicant.accountWithLogin;
        if (login != email) { // a known parent whose e-mail on record is not the request's
            auto taken = m_repository.accountByLogin(login);
            if (!taken)
                return taken.error();
            loginOwner = taken.value() ? taken.value()->id : 0;
        }
        if (loginOwner)
            return loginTaken(login);
        if (!applicant.hasInitialPassword)
            return invalid(tr("This request does not carry the parent's initial password, so no account can be "
                              "opened for them. Nothing was saved; ask the applicant to submit the request again."));
    }
    const std::optional<BindingRequestRepository::BindingRow> &existingBinding = applicant.binding;
    if (existingBinding && existingBinding->status == QLatin1String("active"))
        return invalid(tr("%1 is already bound to %2 (since %3). Reject this request as a duplicate.")
                           .arg(parent->name, d.summary.studentName, when(existingBinding->approvedAt)));

    const bool paper = needsPaperConsent(d.summary.verdict);
    BindingRequestRepository::DecisionWrites w;
    w.requestId = requestId;
    w.expectedVersion = expectedVersion;
    w.to = binding::Status::Approved;
    w.at = m_clock.now();
    w.reason = options.paperConsentChecked && paper ? QStringLiteral("paper_consent") : QString();
    w.note = paper ? options.reason.trimmed() : QString();
    w.paperConsentChecked = options.paperConsentChecked;
    if (options.fastTrack)
        w.requiredHousehold = binding::code(binding::Household::Match);
    w.approve = true;
    w.parentId = parent ? parent->id : 0;
    w.newParent = {d.summary.applicantName, email, d.applicantPhone, d.applicantIdHash, d.applicantMaskedId,
                   d.applicantIdLast4};
    w.accountId = account ? account->id : 0;
    w.login = login;
    w.bindingId = existingBinding ? existingBinding->id : 0;
    w.studentId = d.summary.studentId;
    w.relationship = binding::code(d.summary.relationship);
    w.eventKind = QStringLiteral("approved");
    w.auditAction = auditAction(binding::Status::Approved);
    QJsonObject detail = baseDetail(d, w.eventKind);
    detail.insert(QStringLiteral("paper_consent_checked"), options.paperConsentChecked);
    detail.insert(QStringLiteral("fast_track"), options.fastTrack);
    if (paper)
        detail.insert(QStringLiteral("override_reason"), options.reason.trimmed());
    detail.insert(QStringLiteral("parent_created"), !parent);
    detail.insert(QStringLiteral("account_created"), !account);
    auto written = write(tx.value().get(), w, detail);
    if (!written) {
        const Error &e = written.error();
        // PostgreSQL: two approvals for one new parent (two children, two requests) at the same
        // moment both read "no such parent"; the second's insert then meets the first's parent
        // or account under their unique keys (national ID, e-mail, login). Nothing of it was
        // written: read again (once), and the second reuses them. (SQLite's write lock
        // serialises the two.)
        if (mayReadAgain && !tx.value()
            && (violates(e, "parents_idhash_unique") || violates(e, "parents_email_key")
                || violates(e, "accounts_login_key")))
            return approveOnce(requestId, expectedVersion, options, false);
        return explainedInsertError(explainedInsertError(e, "parents_email_key", emailTaken(email)), "accounts_login_key",
                                    loginTaken(login));
    }
    Outcome result{requestId, binding::Status::Approved, expectedVersion + 1, written.value().auditId};
    result.parentId = written.value().parentId;
    result.parentCreated = !parent;
    result.accountId = written.value().accountId;
    result.accountCreated = !account;
    result.accountLogin = account ? account->login : login;
    result.bindingId = written.value().bindingId;
    qCInfo(lcApp) << "binding request" << requestId << "approved; audit entry" << result.auditId;
    return result;
}

Result<BindingReviewService::Outcome> BindingReviewService::simpleChange(qint64 requestId, int expectedVersion,
                                                                         binding::Status to, const QString &reason,
                                                                         const QString &note, const QString &eventKind,
                                                                         const QString &auditAction,
                                                                         const QJsonObject &auditDetail) const
{
    auto tx = decisionTransaction();
    if (!tx)
        return tx.error();
    auto loaded = m_repository.details(requestId, BindingRequestRepository::Depth::Decision);
    if (!loaded)
        return loaded.error();
    const BindingRequestDetails &d = loaded.value();
    if (Status current = openAndCurrent(d, expectedVersion); !current)
        return current.error();
    if (Status covered = coverage(d); !covered)
        return covered.error();
    if (to == binding::Status::InfoRequested && d.summary.status == binding::Status::InfoRequested)
        return invalid(tr("The parent has already been asked for more information; the request waits for their "
                          "answer."));
    if (to == binding::Status::Rejected && reason == binding::code(binding::RejectReason::SignatureInvalid)
        && d.summary.verdict != binding::Verdict::TotalFailed) {
        return invalid(d.summary.verdict == binding::Verdict::TotalPassed
                           ? tr("The e-signature is valid, so \"%1\" is not a reason that applies. Choose another "
                                "reason.")
                                 .arg(binding::label(binding::RejectReason::SignatureInvalid))
                           : tr("An e-signature that could not be confirmed is not an invalid one. Verify it again, or "
                                "review the request by hand, instead of rejecting it for its signature."));
    }
    BindingRequestRepository::DecisionWrites w;
    w.requestId = requestId;
    w.expectedVersion = expectedVersion;
    w.to = to;
    w.at = m_clock.now();
    w.reason = reason;
    w.note = note;
    w.eventKind = eventKind;
    w.auditAction = auditAction;
    QJsonObject detail = baseDetail(d, eventKind);
    for (auto it = auditDetail.begin(); it != auditDetail.end(); ++it)
        detail.insert(it.key(), it.value());
    auto written = write(tx.value().get(), w, detail);
    if (!written)
        return written.error();
    return Outcome{requestId, to, expectedVersion + 1, written.value().auditId};
}

QString BindingReviewService::auditAction(binding::Status decision)
{
    switch (decision) {
    case binding::Status::Approved:
        return QStringLiteral("binding.approve");
    case binding::Status::Rejected:
        return QStringLiteral("binding.reject");
    case binding::Status::InfoRequested:
        return QStringLiteral("binding.request_info");
    default:
        return {};
    }
}

Result<BindingReviewService::Outcome> BindingReviewService::reject(qint64 requestId, int expectedVersion,
                                                                   binding::RejectReason reason,
                                                                   const QString &explanation) const
{
    const QString text = explanation.trimmed();
    if (text.isEmpty())
        return invalid(tr("Say why the request is rejected: the parent reads this explanation. Nothing was saved."));
    QJsonObject detail;
    detail.insert(QStringLiteral("reason"), binding::code(reason));
    detail.insert(QStringLiteral("note"), text);
    return simpleChange(requestId, expectedVersion, binding::Status::Rejected, binding::code(reason), text,
                        QStringLiteral("rejected"), auditAction(binding::Status::Rejected), detail);
}

Result<BindingReviewService::Outcome> BindingReviewService::requestInformation(qint64 requestId, int expectedVersion,
                                                                               const QString &whatIsNeeded) const
{
    const QString text = whatIsNeeded.trimmed();
    if (text.isEmpty())
        return invalid(tr("Say what the parent must add or correct: they read this text. Nothing was saved."));
    QJsonObject detail;
    detail.insert(QStringLiteral("note"), text);
    return simpleChange(requestId, expectedVersion, binding::Status::InfoRequested, QString(), text,
                        QStringLiteral("info_requested"), auditAction(binding::Status::InfoRequested), detail);
}

Result<BindingReviewService::Outcome> BindingReviewService::recordVerification(qint64 requestId, int expectedVersion,
                                                                               binding::Verdict verdict,
                                                                               const QString &subindication,
                                                                               const QJsonObject &report) const
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto loaded = m_repository.details(requestId, BindingRequestRepository::Depth::Decision);
    if (!loaded)
        return loaded.error();
    const BindingRequestDetails &d = loaded.value();
    if (Status current = openAndCurrent(d, expectedVersion); !current)
        return current.error();
    if (Status covered = coverage(d); !covered)
        return covered.error();
    const QDateTime at = m_clock.now();
    const QString reportJson = QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact));
    auto stored = m_repository.storeVerification(requestId, expectedVersion, binding::code(verdict), subindication,
                                                 reportJson, at);
    if (!stored)
        return stored.error();
    if (!stored.value()) {
        auto stamp = m_repository.decisionStamp(requestId);
        if (!stamp)
            return stamp.error();
        return Error::make(Error::Code::Conflict, conflictMessage(stamp.value()));
    }
    QJsonObject detail = baseDetail(d, QStringLiteral("verified"));
    detail.insert(QStringLiteral("previous_verdict"), binding::code(d.summary.verdict));
    detail.insert(QStringLiteral("verdict"), binding::code(verdict));
    detail.insert(QStringLiteral("subindication"), subindication);
    detail.insert(QStringLiteral("signature_report"), report);
    detail.insert(QStringLiteral("version"), expectedVersion + 1);
    auto audit = recordEventAndAudit(d, QStringLiteral("verified"), QStringLiteral("binding.verify"), detail, at);
    if (!audit)
        return audit.error();
    if (Status committed = tx.value()->commit(); !committed)
        return committed.error();
    return Outcome{requestId, d.summary.status, expectedVersion + 1, audit.value()};
}

} // namespace cooc
