#include "app/parentview/parentviewservice.h"

#include "app/logging.h"
#include "app/parentview/parentviewtext.h"
#include "models/auditlog.h"
#include "models/schoolyear.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace cooc {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cooc::ParentViewService)
};

visibility::BindingFacts factsOf(const BindingRow &b)
{
    return { b.status, b.approvedAt, b.endedAt };
}

visibility::RequestFacts factsOf(const BindingRequestRow &r)
{
    return { r.id, r.status, r.submittedAt, r.decidedAt, r.decisionReason, r.schoolName };
}

visibility::EnrollmentFacts factsOf(const EnrollmentRow &e)
{
    visibility::EnrollmentFacts f;
    f.id = e.id;
    f.schoolId = e.schoolId;
    f.schoolName = e.schoolName;
    f.schoolYear = e.schoolYear;
    f.classId = e.classId;
    f.className = e.className;
    f.status = e.status;
    f.startDate = e.startDate;
    f.endDate = e.endDate;
    return f;
}

// May this staff member see this child's records? The records shown are those of `shown`, the
// enrollment the view shows (the one holding the child that day): its class for a homeroom
// teacher, its school for office staff and admins. An earlier enrollment does not count — the
// former teacher of a child who moved to another school does not see the new school's records.
// A child with no enrollment: office staff of a school where a request about them was filed.
bool inScope(const Actor &actor, const std::optional<EnrollmentRow> &shown, const QList<BindingRequestRow> &requests)
{
    if (actor.has(Actor::Role::System))
        return true;
    if (shown)
        return (shown->classId && actor.coversClass(shown->schoolId, shown->classId))
            || (actor.isSchoolWide() && shown->schoolId == actor.schoolId);
    if (actor.isSchoolWide()) {
        for (const BindingRequestRow &r : requests) {
            if (r.schoolId == actor.schoolId)
                return true;
        }
    }
    return false;
}

// The enrollment the child's label shows: the one holding them that day, else the latest
// one that had started, else the first one to come.
std::optional<EnrollmentRow> labelEnrollment(const QList<EnrollmentRow> &rows, QDate day)
{
    QList<visibility::EnrollmentFacts> facts;
    for (const EnrollmentRow &e : rows)
        facts << factsOf(e);
    const auto current = visibility::enrollmentOn(facts, day).current;
    const EnrollmentRow *started = nullptr;
    const EnrollmentRow *coming = nullptr;
    for (const EnrollmentRow &e : rows) {
        if (current && e.id == current->id)
            return e;
        if (e.startDate.isValid() && e.startDate <= day) {
            if (!started || started->startDate <= e.startDate)
                started = &e;
        } else if (!coming || e.startDate < coming->startDate) {
            coming = &e;
        }
    }
    const EnrollmentRow *pick = started ? started : coming;
    return pick ? std::optional<EnrollmentRow>(*pick) : std::nullopt;
}

// A parent's children as the database holds them: their bindings, their binding requests (by
// parent id or national-ID hash), and every enrollment of the children these name.
struct Family
{
    QList<BindingRow> bindings;
    QList<BindingRequestRow> requests;
    QList<qint64> studentIds; // bindings first, then requests; each once
    QList<EnrollmentRow> enrollments;

    template<typename Row>
    static QList<Row> of(const QList<Row> &rows, qint64 studentId)
    {
        QList<Row> out;
        for (const Row &r : rows) {
            if (r.studentId == studentId)
                out << r;
        }
        return out;
    }
};

Result<Family> familyOf(const ParentViewRepository &repo, qint64 parentId, const QString &nationalIdHash)
{
    Family f;
    if (parentId) {
        auto b = repo.bindingsOfParent(parentId);
        if (!b)
            return b.error();
        f.bindings = b.value();
    }
    auto requests = repo.requestsOfParent(parentId, nationalIdHash);
    if (!requests)
        return requests.error();
    f.requests = requests.value();
    for (const BindingRow &b : std::as_const(f.bindings)) {
        if (!f.studentIds.contains(b.studentId))
            f.studentIds << b.studentId;
    }
    for (const BindingRequestRow &r : std::as_const(f.requests)) {
        if (!f.studentIds.contains(r.studentId))
            f.studentIds << r.studentId;
    }
    auto enrollments = repo.enrollments(f.studentIds);
    if (!enrollments)
        return enrollments.error();
    f.enrollments = enrollments.value();
    return f;
}

