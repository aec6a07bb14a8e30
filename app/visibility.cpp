#include "app/visibility.h"

#include "models/clock.h"

#include <QCoreApplication>

#include <algorithm>

namespace cooc::visibility {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cooc::Visibility)
};

Explanation make(Reason reason, QString text, QString fix, qint64 requestId = 0, QDate visibleFrom = {})
{
    Explanation e;
    e.reason = reason;
    e.text = std::move(text);
    e.fix = std::move(fix);
    e.requestId = requestId;
    e.visibleFrom = visibleFrom;
    return e;
}

bool activeAt(const BindingFacts &b, const QDateTime &asOf)
{
    if (!b.approvedAt.isValid() || b.approvedAt > asOf)
        return false;
    if (b.status == QLatin1String("active"))
        return true;
    // Suspended or revoked now, but still active on an earlier "as of" day.
    return b.endedAt.isValid() && b.endedAt > asOf;
}

// The request's status as it stood at `asOf`: decided later means it was still waiting.
QString statusAt(const RequestFacts &r, const QDateTime &asOf)
{
    if (r.decidedAt.isValid() && r.decidedAt > asOf)
        return QStringLiteral("pending");
    return r.status;
}

bool covers(const EnrollmentFacts &e, QDate day)
{
    if (!e.startDate.isValid() || e.startDate > day)
        return false;
    if (e.endDate.isValid())
        return e.endDate >= day;
    // Open-ended: only a current enrollment still holds the student; a transfer or a
    // graduation without a recorded end date has ended at some unknown day.
    return e.status == QLatin1String("enrolled");
}

bool startedBefore(const EnrollmentFacts &a, const EnrollmentFacts &b)
{
    return a.startDate < b.startDate;
}

QString nameOf(const EnrollmentFacts &e)
{
    return e.schoolName.isEmpty() ? Text::tr("the school") : e.schoolName;
}

} // namespace

QString reasonCode(Reason reason)
{
    switch (reason) {
    case Reason::NoParentAccount:
        return QStringLiteral("no_parent_account");
    case Reason::NoBinding:
        return QStringLiteral("no_binding");
    case Reason::BindingPending:
        return QStringLiteral("binding_pending");
    case Reason::BindingInfoRequested:
        return QStringLiteral("binding_info_requested");
    case Reason::BindingRejected:
        return QStringLiteral("binding_rejected");
    case Reason::BindingWithdrawn:
        return QStringLiteral("binding_withdrawn");
    case Reason::BindingSuspended:
        return QStringLiteral("binding_suspended");
    case Reason::BindingRevoked:
        return QStringLiteral("binding_revoked");
    case Reason::BindingApprovedLater:
        return QStringLiteral("binding_approved_later");
    case Reason::NotEnrolled:
        return QStringLiteral("not_enrolled");
    case Reason::NotYetEnrolled:
        return QStringLiteral("not_yet_enrolled");
    case Reason::TransferredOut:
        return QStringLiteral("transferred_out");
    case Reason::NotPlacedInClass:
        return QStringLiteral("not_placed_in_class");
    case Reason::NotReleasedByOldSchool:
        return QStringLiteral("not_released_by_old_school");
    case Reason::Graduated:
        return QStringLiteral("graduated");
    case Reason::EnrolledElsewhere:
        return QStringLiteral("enrolled_elsewhere");
    case Reason::RecordedToday:
        return QStringLiteral("recorded_today");
    case Reason::NotYetRecorded:
        return QStringLiteral("not_yet_recorded");
    case Reason::NoticeDraft:
        return QStringLiteral("notice_draft");
    case Reason::NoticeArchived:
        return QStringLiteral("notice_archived");
    case Reason::NoticeNotYetPublished:
        return QStringLiteral("notice_not_yet_published");
    case Reason::NoticeNotAddressed:
        return QStringLiteral("notice_not_addressed");
    }
    return QStringLiteral("unknown");
}

