#pragma once

#include "models/actor.h"
#include "models/bindingrequest.h"
#include "models/database.h"

#include <QHash>
#include <QJsonObject>

namespace cooc {

// The binding requests an Actor may see and decide, and the statements that record a
// decision. Prepared statements only. Reads are scoped to the actor the way the central
// database's row-level security scopes them:
//   homeroom teacher   the requests for students currently enrolled (this school year,
//                      status enrolled) in one of their own classes;
//   office staff/admin every request of their school;
//   system (CLI)       everything.
// Queue pages are keyset-paged in the filter's order (BindingQueueOrder: submitted date or
// class, ties broken by id); each query's rows are read to the end before the next one runs
// (PostgreSQL forward-only results).
//
// The write methods run the exact statements listed in docs/binding-review.md; they are
// meant to be called inside the caller's Transaction (BindingReviewService).
class BindingRequestRepository final
{
public:
    // `schoolYear` is the current ROC school year, from the injected Clock.
    BindingRequestRepository(const Database &db, Actor actor, int schoolYear);

    const Actor &actor() const { return m_actor; }
    int schoolYear() const { return m_schoolYear; }

    // ---- the queue ------------------------------------------------------------------
    // At most `limit` requests in the filter's order, after the request `afterId` (the last
    // row of the previous page; 0 = from the start). The anchor's sort key is read as it is now.
    Result<QList<BindingRequestSummary>> page(const BindingQueueFilter &filter, qint64 afterId, int limit) const;
    // One request as a queue row, if the actor may see it (nullopt otherwise).
    Result<std::optional<BindingRequestSummary>> summary(qint64 id) const;
    // Requests per status within the actor's scope and the filter (its status ignored). Reads
    // every request of the scope: for reports and tests, not for each screen refresh.
    Result<QHash<binding::Status, int>> countsByStatus(const BindingQueueFilter &filter) const;
    // Requests per status in the actor's scope — every status, as the status drop-down shows
    // them, pending and info_requested summed for the sidebar (waitingTotal). Each count stops
    // at `cap` + 1 rows, so it costs the same on a school of any size; a value over kCountCap
    // reads "1,000+" (countText()). One statement.
    static constexpr int kCountCap = 1000;
    Result<QHash<binding::Status, int>> statusCounts(int cap = kCountCap) const;
    // What waits in all (pending + info_requested) from statusCounts(), capped like each count:
    // a value over kCountCap means "more than kCountCap". The sidebar and "Waiting for me" show it.
    static int waitingTotal(const QHash<binding::Status, int> &counts);
    // A count as the user reads it: "1,234" in the locale's digits, or "1,000+" past the cap.
    static QString countText(int count, int cap = kCountCap);
    // Classes the actor may filter by (this school year), in name order.
    Result<QList<BindingClassOption>> classes() const;
    // Pending requests with a TOTAL_PASSED signature, a MATCH household check, a student
    // enrolled and placed this school year and — for a caregiver who needs one — the delegation
    // letter, oldest first (by submission time, then id), at most `limit` (one run of "approve
    // all fast-track" handles that many; the next run the rest).
    // Ask for kFastTrackBatch + 1 to know whether more remain after one run.
    static constexpr int kFastTrackBatch = 500;
    Result<QList<BindingRequestSummary>> fastTrackCandidates(int limit = kFastTrackBatch) const;
    // How many requests qualify, counting no further than `cap` (one COUNT over at most `cap`
    // rows, for the button: "N", or "500+" when it returns more than kFastTrackBatch).
    Result<int> fastTrackCount(int cap = kFastTrackBatch + 1) const;
    // Both, as the page shows them after every decision: one statement (in central mode each
    // statement through exec() costs three round trips, and this runs after every decision).
    struct QueueCounts
    {
        QHash<binding::Status, int> byStatus; // as statusCounts()
        int fastTrack = 0;
    };
    Result<QueueCounts> queueCounts() const;

    // Whether an applicant of this relationship binds only with a delegation letter signed by
    // the parent: a caregiver who is neither a parent nor the legal guardian (a grandparent, a
    // delegated caregiver; DOMAIN.md).
    static bool needsDelegationLetter(binding::Relationship relationship)
    {
        return relationship == binding::Relationship::Grandparent || relationship == binding::Relationship::Delegate;
    }

