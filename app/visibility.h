#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cooc::visibility {

// What a parent sees in the phone app, decided in ONE place. Every screen that needs to
// know or explain it (parent view, binding review, notices) calls these functions; none
// copies a rule. They are pure: plain values in, a verdict with reasons out, no database,
// no clock (the caller passes the "as of" moment and the school's today).
//
// The rules (docs/parent-view.md):
//  1. The parent–child binding is approved and active at the moment.
//  2. The student is enrolled and placed in a class on that school day (transfers and
//     graduation follow the enrollment records).
//  3. Absences, grades and merits/demerits recorded on school day D (Taipei time) are
//     visible from D+1: "recorded today, visible to parents tomorrow".
//  4. A notice is visible only when published and addressed to this parent for this child.

enum class Reason {
    // The binding (rule 1)
    NoParentAccount, // the applicant has no parent account yet
    NoBinding, // never bound, never applied
    BindingPending, // a request waits for review
    BindingInfoRequested, // the reviewer asked the parent for more information
    BindingRejected,
    BindingWithdrawn,
    BindingSuspended, // e.g. suspended by a transfer
    BindingRevoked,
    BindingApprovedLater, // approved after the "as of" moment
    // The enrollment (rule 2)
    NotEnrolled, // no enrollment record at all
    NotYetEnrolled, // enrolled from a later day
    TransferredOut, // left the old school, no new school yet
    NotPlacedInClass, // enrolled at the new school, no class yet
    NotReleasedByOldSchool, // enrolled at two schools: the old one has not released them
    Graduated,
    EnrolledElsewhere, // enrolled, but at another school than the one asked about
    // Single items (rules 3 and 4)
    RecordedToday, // the one-day lag
    NotYetRecorded, // recorded after the "as of" moment
    NoticeDraft,
    NoticeArchived,
    NoticeNotYetPublished, // published after the "as of" moment
    NoticeNotAddressed, // not addressed to this parent for this child
};

// A stable code for logs, audit details and tests ("binding_pending", "recorded_today" …).
QString reasonCode(Reason reason);
// Child-level reasons hide the whole child; item-level ones a single record.
bool hidesChild(Reason reason);

// Why something is hidden: a code, a sentence for staff, and what would change it.
struct Explanation
{
    Reason reason = Reason::NoBinding;
    QString text; // "Binding request #12 is waiting for review since 2026/11/27."
    QString fix; // "Approve binding request #12 (Binding requests)."
    qint64 requestId = 0; // the binding request the fix refers to, if any
    QDate visibleFrom; // when waiting is the fix: the first school day it is visible
};

struct Verdict
{
    QList<Explanation> hidden; // empty: visible
    bool visible() const { return hidden.isEmpty(); }
    bool has(Reason r) const;
};

// --- Plain facts, as any screen can fill them -----------------------------------------

struct BindingFacts
{
    QString status; // active, suspended, revoked
    QDateTime approvedAt; // UTC
    QDateTime endedAt; // UTC; when suspended or revoked (may be unknown)
};

struct RequestFacts
{
    qint64 id = 0;
    QString status; // pending, info_requested, approved, rejected, withdrawn
    QDateTime submittedAt; // UTC
    QDateTime decidedAt; // UTC; null while undecided
    QString decisionReason;
    QString schoolName;
};

struct EnrollmentFacts
{
    qint64 id = 0; // the caller's record id, handed back in EnrollmentVerdict::current
    qint64 schoolId = 0;
    QString schoolName;
    int schoolYear = 0;
    qint64 classId = 0; // 0: not placed in a class
    QString className;
    QString status; // enrolled, transferred_out, graduated
    QDate startDate;
    QDate endDate; // null: open-ended
};

struct NoticeFacts
{
    qint64 id = 0;
    QString title;
    QString status; // draft, published, archived
    QDateTime publishedAt; // UTC
    bool addressedToParent = false; // a recipient row (this parent, this child) exists
    QString otherRecipients; // display: the child's other addressed parents, if any
};

// --- Dates ------------------------------------------------------------------------------

// The school day (Taipei) of a UTC moment.
QDate schoolDay(const QDateTime &utc);
// The last moment of a school day, in UTC: what "as of <day>" means for a past day.
QDateTime endOfSchoolDay(QDate day);
// 2026/11/28 — dates as staff read them (UI.md).
QString formatDate(QDate day);
QString formatDateTime(const QDateTime &utc); // 2026/11/28 14:05 in Taipei time

// --- The rules --------------------------------------------------------------------------

// Rule 1. `binding` is this parent's binding to this child (if any); `requests` are this
// parent's binding requests for this child, in any order.
Verdict bindingAsOf(
    const std::optional<BindingFacts> &binding, const QList<RequestFacts> &requests, const QDateTime &asOf);

// Rule 2. The enrollment that holds the student on `day`, or the reasons there is none.
// With `schoolId` set, only an enrollment at that school counts (binding review asks
// "is the student enrolled here?").
struct EnrollmentVerdict
{
    Verdict verdict;
    std::optional<EnrollmentFacts> current; // set when visible
};
EnrollmentVerdict enrollmentOn(const QList<EnrollmentFacts> &enrollments, QDate day, qint64 schoolId = 0);

// The applicant behind a binding request has no parent account yet (nothing to log in with).
Explanation noParentAccount(qint64 requestId);

// Rules 1 + 2 together: may this parent see this child at all?
struct ChildVerdict
{
    Verdict verdict; // binding reasons first, then enrollment reasons
    std::optional<EnrollmentFacts> current;
};
ChildVerdict childAsOf(const std::optional<BindingFacts> &binding, const QList<RequestFacts> &requests,
    const QList<EnrollmentFacts> &enrollments, const QDateTime &asOf);

// Rule 3. Absences, grades, merits/demerits. `today` is the school's today (Clock), for
// wording only: "recorded today" vs "recorded on the 'as of' day".
Verdict recordAsOf(const QDateTime &recordedAt, const QDateTime &asOf, QDate today);

// Rule 4.
Verdict noticeAsOf(const NoticeFacts &notice, const QDateTime &asOf);

} // namespace cooc::visibility