bool hidesChild(Reason reason)
{
    switch (reason) {
    case Reason::RecordedToday:
    case Reason::NotYetRecorded:
    case Reason::NoticeDraft:
    case Reason::NoticeArchived:
    case Reason::NoticeNotYetPublished:
    case Reason::NoticeNotAddressed:
        return false;
    default:
        return true;
    }
}

bool Verdict::has(Reason r) const
{
    return std::any_of(hidden.cbegin(), hidden.cend(), [r](const Explanation &e) { return e.reason == r; });
}

// --- Dates ------------------------------------------------------------------------------

QDate schoolDay(const QDateTime &utc)
{
    return utc.toTimeZone(Clock::schoolTimeZone()).date();
}

QDateTime endOfSchoolDay(QDate day)
{
    return QDateTime(day, QTime(23, 59, 59, 999), Clock::schoolTimeZone()).toUTC();
}

QString formatDate(QDate day)
{
    return day.toString(QStringLiteral("yyyy/MM/dd"));
}

QString formatDateTime(const QDateTime &utc)
{
    return utc.toTimeZone(Clock::schoolTimeZone()).toString(QStringLiteral("yyyy/MM/dd HH:mm"));
}

// --- Rule 1: the binding ------------------------------------------------------------------

Verdict bindingAsOf(
    const std::optional<BindingFacts> &binding, const QList<RequestFacts> &requests, const QDateTime &asOf)
{
    Verdict v;
    if (binding && activeAt(*binding, asOf))
        return v;

    // The newest request the parent had sent by then.
    const RequestFacts *latest = nullptr;
    for (const RequestFacts &r : requests) {
        if (r.submittedAt.isValid() && r.submittedAt > asOf)
            continue;
        if (!latest || r.submittedAt > latest->submittedAt
            || (r.submittedAt == latest->submittedAt && r.id > latest->id))
            latest = &r;
    }
    const QString latestStatus = latest ? statusAt(*latest, asOf) : QString();

    if (latestStatus == QLatin1String("pending")) {
        const QString text = Text::tr("Binding request #%1 is waiting for review (sent %2).")
                                 .arg(latest->id)
                                 .arg(formatDate(schoolDay(latest->submittedAt)));
        if (latest->decidedAt.isValid() && latest->decidedAt > asOf && latest->status == QLatin1String("approved")) {
            const QDate from = schoolDay(latest->decidedAt);
            v.hidden << make(Reason::BindingPending, text,
                Text::tr("Nothing: the request was approved on %1; from then the parent sees this child.")
                    .arg(formatDate(from)),
                latest->id, from);
        } else {
            v.hidden << make(Reason::BindingPending, text,
                Text::tr("Review and approve binding request #%1 (Binding requests).").arg(latest->id), latest->id);
        }
        return v;
    }
    if (latestStatus == QLatin1String("info_requested")) {
        v.hidden << make(Reason::BindingInfoRequested,
            Text::tr("Binding request #%1 waits for the parent: the reviewer asked for more information.")
                .arg(latest->id),
            Text::tr("The parent sends what was asked for in the app; then approve binding request #%1.")
                .arg(latest->id),
            latest->id);
        return v;
    }
    if (binding && binding->approvedAt.isValid() && binding->approvedAt <= asOf) {
        const QString since = binding->endedAt.isValid() ? formatDate(schoolDay(binding->endedAt)) : QString();
        if (binding->status == QLatin1String("suspended")) {
            v.hidden << make(Reason::BindingSuspended,
                since.isEmpty() ? Text::tr("The binding is suspended (for example by a transfer).")
                                : Text::tr("The binding was suspended on %1 (for example by a transfer).").arg(since),
                Text::tr("Reactivate the binding once the student is enrolled and placed in a class."));
            return v;
        }
        if (binding->status == QLatin1String("revoked")) {
            v.hidden << make(Reason::BindingRevoked,
                since.isEmpty() ? Text::tr("The binding was ended.")
                                : Text::tr("The binding was ended on %1.").arg(since),
                Text::tr("The parent applies for a new binding in the app; approving it restores access."));
            return v;
        }
    }
    if (latestStatus == QLatin1String("rejected")) {
        const QString reason = latest->decisionReason.trimmed();
        const QString on = formatDate(schoolDay(latest->decidedAt));
        v.hidden << make(Reason::BindingRejected,
            reason.isEmpty() ? Text::tr("Binding request #%1 was rejected on %2.").arg(latest->id).arg(on)
                             : Text::tr("Binding request #%1 was rejected on %2: %3.").arg(latest->id).arg(on, reason),
            Text::tr("The parent applies again in the app; approving the new request gives access."), latest->id);
        return v;
    }
    if (latestStatus == QLatin1String("withdrawn")) {
        v.hidden << make(Reason::BindingWithdrawn, Text::tr("The parent withdrew binding request #%1.").arg(latest->id),
            Text::tr("The parent applies again in the app; approving the new request gives access."), latest->id);
        return v;
    }
    if (binding && binding->approvedAt.isValid() && binding->approvedAt > asOf) {
        const QDate from = schoolDay(binding->approvedAt);
        v.hidden << make(Reason::BindingApprovedLater,
            Text::tr("The binding was approved on %1, after this day.").arg(formatDate(from)),
            Text::tr("Nothing: from %1 the parent sees this child.").arg(formatDate(from)), 0, from);
        return v;
    }
    v.hidden << make(Reason::NoBinding,
        latestStatus == QLatin1String("approved")
            ? Text::tr("Binding request #%1 was approved, but no binding record exists.").arg(latest->id)
            : Text::tr("This parent is not bound to this child and has not applied."),
        latestStatus == QLatin1String("approved")
            ? Text::tr("Ask the school's IT office to check the binding record.")
            : Text::tr("The parent applies for a parent–child binding in the app; a reviewer approves it."),
        latest ? latest->id : 0);
    return v;
}