    // ---- one request ------------------------------------------------------------------
    // One request; NotFound when it does not exist, PermissionDenied when the actor may not
    // see it. A homeroom teacher whose student left their class this school year (transferred
    // out on a date, graduated, moved to another class, waiting to be placed again) is told so
    // — only about a student enrolled in one of their own classes this year, and only what
    // their connection may read. Decision reads the request's own row only — all that deciding
    // and re-checking use, one statement (in central mode every statement is a round trip);
    // Pane adds what the details pane shows: the applicant's bound children and the school's
    // guardian record; PaneWithHistory also the request's history.
    enum class Depth { Decision, Pane, PaneWithHistory };
    Result<BindingRequestDetails> details(qint64 id, Depth depth = Depth::PaneWithHistory) const;
    // The signature material for re-verification (not part of details: it is only needed there).
    struct SignatureMaterial
    {
        QByteArray consentDocument;
        QByteArray signature;
        QString format; // cms, pkcs1, none
        QByteArray signerCertificate;
        QString schoolCode; // the request's school, which its consent form must name
    };
    Result<SignatureMaterial> signatureMaterial(qint64 id) const;

    // Who decided a request and when (read after a failed version check).
    struct DecisionStamp
    {
        binding::Status status = binding::Status::Pending;
        int version = 0;
        QString decidedByName; // staff name; empty when the system decided
        QDateTime decidedAt;
        QString studentName; // whose request it is, for the message
    };
    Result<DecisionStamp> decisionStamp(qint64 id) const;

    // ---- writing a decision ------------------------------------------------------------
    // What a decision writes, all of it decided and built by the caller (BindingReviewService):
    // the claim — UPDATE … WHERE id = ? AND version = ? AND status IN ('pending',
    // 'info_requested'), and while the household result is still `requiredHousehold` when that
    // is set (a fast-track approval) —, for an approval the parent, account and binding (new
    // or existing), then the request's event and the audit entry. The ids the writes make
    // ("parent_id", "binding_id"; in the audit entry also "account_id") are appended to the
    // two JSON objects by the writer.
    struct NewParent
    {
        QString name;
        QString email;
        QString phone;
        QString idHash;
        QString idMasked;
        QString idLast4;
    };
    struct DecisionWrites
    {
        qint64 requestId = 0;
        int expectedVersion = 0;
        binding::Status to = binding::Status::Pending;
        QDateTime at;
        QString reason;
        QString note;
        bool paperConsentChecked = false;
        QString requiredHousehold; // binding::code of a household result, or empty
        bool approve = false;      // the rest of the approval's fields apply
        qint64 parentId = 0;       // 0: insert newParent
        NewParent newParent;
        qint64 accountId = 0;      // 0: open the parent's account with this login and the request's
        QString login;             // initial password (its hash never passes through the client)
        qint64 bindingId = 0;      // an existing binding to reactivate; 0: insert one
        qint64 studentId = 0;
        QString relationship;
        QString eventKind;
        QJsonObject eventDetail;
        QString auditAction;
        QJsonObject auditDetail;
    };
    struct WrittenDecision
    {
        qint64 parentId = 0;
        qint64 accountId = 0;
        qint64 bindingId = 0;
        qint64 auditId = 0;
    };
    // Writes all of it, or nothing: std::nullopt when the claim was lost (someone else changed or
    // decided the request first, or the household result is no longer the required one). On
    // SQLite the caller holds the transaction (BEGIN IMMEDIATE, taken before its reads) and these
    // are separate statements; on PostgreSQL they are one call of cooc_record_binding_decision
    // (migration 0018), atomic by itself, under the caller's grants and row-level security.
    Result<std::optional<WrittenDecision>> recordDecision(const DecisionWrites &w) const;
    // A compact JSON object with the ids appended as members, in order — the same text
    // cooc_json_with() makes on PostgreSQL.
    static QString jsonWith(const QJsonObject &object, const QList<std::pair<QString, qint64>> &ids);

    Result<bool> storeVerification(qint64 id, int expectedVersion, const QString &verdict,
                                   const QString &subindication, const QString &reportJson,
                                   const QDateTime &at) const;
    Result<qint64> addEvent(qint64 requestId, const QDateTime &at, qint64 actorStaffId, const QString &kind,
                            const QString &detail) const;

