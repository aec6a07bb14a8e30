#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace cooc {

// Parent–child binding requests (親子綁定) as the review queue sees them. The codes are the
// English values stored in binding_requests; the labels are translated for the UI.
namespace binding {

enum class Status { Pending, InfoRequested, Approved, Rejected, Withdrawn };
// The signature verdict stored on the request (ESIGN.md's vocabulary).
enum class Verdict { TotalPassed, TotalFailed, Indeterminate, NotVerified, NoSignature };
// The household-registration (戶政) check stored on the request.
enum class Household { Match, NoMatch, NotRegisteredInTaipei, Unavailable, NotChecked };
enum class Relationship { Father, Mother, Guardian, Grandparent, Delegate };

// Where the student stands at the request's school, from their latest enrollment there.
enum class Enrollment {
    Enrolled,        // enrolled this school year and placed in a class
    NotPlaced,       // enrolled but waiting to be placed in a class (transfer students)
    TransferredOut,  // left for another school
    Graduated,
    NotCurrentYear,  // the latest enrollment is from an earlier school year (not rolled over)
    NotEnrolled,     // no enrollment at this school at all
};

QString code(Status s);
QString code(Verdict v);
QString code(Household h);
QString code(Relationship r);
std::optional<Status> statusFromCode(const QString &code);
std::optional<Verdict> verdictFromCode(const QString &code);
std::optional<Household> householdFromCode(const QString &code);
std::optional<Relationship> relationshipFromCode(const QString &code);

// Translated words for the UI ("待審核", "有效", "相符", "父", "在籍" …).
QString label(Status s);
QString label(Verdict v);
QString label(Household h);
QString label(Relationship r);
QString label(Enrollment e);
// A symbol that goes with the word (never colour alone): ✔ ✖ ⚠ ○ —
QString symbol(Verdict v);
QString symbol(Household h);
// The colour of the word, as a #rrggbb name (green, red, amber, grey).
QString colorName(Verdict v);
QString colorName(Household h);

// Guardians and delegated caregivers are not parents: the reviewer must see which.
inline bool isCaregiver(Relationship r)
{
    return r == Relationship::Guardian || r == Relationship::Grandparent || r == Relationship::Delegate;
}

Enrollment enrollmentFrom(const QString &enrollmentStatus, bool hasRow, bool hasClass, int rowSchoolYear,
                          int currentSchoolYear);

inline bool isOpen(Status s)
{
    return s == Status::Pending || s == Status::InfoRequested;
}

// Reasons a reviewer may pick when rejecting (the free text that follows is required too).
enum class RejectReason { WrongStudent, RelationshipNotConfirmed, SignatureInvalid, DocumentsMissing, Duplicate, Other };
QList<RejectReason> rejectReasons();
QString code(RejectReason r);
std::optional<RejectReason> rejectReasonFromCode(const QString &code);
QString label(RejectReason r);

} // namespace binding

// One row of the review queue.
struct BindingRequestSummary
{
    qint64 id = 0;
    int version = 0;
    qint64 schoolId = 0;
    binding::Status status = binding::Status::Pending;
    qint64 studentId = 0;
    QString studentName;
    QString studentNumber;
    qint64 classId = 0; // 0 when not placed
    QString className;
    int seat = 0;
    binding::Enrollment enrollment = binding::Enrollment::NotEnrolled;
    QString applicantName;
    QString applicantEmail;
    binding::Relationship relationship = binding::Relationship::Father;
    bool hasDelegationDocument = false;
    binding::Verdict verdict = binding::Verdict::NotVerified;
    binding::Household household = binding::Household::NotChecked;
    QDateTime submittedAt;
    QDateTime decidedAt;
};

// A child the applicant is already bound to (a parent with several children keeps one account).
struct BoundChild
{
    qint64 studentId = 0;
    QString name;
    QString className;
    QString relationship;
    QString bindingStatus;
};

// The school's own guardian record (from the SIS), compared with what the applicant typed.
struct GuardianRecord
{
    qint64 id = 0;
    QString name;
    QString relationship; // father, mother, guardian, grandparent, other
    bool idHashMatches = false; // the record's national ID hash equals the applicant's
    QString phone;
    QString email;
};

// One line of the request's history: its own events and the audit entries about it.
struct BindingHistoryEntry
{
    QDateTime at;
    QString kind;      // submitted, verified, household_checked, approved, rejected, info_requested, ...
    QString actorName; // staff name, or the login recorded in the audit log
    QString detail;    // short text (JSON for events written by this client)
    qint64 auditId = 0; // the audit entry that records it, when there is one
};

// Everything a decision needs on one screen.
struct BindingRequestDetails
{
    BindingRequestSummary summary;
    // student
    QString studentMaskedId;
    int enrollmentSchoolYear = 0;
    QString enrollmentStatusCode; // enrolled, transferred_out, graduated ('' when none)
    QDate enrollmentEndDate;
    // applicant
    QString applicantPhone;
    QString applicantMaskedId;
    QString applicantIdLast4;
    QString applicantIdHash; // for matching only; never shown
    qint64 knownParentId = 0; // parents.id of the same person, when they already have a row
    bool hasInitialPasswordHash = false;
    QList<BoundChild> boundChildren;
    QList<GuardianRecord> guardians;
    // evidence
    QByteArray consentDocument;
    QByteArray delegationDocument;
    QString signatureFormat; // cms, pkcs1, none
    bool hasSignature = false;
    QString verificationSubindication;
    QString verificationReportJson;
    QDateTime verifiedAt;
    QDateTime householdCheckedAt;
    // decision
    QString decidedByName;
    QString decisionReason;
    QString decisionNote;
    bool paperConsentChecked = false;
    QList<BindingHistoryEntry> history;
};

// The order of the queue. Each is a keyset order in the repository (the last row of a page
// is where the next one starts); nothing is sorted in memory.
enum class BindingQueueOrder {
    NewestFirst,     // submitted_at, then id, descending (the default)
    OldestFirst,     // submitted_at, then id, ascending
    ClassAscending,  // grade, class number, seat, id; students without a class first
    ClassDescending, // the reverse
};

// What the queue shows and in which order: all optional; empty means "all".
struct BindingQueueFilter
{
    std::optional<binding::Status> status = binding::Status::Pending;
    // "Waiting for me": pending or info_requested (the parent may have answered). When set,
    // `status` is not used. What the review page opens with (waitingForMe()).
    bool waiting = false;
    qint64 classId = 0;
    std::optional<binding::Verdict> verdict;
    std::optional<binding::Household> household;
    QString search; // student name / student number / parent e-mail, "starts with"
    BindingQueueOrder order = BindingQueueOrder::NewestFirst;

    static BindingQueueFilter waitingForMe()
    {
        BindingQueueFilter f;
        f.status.reset();
        f.waiting = true;
        return f;
    }
    // Whether a request with `s` belongs to the status part of the filter.
    bool acceptsStatus(binding::Status s) const
    {
        if (waiting)
            return binding::isOpen(s);
        return !status || *status == s;
    }

    friend bool operator==(const BindingQueueFilter &, const BindingQueueFilter &) = default;
};

// A class the actor may filter by.
struct BindingClassOption
{
    qint64 id = 0;
    QString name;
};

} // namespace cooc

Q_DECLARE_METATYPE(cooc::BindingRequestSummary)