Explanation noParentAccount(qint64 requestId)
{
    return make(Reason::NoParentAccount,
        Text::tr("The applicant has no parent account yet: it is created when a binding request is approved."),
        requestId ? Text::tr("Review and approve binding request #%1 (Binding requests).").arg(requestId)
                  : Text::tr("The parent applies for a parent–child binding in the app."),
        requestId);
}

// --- Rule 2: the enrollment ---------------------------------------------------------------

EnrollmentVerdict enrollmentOn(const QList<EnrollmentFacts> &all, QDate day, qint64 schoolId)
{
    EnrollmentVerdict out;
    QList<EnrollmentFacts> covering;
    for (const EnrollmentFacts &e : all) {
        if (covers(e, day))
            covering << e;
    }
    QList<EnrollmentFacts> enrollments = all;
    if (schoolId) {
        QList<EnrollmentFacts> here;
        for (const EnrollmentFacts &e : covering) {
            if (e.schoolId == schoolId)
                here << e;
        }
        if (here.isEmpty() && !covering.isEmpty()) {
            const EnrollmentFacts &elsewhere = *std::max_element(covering.cbegin(), covering.cend(), startedBefore);
            out.verdict.hidden << make(Reason::EnrolledElsewhere,
                Text::tr("The student is enrolled at %1, not at this school.").arg(nameOf(elsewhere)),
                Text::tr("Only %1 can decide for this student now.").arg(nameOf(elsewhere)));
            return out;
        }
        covering = here;
        enrollments.removeIf([schoolId](const EnrollmentFacts &e) { return e.schoolId != schoolId; });
    }

    if (!covering.isEmpty()) {
        std::sort(covering.begin(), covering.end(), startedBefore);
        const EnrollmentFacts &newest = covering.last();
        // Two schools hold the student at once: the old one has not released them yet.
        for (const EnrollmentFacts &e : covering) {
            if (e.schoolId != newest.schoolId && e.status == QLatin1String("enrolled")
                && newest.status == QLatin1String("enrolled")) {
                out.verdict.hidden << make(Reason::NotReleasedByOldSchool,
                    Text::tr("The student is enrolled at both %1 and %2: %1 has not yet released them after the "
                             "transfer.")
                        .arg(nameOf(e), nameOf(newest)),
                    Text::tr("%1 records the transfer out; then %2 places the student in a class.")
                        .arg(nameOf(e), nameOf(newest)));
                return out;
            }
        }
        if (newest.classId == 0) {
            // Did they come from another school?
            const EnrollmentFacts *previous = nullptr;
            for (const EnrollmentFacts &e : all) {
                if (e.schoolId != newest.schoolId && e.startDate.isValid() && e.startDate <= newest.startDate
                    && (!previous || previous->startDate < e.startDate))
                    previous = &e;
            }
            out.verdict.hidden << make(Reason::NotPlacedInClass,
                previous ? Text::tr("Transferred from %1: not yet placed in a class at the new school, %2.")
                               .arg(nameOf(*previous), nameOf(newest))
                         : Text::tr("Enrolled at %1 since %2, but not yet placed in a class.")
                               .arg(nameOf(newest), formatDate(newest.startDate)),
                Text::tr("%1 places the student in a class (academic affairs office).").arg(nameOf(newest)));
            return out;
        }
        out.current = newest;
        return out;
    }

    // Nothing holds the student on that day: say what happened last, or what comes next.
    const EnrollmentFacts *last = nullptr;
    const EnrollmentFacts *next = nullptr;
    for (const EnrollmentFacts &e : enrollments) {
        if (!e.startDate.isValid())
            continue;
        if (e.startDate <= day) {
            if (!last || last->startDate < e.startDate)
                last = &e;
        } else if (!next || e.startDate < next->startDate) {
            next = &e;
        }
    }
    if (last && last->status == QLatin1String("transferred_out")) {
        out.verdict.hidden << make(Reason::TransferredOut,
            last->endDate.isValid()
                ? Text::tr("Transferred out of the old school, %1, on %2; no school has enrolled the student since.")
                      .arg(nameOf(*last), formatDate(last->endDate))
                : Text::tr("Transferred out of the old school, %1; no school has enrolled the student since.")
                      .arg(nameOf(*last)),
            Text::tr("The new school enrolls the student and places them in a class; the binding then applies again "
                     "without re-binding."));
    } else if (last && last->status == QLatin1String("graduated")) {
        out.verdict.hidden << make(Reason::Graduated,
            last->endDate.isValid() ? Text::tr("Graduated from %1 on %2.").arg(nameOf(*last), formatDate(last->endDate))
                                    : Text::tr("Graduated from %1.").arg(nameOf(*last)),
            Text::tr("When the student is enrolled and placed in a class at their next Taipei school, access returns "
                     "without re-binding."));
    } else if (next) {
        out.verdict.hidden << make(Reason::NotYetEnrolled,
            Text::tr("Enrolled at %1 only from %2.").arg(nameOf(*next), formatDate(next->startDate)),
            Text::tr("Nothing: from %1 the parent sees this child.").arg(formatDate(next->startDate)), 0,
            next->startDate);
    } else if (last) {
        out.verdict.hidden << make(Reason::NotEnrolled,
            Text::tr("The enrollment at %1 ended on %2.")
                .arg(nameOf(*last), formatDate(last->endDate.isValid() ? last->endDate : day)),
            Text::tr("If the student is still at %1, correct the enrollment in the school "
                     "administration system.")
                .arg(nameOf(*last)));
    } else {
        out.verdict.hidden << make(Reason::NotEnrolled,
            schoolId ? Text::tr("The student is not enrolled at this school.")
                     : Text::tr("No school has enrolled this student."),
            Text::tr("The school enrolls the student and places them in a class in the school "
                     "administration system."));
    }
    return out;
}