QString viaCode(ParentViewService::Via via)
{
    switch (via) {
    case ParentViewService::Via::Search:
        return QStringLiteral("search");
    case ParentViewService::Via::Student:
        return QStringLiteral("student");
    case ParentViewService::Via::BindingRequest:
        return QStringLiteral("binding_request");
    }
    return QStringLiteral("search");
}

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128; });
}

} // namespace

// --- ChildView / ParentView -------------------------------------------------------------------

QString ChildView::label() const
{
    QStringList parts = { student.name };
    if (enrollment) {
        parts << enrollment->schoolName;
        if (enrollment->status != QLatin1String("enrolled"))
            parts << parentviewtext::enrollmentStatus(enrollment->status);
        else if (enrollment->className.isEmpty())
            parts << Text::tr("no class yet");
        else
            parts << enrollment->className;
    } else {
        parts << Text::tr("not enrolled");
    }
    return parts.join(QStringLiteral(" · "));
}

int ParentView::visibleChildren() const
{
    return int(std::count_if(children.cbegin(), children.cend(), [](const ChildView &c) { return c.visible; }));
}

// --- The service -------------------------------------------------------------------------------

ParentViewService::ParentViewService(const Database &main, const Clock &clock, std::unique_ptr<Database> reader)
    : m_main(main)
    , m_clock(clock)
    , m_reader(std::move(reader))
    , m_repo(std::make_unique<ParentViewRepository>(*m_reader))
{ }

ParentViewService::~ParentViewService() = default;

Result<std::unique_ptr<ParentViewService>> ParentViewService::create(const Database &main, const Clock &clock)
{
    auto reader = main.openSibling(Database::Access::ReadOnly);
    if (!reader)
        return reader.error();
    if (reader.value()->access() != Database::Access::ReadOnly)
        return Error::make(Error::Code::Generic, Text::tr("The parent view needs a read-only connection."));
    if (reader.value()->dialect() == Dialect::Postgres) {
        // Central deployment: a staff login that is a member of parent_view_reader narrows the
        // view's connection to that role (same identity, no write privileges; migration 0002).
        // Superusers and the owner keep READ ONLY transactions (tests, benchmarks, the CLI).
        auto member = reader.value()->scalar(
            QStringLiteral("SELECT CASE WHEN to_regrole('parent_view_reader') IS NULL THEN false "
                           "WHEN (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN false "
                           "ELSE pg_has_role(session_user, 'parent_view_reader', 'MEMBER') END"));
        if (!member)
            return member.error();
        if (member.value().toBool()) {
            if (Status narrowed = reader.value()->setSessionRole(QStringLiteral("parent_view_reader")); !narrowed)
                return narrowed.error();
        }
    }
    return std::unique_ptr<ParentViewService>(new ParentViewService(main, clock, std::move(reader).value()));
}

void ParentViewService::setQueryObserver(ParentViewRepository::QueryObserver observer)
{
    m_repo->setQueryObserver(std::move(observer));
}

QDateTime ParentViewService::asOfForDay(QDate day) const
{
    if (!day.isValid() || day >= m_clock.schoolToday())
        return m_clock.now();
    return visibility::endOfSchoolDay(day);
}

