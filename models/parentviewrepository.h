#pragma once

#include "models/database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace cooc {

// The rows the parent view reads: plain values, exactly as stored. What a parent may see of
// them is decided by app/visibility.h, not here.

struct ParentRecord
{
    qint64 id = 0; // 0: an applicant who has no parent account yet
    QString name;
    QString email;
    QString phone;
    QString nationalIdMasked; // A12****789, never the whole ID
    QString nationalIdHash;   // matches the parent's binding requests; never shown
};

// One line of the parent picker: a parent, or the applicant behind a binding request.
struct ParentCandidate
{
    ParentRecord parent;
    qint64 requestId = 0; // set when the line comes from a binding request
    QString note; // "father of 王小明 (801)", "binding request #12 (pending)"
};

struct ParentSearchCursor
{
    QString key; // the last row's sort key (lower-case e-mail, or name)
    qint64 id = 0;
};

struct ParentSearchPage
{
    QList<ParentCandidate> items;
    std::optional<ParentSearchCursor> next; // set when more rows may follow
};

// How a parent is linked to a student: a binding (any status), a binding request, or both.
struct StudentParentLink
{
    ParentRecord parent; // id 0: an applicant with no parent account yet
    QString relationship; // father, mother, guardian, grandparent, delegate, other
    QString bindingStatus; // active, suspended, revoked; empty: not bound
    qint64 requestId = 0; // the newest binding request, if any
    QString requestStatus;
};

struct StudentRecord
{
    qint64 id = 0;
    QString name;
    QString nationalIdMasked;
};

struct BindingRow
{
    qint64 id = 0;
    qint64 parentId = 0;
    qint64 studentId = 0;
    QString relationship;
    QString status; // active, suspended, revoked
    qint64 requestId = 0;
    QDateTime approvedAt;
    QDateTime endedAt;
};

struct BindingRequestRow
{
    qint64 id = 0;
    qint64 schoolId = 0;
    QString schoolName;
    qint64 studentId = 0;
    qint64 parentId = 0;
    QString applicantName;
    QString applicantEmail;
    QString applicantNationalIdMasked;
    QString relationship;
    QString status; // pending, info_requested, approved, rejected, withdrawn
    QDateTime submittedAt;
    QDateTime decidedAt;
    QString decisionReason;
    QString decisionNote;
    QString applicantNationalIdHash; // whose request it is; never shown
};

struct EnrollmentRow
{
    qint64 id = 0;
    qint64 studentId = 0;
    qint64 schoolId = 0;
    QString schoolCode;
    QString schoolName;
    int schoolYear = 0;
    qint64 classId = 0; // 0: not placed
    QString className;
    int seat = 0;
    QString studentNumber;
    QString status; // enrolled, transferred_out, graduated
    QDate startDate;
    QDate endDate;
};

struct GradeRow
{
    qint64 id = 0;
    QString schoolName;
    int schoolYear = 0;
    int semester = 0;
    QString subject;
    QString exam;
    double score = 0;
    QDateTime recordedAt;
};

struct AttendanceRow
{
    qint64 id = 0;
    QDate date;
    QString period;
    QString code; // personal, sick, official, bereavement, truancy, late, early_leave, other
    qint64 leaveRequestId = 0;
    QDateTime recordedAt;
};

struct MeritRow
{
    qint64 id = 0;
    QDate date;
    QString kind; // commendation … major_demerit
    int count = 1;
    QString reason;
    QDateTime recordedAt;
};

struct GateSwipeRow
{
    qint64 id = 0;
    QDateTime at;
    QString direction; // in, out
    QString gate;
};

struct GateSwipeCursor
{
    QDateTime at; // invalid: from the newest
    qint64 id = 0;
};

struct NoticeRow
{
    qint64 id = 0;
    qint64 schoolId = 0;
    QString title;
    QString body;
    QString status; // draft, published, archived
    bool requiresReply = false;
    QDateTime replyDeadline;
    QDateTime createdAt;
    QDateTime publishedAt;
    // For this parent and this child:
    bool addressedToParent = false;
    QDateTime readAt;
    QString replyChoice; // empty: not replied
    QString replyComment;
    QString replyChannel; // app, paper, phone
    QDateTime repliedAt;
    QStringList otherRecipients; // the child's other addressed parents (names)
};

struct LeaveRow
{
    qint64 id = 0;
    QString typeCode;
    QString typeNameZh;
    QString typeNameEn;
    QString reason;
    QDate startDate;
    QDate endDate;
    QString status; // pending, approved, rejected, cancelled
    QDateTime submittedAt;
    QDateTime decidedAt;
    QString decisionNote;
    qint64 parentId = 0; // who sent it (0: entered by the school)
    QString parentName;
    int periods = 0;
};

struct ContactBookRow
{
    qint64 id = 0;
    QDate date;
    QString body;
    QString authorName;
    QDateTime createdAt;
    QDateTime acknowledgedAt; // by this parent for this child; invalid: not acknowledged
};