ChildVerdict childAsOf(const std::optional<BindingFacts> &binding, const QList<RequestFacts> &requests,
    const QList<EnrollmentFacts> &enrollments, const QDateTime &asOf)
{
    ChildVerdict out;
    out.verdict = bindingAsOf(binding, requests, asOf);
    EnrollmentVerdict e = enrollmentOn(enrollments, schoolDay(asOf));
    out.verdict.hidden << e.verdict.hidden;
    out.current = e.current;
    if (!out.verdict.visible())
        out.current.reset();
    return out;
}

// --- Rule 3: the one-day lag --------------------------------------------------------------

Verdict recordAsOf(const QDateTime &recordedAt, const QDateTime &asOf, QDate today)
{
    Verdict v;
    if (!recordedAt.isValid())
        return v;
    const QDate recorded = schoolDay(recordedAt);
    const QDate visibleFrom = recorded.addDays(1);
    if (recordedAt > asOf) {
        v.hidden << make(Reason::NotYetRecorded,
            Text::tr("Recorded on %1, after the \"as of\" moment.").arg(formatDateTime(recordedAt)),
            visibleFrom <= today ? Text::tr("Nothing: parents have seen it since %1.").arg(formatDate(visibleFrom))
                                 : Text::tr("Nothing: parents see it from %1.").arg(formatDate(visibleFrom)),
            0, visibleFrom);
    } else if (recorded >= schoolDay(asOf)) {
        v.hidden << make(Reason::RecordedToday,
            recorded == today
                ? Text::tr("Recorded today at %1; visible to parents tomorrow, %2.")
                      .arg(recordedAt.toTimeZone(Clock::schoolTimeZone()).toString(QStringLiteral("HH:mm")),
                          formatDate(visibleFrom))
                : Text::tr("Recorded on %1, the \"as of\" day; visible to parents from the next day, %2.")
                      .arg(formatDateTime(recordedAt), formatDate(visibleFrom)),
            Text::tr("Nothing to do: the city's one-day lag shows it to parents the next day."), 0, visibleFrom);
    }
    return v;
}