Result<ParentCandidate> ParentViewService::candidateForRequest(qint64 requestId) const
{
    auto request = m_repo->bindingRequest(requestId);
    if (!request)
        return request.error();
    if (!request.value())
        return Error::make(Error::Code::NotFound, Text::tr("There is no binding request #%1.").arg(requestId));
    const BindingRequestRow &r = *request.value();
    ParentCandidate c;
    c.requestId = r.id;
    std::optional<ParentRecord> parent;
    if (r.parentId) {
        auto p = m_repo->parent(r.parentId);
        if (!p)
            return p.error();
        parent = p.value();
    }
    if (!parent) {
        auto p = m_repo->parentByIdHash(r.applicantNationalIdHash); // the same person, whatever the e-mail
        if (!p)
            return p.error();
        parent = p.value();
    }
    if (parent) {
        c.parent = *parent;
    } else {
        c.parent.name = r.applicantName;
        c.parent.email = r.applicantEmail;
        c.parent.nationalIdMasked = r.applicantNationalIdMasked;
        c.parent.nationalIdHash = r.applicantNationalIdHash;
    }
    QString studentName;
    if (auto students = m_repo->students({ r.studentId }); students && !students.value().isEmpty())
        studentName = students.value().first().name;
    c.note = parent ? Text::tr("Binding request #%1 (%2) for %3")
                          .arg(r.id)
                          .arg(parentviewtext::requestStatus(r.status), studentName)
                    : Text::tr("Binding request #%1 (%2) for %3 — no parent account yet")
                          .arg(r.id)
                          .arg(parentviewtext::requestStatus(r.status), studentName);
    return c;
}

Result<bool> ParentViewService::mayOpen(const Actor &actor, const ParentCandidate &candidate) const
{
    if (actor.has(Actor::Role::System))
        return true;
    // As the view decides (load): a child whose shown enrollment today is the actor's.
    auto family = familyOf(*m_repo, candidate.parent.id, candidate.parent.nationalIdHash);
    if (!family)
        return family.error();
    if (candidate.requestId && candidate.parent.nationalIdHash.isEmpty()) {
        auto r = m_repo->bindingRequest(candidate.requestId);
        if (!r)
            return r.error();
        if (r.value() && !family.value().studentIds.contains(r.value()->studentId)) {
            family.value().requests << *r.value();
            family.value().studentIds << r.value()->studentId;
            auto more = m_repo->enrollments({r.value()->studentId});
            if (!more)
                return more.error();
            family.value().enrollments << more.value();
        }
    }
    const Family &f = family.value();
    for (const qint64 studentId : f.studentIds) {
        if (inScope(actor, labelEnrollment(Family::of(f.enrollments, studentId), m_clock.schoolToday()),
                    Family::of(f.requests, studentId)))
            return true;
    }
    return false;
}

Result<ParentSearchPage> ParentViewService::search(
    const Actor &actor, const QString &text, const ParentSearchCursor &after, int limit) const
{
    // PostgreSQL's row-level security lists only parents the actor may see; SQLite lists every
    // parent of the file, so each candidate is checked (a page of a prefix search is refilled
    // from the next rows, up to a bound, so that scrolling goes on).
    const bool filter = m_reader->dialect() == Dialect::Sqlite && !actor.has(Actor::Role::System);
    const auto keep = [&](QList<ParentCandidate> &items) -> Status {
        if (!filter)
            return okStatus();
        QList<ParentCandidate> kept;
        for (const ParentCandidate &c : std::as_const(items)) {
            auto may = mayOpen(actor, c);
            if (!may)
                return may.error();
            if (may.value())
                kept << c;
        }
        items = kept;
        return okStatus();
    };
    auto page = searchAll(text, after, limit);
    if (!page)
        return page;
    if (Status kept = keep(page.value().items); !kept)
        return kept.error();
    for (int more = 0; filter && more < 20 && page.value().items.size() < limit && page.value().next; ++more) {
        auto next = searchAll(text, *page.value().next, limit);
        if (!next)
            return next;
        if (Status kept = keep(next.value().items); !kept)
            return kept.error();
        page.value().items << next.value().items;
        page.value().next = next.value().next;
    }
    return page;
}

Result<ParentSearchPage> ParentViewService::searchAll(
    const QString &text, const ParentSearchCursor &after, int limit) const
{
    const QString t = text.trimmed();
    ParentSearchPage page;
    if (t.isEmpty() || limit <= 0)
        return page;

    static const QRegularExpression requestPattern(QStringLiteral("^#\\s*(\\d{1,18})$"));
    static const QRegularExpression digits(QStringLiteral("^\\d{1,20}$"));
    if (const auto m = requestPattern.match(t); m.hasMatch()) {
        if (!after.key.isEmpty())
            return page;
        auto c = candidateForRequest(m.captured(1).toLongLong());
        if (!c && c.error().code != Error::Code::NotFound)
            return c.error();
        if (c)
            page.items << c.value();
        return page;
    }
    if (digits.match(t).hasMatch()) {
        if (!after.key.isEmpty())
            return page;
        auto students = m_repo->studentsByNumber(t);
        if (!students)
            return students.error();
        for (qint64 studentId : students.value()) {
            auto parents = parentsOfStudent(studentId);
            if (!parents)
                return parents.error();
            page.items << parents.value();
        }
        return page;
    }
    if (t.contains(QLatin1Char('@')) || isAscii(t))
        return m_repo->searchByEmail(t, after, limit);
    return m_repo->searchByName(t, after, limit);
}