struct ActivityRow
{
    qint64 registrationId = 0;
    qint64 activityId = 0;
    QString title;
    qint64 feeCents = 0;
    QDate startsOn;
    QString registrationStatus; // registered, waitlisted, cancelled
    QDateTime registeredAt;
    qint64 paymentId = 0; // 0: no payment record
    qint64 amountCents = 0;
    QString paymentStatus; // unpaid, paid, refunded
    QDateTime paidAt;
    QString paymentReference;
};

// Reads for the parent view. Constructed only over a READ-ONLY connection (the service
// opens it): nothing here writes, and the engine refuses if anything tried.
// Every list is bounded (a school year, a date window or a page); gate swipes page by keyset.
class ParentViewRepository final
{
public:
    explicit ParentViewRepository(const Database &reader)
        : m_db(reader)
    { }

    // Sees every statement and its values before it runs (benchmarks check the query plans
    // of exactly what the view runs). Not for logging: the values hold personal data.
    using QueryObserver = std::function<void(const QString &sql, const QVariantList &values)>;
    void setQueryObserver(QueryObserver observer) { m_observer = std::move(observer); }

    // A consistent snapshot for the reads of one "open": REPEATABLE READ READ ONLY on
    // PostgreSQL, a read transaction on SQLite. Ends (rolls back) when destroyed.
    class [[nodiscard]] Snapshot final
    {
    public:
        ~Snapshot();
        Q_DISABLE_COPY_MOVE(Snapshot)

    private:
        friend class ParentViewRepository;
        explicit Snapshot(const Database &db)
            : m_db(db)
        { }
        const Database &m_db;
    };
    Result<std::unique_ptr<Snapshot>> snapshot() const;

    // Keyset-paged prefix search, case-insensitive on e-mail, exact prefix on name.
    Result<ParentSearchPage> searchByEmail(const QString &prefix, const ParentSearchCursor &after, int limit) const;
    Result<ParentSearchPage> searchByName(const QString &prefix, const ParentSearchCursor &after, int limit) const;

    Result<std::optional<ParentRecord>> parent(qint64 id) const;
    Result<std::optional<ParentRecord>> parentByIdHash(const QString &nationalIdHash) const;
    Result<std::optional<BindingRequestRow>> bindingRequest(qint64 id) const;
    // The students a student number belongs to (any school, any year).
    Result<QList<qint64>> studentsByNumber(const QString &studentNumber) const;
    // A student's parents: bound ones (any binding status) and applicants, one line each.
    Result<QList<StudentParentLink>> parentsOfStudent(qint64 studentId) const;

    // The parent's children: bindings, and binding requests by parent id or national-ID hash.
    Result<QList<BindingRow>> bindingsOfParent(qint64 parentId) const;
    Result<QList<BindingRequestRow>> requestsOfParent(qint64 parentId, const QString &nationalIdHash) const;
    Result<QList<StudentRecord>> students(const QList<qint64> &ids) const;
    Result<QList<EnrollmentRow>> enrollments(const QList<qint64> &studentIds) const;

    // One child's records. Dates are school days; the caller applies the visibility rules.
    Result<QList<GradeRow>> grades(qint64 studentId, int schoolYear) const;
    Result<QList<AttendanceRow>> attendance(qint64 studentId, QDate from, QDate to) const;
    Result<QList<MeritRow>> merits(qint64 studentId, QDate from, QDate to) const;
    // Newest first, at or before `until`, older than `before` (keyset).
    Result<QList<GateSwipeRow>> gateSwipes(
        qint64 studentId, const QDateTime &until, const GateSwipeCursor &before, int limit) const;
    Result<QList<LeaveRow>> leaveRequests(qint64 studentId, QDate from) const;
    // Every notice addressed to anyone for this child (created from `since`), with this
    // parent's read and reply state.
    Result<QList<NoticeRow>> noticesForChild(qint64 studentId, qint64 parentId, const QDateTime &since) const;
    // The school's newest notices created in [since, until] that are addressed to nobody for
    // this child (drafts, notices for other classes): what "why can't they see it" asks about.
    Result<QList<NoticeRow>> unaddressedNotices(
        qint64 schoolId, qint64 studentId, const QDateTime &since, const QDateTime &until, int limit) const;
    Result<QList<ContactBookRow>> contactBook(
        qint64 classId, qint64 parentId, qint64 studentId, QDate from, QDate to) const;
    Result<QList<ActivityRow>> activities(qint64 studentId) const;

private:
    // A search or a statement whose best plan depends on its values: planned per call.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values = {}) const;
    // A read by key (this parent, this child's records): through the connection's kept
    // statements, one round trip each in central mode instead of three (Database::rows).
    Result<QList<QSqlRecord>> runKept(const QString &sql, const QVariantList &values = {}) const;
    QVariant date(QDate day) const;
    QString placeholders(qsizetype n) const;

    const Database &m_db;
    QueryObserver m_observer;
};

} // namespace cooc