    struct ParentRow
    {
        qint64 id = 0;
        QString name;
        QString email;
        QString idHash;
    };
    Result<std::optional<ParentRow>> parentByIdHash(const QString &idHash) const;

    struct AccountRow
    {
        qint64 id = 0;
        QString login;
        QString kind;
        qint64 parentId = 0;
    };
    Result<std::optional<AccountRow>> accountByLogin(const QString &login) const;

    struct BindingRow
    {
        qint64 id = 0;
        QString status; // active, suspended, revoked
        QDateTime approvedAt;
    };

    // What an approval must know about the applicant, read by one statement (each statement is
    // a round trip, and under the central database's load one round trip waits for a core):
    // the parent with the applicant's national ID hash, that parent's account and binding to
    // the student; whether the request's e-mail (trimmed, lower case) is another parent's
    // e-mail or an account's login; whether the request carries the parent's initial password
    // (hasInitialPasswordSql: the hash itself is not the client's to read) and its version.
    struct ApplicantRecord
    {
        std::optional<ParentRow> parent;
        std::optional<AccountRow> account; // the parent's account
        std::optional<BindingRow> binding; // the parent's binding to the student
        qint64 parentWithEmail = 0;        // a parent whose e-mail is the request's (0: none)
        qint64 accountWithLogin = 0;       // an account whose login is the request's e-mail
        bool hasInitialPassword = false;
        int requestVersion = 0; // read with the rest: a decision by someone else since the request was read shows here
    };
    Result<ApplicantRecord> applicantRecord(qint64 requestId, const QString &idHash, const QString &email,
                                            qint64 studentId) const;

    // Parameter text of the scope and filter, exposed for the query-plan benchmark.
    struct Clause
    {
        QString sql;
        QVariantList values;
    };
    Clause scopeClause() const;
    // The statements page(), details() and applicantRecord() run (for EXPLAIN in the benchmark).
    Clause pageQuery(const BindingQueueFilter &filter, qint64 afterId, int limit) const;
    Clause detailsQuery(qint64 id) const;
    Clause applicantQuery(qint64 requestId, const QString &idHash, const QString &email, qint64 studentId) const;
    Clause filterClause(const BindingQueueFilter &filter, bool includeStatus) const;
    // Whether a search prefix matches so many students, e-mails or numbers that the queue is
    // better walked in order and each request tested (see filterClause).
    bool searchIsBroad(const QString &search) const;
    static constexpr int kBroadSearch = 3000;
    // Tests exercise both ways of searching with a small threshold.
    void setBroadSearchThreshold(int matches) { m_broadSearch = matches; }
    static QString summarySelect();

private:
    // The request's events and audit entries as one history (bindingrequesthistory.cpp).
    Status readHistory(qint64 id, BindingRequestDetails &d) const;
    template<typename Row>
    BindingRequestSummary summaryFromRow(const Row &q) const;
    // The fast-track conditions on summarySelect()'s tables, in the actor's scope.
    Clause fastTrackWhere() const;
    // One capped count each, as `SELECT COUNT(*) FROM (… LIMIT ?) x`.
    Clause statusCountQuery(binding::Status status, int cap) const;
    // statusCountQuery for every status, in kCountedStatuses' order.
    QList<Clause> statusCountQueries(int cap) const;
    Clause fastTrackCountQuery(int cap) const;
    bool actorSeesNothing() const;
    // Why a request the actor cannot see is out of their reach: for a homeroom teacher whose
    // student's enrollment in their class this school year has ended, that; otherwise the
    // plain refusal.
    Result<QString> outOfReachMessage(qint64 id) const;
    // An SQL expression over `br` (binding_requests): whether the request carries the parent's
    // initial password, without the client reading the hash.
    QString hasInitialPasswordSql() const;
    // What became of the student for a homeroom teacher whose class they were in this school
    // year and are no longer (nullopt: nothing to tell this actor).
    Result<std::optional<QString>> departureMessage(qint64 id) const;
    // recordDecision's two ways (bindingrequestrepository_decisions.cpp).
    Result<std::optional<WrittenDecision>> recordDecisionInOneCall(const DecisionWrites &w) const;
    Result<std::optional<WrittenDecision>> recordDecisionByStatements(const DecisionWrites &w) const;

    const Database &m_db;
    Actor m_actor;
    int m_schoolYear;
    int m_broadSearch = kBroadSearch;
};

} // namespace cooc