Result<QList<ParentCandidate>> ParentViewService::parentsOfStudent(qint64 studentId) const
{
    auto links = m_repo->parentsOfStudent(studentId);
    if (!links)
        return links.error();
    auto students = m_repo->students({ studentId });
    if (!students)
        return students.error();
    auto enrollments = m_repo->enrollments({ studentId });
    if (!enrollments)
        return enrollments.error();
    ChildView child;
    if (!students.value().isEmpty())
        child.student = students.value().first();
    child.enrollment = labelEnrollment(enrollments.value(), m_clock.schoolToday());
    const QString label = child.label();

    QList<ParentCandidate> out;
    for (const StudentParentLink &l : links.value()) {
        ParentCandidate c;
        c.parent = l.parent;
        c.requestId = l.parent.id ? 0 : l.requestId;
        const QString who = Text::tr("%1 of %2").arg(parentviewtext::relationship(l.relationship), label);
        if (!l.bindingStatus.isEmpty())
            c.note = Text::tr("%1 · binding %2").arg(who, parentviewtext::bindingStatus(l.bindingStatus));
        else
            c.note = Text::tr("%1 · binding request #%2 %3")
                         .arg(who)
                         .arg(l.requestId)
                         .arg(parentviewtext::requestStatus(l.requestStatus));
        out << c;
    }
    return out;
}

namespace {

// Opening a view, whichever way the parent is found: the "as of" moment is checked; within one
// snapshot of the reader the parent is identified (`identify` fills the view's parent) and every
// record loaded (`load`); then the opening is audited (`audit`).
template<typename Identify, typename Load, typename Audit>
Result<ParentView> openView(const ParentViewRepository &repo, const Clock &clock, const QDateTime &asOf,
    const Identify &identify, const Load &load, const Audit &audit)
{
    if (!asOf.isValid())
        return Error::make(Error::Code::InvalidInput, Text::tr("Choose the day to view."));
    if (asOf > clock.now())
        return Error::make(Error::Code::InvalidInput,
            Text::tr("The \"as of\" day cannot be in the future: no parent has seen it yet."));
    ParentView view;
    {
        auto snapshot = repo.snapshot();
        if (!snapshot)
            return snapshot.error();
        if (Status identified = identify(view); !identified)
            return identified.error();
        view.asOf = asOf.toUTC();
        auto loaded = load(std::move(view));
        if (!loaded)
            return loaded.error();
        view = std::move(loaded).value();
    }
    if (Status audited = audit(view); !audited)
        return audited.error();
    return view;
}

} // namespace

Result<ParentView> ParentViewService::open(const Actor &actor, qint64 parentId, const QDateTime &asOf, Via via) const
{
    const auto identify = [&](ParentView &view) -> Status {
        auto parent = m_repo->parent(parentId);
        if (!parent)
            return parent.error();
        if (!parent.value())
            return Error::make(Error::Code::NotFound, Text::tr("There is no parent with this id (%1).").arg(parentId));
        view.parent = *parent.value();
        return okStatus();
    };
    return openView(*m_repo, m_clock, asOf, identify, [&](ParentView view) { return load(actor, std::move(view)); },
        [&](ParentView &view) { return audit(actor, view, via); });
}

Result<ParentView> ParentViewService::openFromBindingRequest(
    const Actor &actor, qint64 requestId, const QDateTime &asOf) const
{
    const auto identify = [&](ParentView &view) -> Status {
        auto candidate = candidateForRequest(requestId);
        if (!candidate)
            return candidate.error();
        view.parent = candidate.value().parent;
        view.requestId = requestId;
        if (!view.parent.id)
            view.parentReasons << visibility::noParentAccount(requestId);
        return okStatus();
    };
    return openView(*m_repo, m_clock, asOf, identify, [&](ParentView view) { return load(actor, std::move(view)); },
        [&](ParentView &view) { return audit(actor, view, Via::BindingRequest); });
}