// --- Rule 4: notices ------------------------------------------------------------------------

Verdict noticeAsOf(const NoticeFacts &n, const QDateTime &asOf)
{
    Verdict v;
    if (n.status == QLatin1String("draft")) {
        v.hidden << make(Reason::NoticeDraft, Text::tr("\"%1\" is still a draft.").arg(n.title),
            Text::tr("Publish the notice (Notices); parents see only published notices."));
    } else if (n.status == QLatin1String("archived")) {
        v.hidden << make(Reason::NoticeArchived,
            Text::tr("\"%1\" was archived; the app no longer lists it.").arg(n.title),
            Text::tr("Publish it again if parents should still see it."));
    } else if (n.publishedAt.isValid() && n.publishedAt > asOf) {
        const QDate from = schoolDay(n.publishedAt);
        v.hidden << make(Reason::NoticeNotYetPublished,
            Text::tr("\"%1\" was published on %2, after the \"as of\" moment.")
                .arg(n.title, formatDateTime(n.publishedAt)),
            Text::tr("Nothing: parents see it from %1.").arg(formatDate(from)), 0, from);
    }
    if (!n.addressedToParent) {
        v.hidden << make(Reason::NoticeNotAddressed,
            n.otherRecipients.isEmpty()
                ? Text::tr("\"%1\" is not addressed to this parent for this child.").arg(n.title)
                : Text::tr("\"%1\" is addressed to %2 for this child, not to this parent.")
                      .arg(n.title, n.otherRecipients),
            Text::tr("Add this parent as a recipient for this child (Notices)."));
    }
    return v;
}

} // namespace cooc::visibility