Result<ParentView> ParentViewService::load(const Actor &actor, ParentView view) const
{
    view.asOfDay = visibility::schoolDay(view.asOf);
    view.asOfIsNow = view.asOfDay == m_clock.schoolToday();

    auto family = familyOf(*m_repo, view.parent.id, view.parent.nationalIdHash);
    if (!family)
        return family.error();
    const QList<BindingRow> &bindings = family.value().bindings;
    const QList<BindingRequestRow> &requests = family.value().requests;
    const QList<qint64> &studentIds = family.value().studentIds;
    const QList<EnrollmentRow> &enrollments = family.value().enrollments;
    auto students = m_repo->students(studentIds);
    if (!students)
        return students.error();

    bool anyInScope = false;
    for (qint64 studentId : studentIds) {
        ChildView child;
        for (const StudentRecord &s : students.value()) {
            if (s.id == studentId)
                child.student = s;
        }
        std::optional<visibility::BindingFacts> binding;
        for (const BindingRow &b : bindings) {
            if (b.studentId == studentId) {
                binding = factsOf(b);
                child.relationship = b.relationship;
            }
        }
        QList<BindingRequestRow> childRequests;
        QList<visibility::RequestFacts> requestFacts;
        for (const BindingRequestRow &r : requests) {
            if (r.studentId != studentId)
                continue;
            childRequests << r;
            requestFacts << factsOf(r);
            if (!binding)
                child.relationship = r.relationship;
        }
        QList<EnrollmentRow> childEnrollments;
        QList<visibility::EnrollmentFacts> enrollmentFacts;
        for (const EnrollmentRow &e : enrollments) {
            if (e.studentId == studentId) {
                childEnrollments << e;
                enrollmentFacts << factsOf(e);
            }
        }
        const visibility::ChildVerdict verdict
            = visibility::childAsOf(binding, requestFacts, enrollmentFacts, view.asOf);
        child.visible = verdict.verdict.visible() && view.parent.id != 0;
        child.childReasons = verdict.verdict.hidden;
        child.enrollment = labelEnrollment(childEnrollments, view.asOfDay);
        child.inScope = inScope(actor, child.enrollment, childRequests);
        anyInScope = anyInScope || child.inScope;
        if (child.visible && child.inScope) {
            if (Status loaded = loadRecords(child, view); !loaded)
                return loaded.error();
        }
        if (!child.visible && !child.childReasons.isEmpty())
            child.hidden.prepend({ HiddenItem::Kind::Child, studentId, child.label(), child.childReasons });
        view.children << child;
    }
    if (!view.children.isEmpty() && !anyInScope)
        return Error::make(Error::Code::PermissionDenied,
            Text::tr("None of this parent's children is in your class or school, so you cannot open "
                     "their parent view."));
    return view;
}

Status ParentViewService::loadRecords(ChildView &child, const ParentView &view) const
{
    const EnrollmentRow &e = *child.enrollment;
    const qint64 sid = child.student.id;
    const int year = e.schoolYear ? e.schoolYear : SchoolYear::fromDate(view.asOfDay);
    const QDate from = SchoolYear::firstDay(year);
    const QDate to = SchoolYear::lastDay(year);
    const QDate today = m_clock.schoolToday();
    const QDateTime yearStart = QDateTime(from, QTime(0, 0), Clock::schoolTimeZone()).toUTC();

    // Rule 3 for one record: visible, hidden with its reason, or not there yet (counted).
    int later[3] = { 0, 0, 0 };
    auto lag = [&](HiddenItem::Kind kind, int slot, qint64 id, const QDateTime &recordedAt, const QString &what) {
        const visibility::Verdict v = visibility::recordAsOf(recordedAt, view.asOf, today);
        if (v.visible())
            return true;
        if (v.has(visibility::Reason::NotYetRecorded))
            ++later[slot];
        else
            child.hidden.append({ kind, id, what, v.hidden });
        return false;
    };

    auto grades = m_repo->grades(sid, year);
    if (!grades)
        return grades.error();
    for (const GradeRow &g : grades.value()) {
        if (lag(HiddenItem::Kind::Grade, 0, g.id, g.recordedAt,
                Text::tr("Grade: %1, %2").arg(g.subject, parentviewtext::exam(g.exam))))
            child.grades << g;
    }
    auto absences = m_repo->attendance(sid, from, to);
    if (!absences)
        return absences.error();
    for (const AttendanceRow &a : absences.value()) {
        if (lag(HiddenItem::Kind::Absence, 1, a.id, a.recordedAt,
                Text::tr("Absence: %1, %2 (%3)")
                    .arg(visibility::formatDate(a.date), parentviewtext::period(a.period),
                        parentviewtext::absenceCode(a.code))))
            child.absences << a;
    }
    auto merits = m_repo->merits(sid, from, to);
    if (!merits)
        return merits.error();
    for (const MeritRow &m : merits.value()) {
        if (lag(HiddenItem::Kind::Merit, 2, m.id, m.recordedAt,
                Text::tr("%1 × %2: %3").arg(parentviewtext::meritKind(m.kind)).arg(m.count).arg(m.reason)))
            child.merits << m;
    }
    const HiddenItem::Kind kinds[3] = { HiddenItem::Kind::Grade, HiddenItem::Kind::Absence, HiddenItem::Kind::Merit };
    for (int slot = 0; slot < 3; ++slot) {
        if (!later[slot])
            continue;
        visibility::Explanation why;
        why.reason = visibility::Reason::NotYetRecorded;
        why.text = Text::tr("Recorded after the \"as of\" moment: on %1 they did not exist yet.")
                       .arg(visibility::formatDate(view.asOfDay));
        why.fix = Text::tr("Nothing: choose a later \"as of\" day to see them.");
        const QString what = slot == 0 ? Text::tr("%n grade(s) recorded later", nullptr, later[slot])
            : slot == 1                ? Text::tr("%n absence(s) recorded later", nullptr, later[slot])
                                       : Text::tr("%n merit/demerit record(s) recorded later", nullptr, later[slot]);
        child.hidden.append({ kinds[slot], 0, what, { why } });
    }

    auto swipes = m_repo->gateSwipes(sid, view.asOf, {}, kGateSwipePage + 1);
    if (!swipes)
        return swipes.error();
    child.gateSwipes = swipes.value();
    child.moreGateSwipes = child.gateSwipes.size() > kGateSwipePage;
    if (child.moreGateSwipes)
        child.gateSwipes.removeLast();

    auto leave = m_repo->leaveRequests(sid, from);
    if (!leave)
        return leave.error();
    for (LeaveRow l : leave.value()) {
        if (l.submittedAt.isValid() && l.submittedAt > view.asOf)
            continue; // not sent yet on that day
        if (l.decidedAt.isValid() && l.decidedAt > view.asOf) {
            l.status = QStringLiteral("pending");
            l.decidedAt = {};
            l.decisionNote.clear();
        }
        child.leaveRequests << l;
    }

    // Rule 4: every notice addressed to anyone for this child, then the school's recent
    // notices addressed to nobody for them.
    auto notices = m_repo->noticesForChild(sid, view.parent.id, yearStart);
    if (!notices)
        return notices.error();
    for (NoticeRow n : notices.value()) {
        if (n.createdAt.isValid() && n.createdAt > view.asOf)
            continue; // not written yet on that day
        visibility::NoticeFacts f { n.id, n.title, n.status, n.publishedAt, n.addressedToParent,
            n.otherRecipients.join(QStringLiteral(", ")) };
        const visibility::Verdict v = visibility::noticeAsOf(f, view.asOf);
        if (!v.visible()) {
            child.hidden.append({ HiddenItem::Kind::Notice, n.id, Text::tr("Notice \"%1\"").arg(n.title), v.hidden });
            continue;
        }
        if (n.readAt.isValid() && n.readAt > view.asOf)
            n.readAt = {};
        if (n.repliedAt.isValid() && n.repliedAt > view.asOf) {
            n.repliedAt = {};
            n.replyChoice.clear();
            n.replyComment.clear();
            n.replyChannel.clear();
        }
        child.notices << n;
    }
    auto unaddressed = m_repo->unaddressedNotices(
        e.schoolId, sid, std::max(yearStart, view.asOf.addDays(-30)), view.asOf, kUnaddressedNotices);
    if (!unaddressed)
        return unaddressed.error();
    for (const NoticeRow &n : unaddressed.value()) {
        visibility::NoticeFacts f { n.id, n.title, n.status, n.publishedAt, false, {} };
        child.hidden.append({ HiddenItem::Kind::Notice, n.id, Text::tr("Notice \"%1\"").arg(n.title),
            visibility::noticeAsOf(f, view.asOf).hidden });
    }

    if (e.classId) {
        auto entries = m_repo->contactBook(
            e.classId, view.parent.id, sid, view.asOfDay.addDays(-kContactBookDays), view.asOfDay);
        if (!entries)
            return entries.error();
        for (ContactBookRow c : entries.value()) {
            if (c.createdAt.isValid() && c.createdAt > view.asOf)
                continue;
            if (c.acknowledgedAt.isValid() && c.acknowledgedAt > view.asOf)
                c.acknowledgedAt = {};
            child.contactBook << c;
        }
    }

    auto activities = m_repo->activities(sid);
    if (!activities)
        return activities.error();
    for (ActivityRow a : activities.value()) {
        if (a.registeredAt.isValid() && a.registeredAt > view.asOf)
            continue;
        if (a.paidAt.isValid() && a.paidAt > view.asOf) {
            a.paymentStatus = QStringLiteral("unpaid");
            a.paidAt = {};
        }
        child.activities << a;
    }
    return okStatus();
}

Status ParentViewService::audit(const Actor &actor, ParentView &view, Via via) const
{
    QJsonArray shown;
    for (const ChildView &c : view.children) {
        if (c.visible && c.inScope)
            shown << c.student.id;
    }
    QJsonObject detail {
        { QStringLiteral("as_of"), view.asOf.toString(Qt::ISODateWithMs) },
        { QStringLiteral("via"), viaCode(via) },
        { QStringLiteral("children"), int(view.children.size()) },
        { QStringLiteral("students_shown"), shown },
    };
    if (view.requestId)
        detail.insert(QStringLiteral("request_id"), view.requestId);
    const bool hasParent = view.parent.id != 0;
    // The one write of the parent view, on the main (read-write) connection.
    auto transaction = Transaction::begin(m_main);
    if (!transaction)
        return transaction.error();
    auto entry = AuditLog(m_main).append(actor, QStringLiteral("parent_view.open"),
        hasParent ? QStringLiteral("parent") : QStringLiteral("binding_request"),
        hasParent ? view.parent.id : view.requestId, detail, m_clock.now());
    if (!entry)
        return entry.error();
    if (Status committed = transaction.value()->commit(); !committed)
        return committed;
    view.auditEntryId = entry.value();
    qCInfo(lcApp) << "parent view opened, audit entry" << view.auditEntryId;
    return okStatus();
}

Result<QList<GateSwipeRow>> ParentViewService::olderGateSwipes(
    const ParentView &view, qint64 studentId, bool *more) const
{
    const auto child = std::find_if(view.children.cbegin(), view.children.cend(),
        [studentId](const ChildView &c) { return c.student.id == studentId; });
    if (child == view.children.cend() || !child->visible || !child->inScope)
        return Error::make(Error::Code::PermissionDenied, Text::tr("This child's records are not open in this view."));
    GateSwipeCursor cursor;
    if (!child->gateSwipes.isEmpty())
        cursor = { child->gateSwipes.last().at, child->gateSwipes.last().id };
    auto rows = m_repo->gateSwipes(studentId, view.asOf, cursor, kGateSwipePage + 1);
    if (!rows)
        return rows.error();
    QList<GateSwipeRow> page = rows.value();
    if (more)
        *more = page.size() > kGateSwipePage;
    if (page.size() > kGateSwipePage)
        page.removeLast();
    return page;
}

} // namespace cooc
