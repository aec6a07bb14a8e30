#include "models/parentviewrepository.h"

#include "models/logging.h"

#include <QSqlError>

#include <algorithm>

namespace cooc {

namespace {

// The largest code point: "prefix" <= x < prefix + U+10FFFF covers every continuation,
// characters beyond the Basic Multilingual Plane (rare CJK names) included.
QString upperBound(const QString &prefix)
{
    const char32_t maxCodePoint = 0x10FFFF;
    return prefix + QString::fromUcs4(&maxCodePoint, 1);
}

qint64 id(const QVariant &v)
{
    return v.isNull() ? 0 : v.toLongLong();
}

// Every row of a query's result, each made by `rowFrom` from the query positioned on it.
template<typename Row, typename RowFrom>
Result<QList<Row>> rowsOf(Result<QSqlQuery> query, RowFrom rowFrom)
{
    if (!query)
        return query.error();
    QList<Row> rows;
    while (query.value().next())
        rows.append(rowFrom(query.value()));
    return rows;
}

// The same for the records of a kept statement (runKept).
template<typename Row, typename RowFrom>
Result<QList<Row>> rowsOf(Result<QList<QSqlRecord>> records, RowFrom rowFrom)
{
    if (!records)
        return records.error();
    QList<Row> rows;
    rows.reserve(records.value().size());
    for (const QSqlRecord &r : records.value())
        rows.append(rowFrom(r));
    return rows;
}

// The values for an "IN (?, ?, …)" list of ids.
QVariantList asValues(const QList<qint64> &ids)
{
    QVariantList values;
    values.reserve(ids.size());
    for (qint64 v : ids)
        values << v;
    return values;
}

template<typename Row> // QSqlQuery (a search page) or QSqlRecord (a read by key)
ParentRecord parentFrom(const Row &q, int first)
{
    ParentRecord p;
    p.id = id(q.value(first));
    p.name = q.value(first + 1).toString();
    p.email = q.value(first + 2).toString();
    p.phone = q.value(first + 3).toString();
    p.nationalIdMasked = q.value(first + 4).toString();
    return p;
}

const QString kParentColumns = QStringLiteral("p.id, p.name, p.email, p.phone, p.national_id_masked");
// A parent to open the view of: with the hash their binding requests carry.
const QString kViewedParentColumns = kParentColumns + QStringLiteral(", p.national_id_hash");

template<typename Row>
ParentRecord viewedParentFrom(const Row &q)
{
    ParentRecord p = parentFrom(q, 0);
    p.nationalIdHash = q.value(5).toString();
    return p;
}

BindingRequestRow requestFrom(const QSqlRecord &q)
{
    BindingRequestRow r;
    r.id = id(q.value(0));
    r.schoolId = id(q.value(1));
    r.schoolName = q.value(2).toString();
    r.studentId = id(q.value(3));
    r.parentId = id(q.value(4));
    r.applicantName = q.value(5).toString();
    r.applicantEmail = q.value(6).toString();
    r.applicantNationalIdMasked = q.value(7).toString();
    r.relationship = q.value(8).toString();
    r.status = q.value(9).toString();
    r.submittedAt = Database::toDateTime(q.value(10));
    r.decidedAt = Database::toDateTime(q.value(11));
    r.decisionReason = q.value(12).toString();
    r.decisionNote = q.value(13).toString();
    r.applicantNationalIdHash = q.value(14).toString();
    return r;
}

const QString kRequestColumns = QStringLiteral(
    "br.id, br.school_id, sc.name, br.student_id, br.parent_id, br.applicant_name, br.applicant_email, "
    "br.applicant_national_id_masked, br.relationship, br.status, br.submitted_at, br.decided_at, "
    "br.decision_reason, br.decision_note, br.applicant_national_id_hash");

// The first record of a kept statement made by `rowFrom`, or none.
template<typename Row, typename RowFrom>
Result<std::optional<Row>> firstRowOf(Result<QList<QSqlRecord>> records, RowFrom rowFrom)
{
    if (!records)
        return records.error();
    if (records.value().isEmpty())
        return std::optional<Row>();
    return std::optional<Row>(rowFrom(records.value().first()));
}

// One keyset page of a parent search: each row's key (`keyOf`) is where the next page starts,
// and only rows whose key starts with `prefix` are kept — the range is exact under byte-wise
// collations; other collations may let a neighbour in.
template<typename KeyOf>
Result<ParentSearchPage> searchPage(Result<QSqlQuery> query, const QString &prefix, int limit, KeyOf keyOf)
{
    if (!query)
        return query.error();
    ParentSearchPage page;
    int rows = 0;
    ParentSearchCursor last;
    while (query.value().next()) {
        ++rows;
        const ParentRecord parent = parentFrom(query.value(), 0);
        last = { keyOf(query.value(), parent), parent.id };
        if (last.key.startsWith(prefix))
            page.items.append({ parent, 0, {} });
    }
    if (rows == limit)
        page.next = last;
    return page;
}

} // namespace

// --- Snapshot -------------------------------------------------------------------------------

Result<std::unique_ptr<ParentViewRepository::Snapshot>> ParentViewRepository::snapshot() const
{
    // Written by us, no values: execDdl. SQLite: a deferred BEGIN takes no write lock (a
    // read-only connection cannot take one); PostgreSQL: one snapshot for every read.
    const QString begin = m_db.dialect() == Dialect::Sqlite
        ? QStringLiteral("BEGIN")
        : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (Status status = m_db.execDdl(begin); !status)
        return status.error();
    return std::unique_ptr<Snapshot>(new Snapshot(m_db));
}

ParentViewRepository::Snapshot::~Snapshot()
{
    if (Status status = m_db.execDdl(QStringLiteral("ROLLBACK")); !status)
        qCWarning(lcModels) << "ending the parent view snapshot failed:" << status.error().detail;
}

// --- Helpers --------------------------------------------------------------------------------

QVariant ParentViewRepository::date(QDate day) const
{
    if (m_db.dialect() == Dialect::Sqlite)
        return day.toString(Qt::ISODate);
    return day;
}

Result<QSqlQuery> ParentViewRepository::run(const QString &sql, const QVariantList &values) const
{
    if (m_observer)
        m_observer(sql, values);
    return m_db.exec(sql, values);
}

Result<QList<QSqlRecord>> ParentViewRepository::runKept(const QString &sql, const QVariantList &values) const
{
    if (m_observer)
        m_observer(sql, values);
    return m_db.rows(sql, values);
}

QString ParentViewRepository::placeholders(qsizetype n) const
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

// --- Finding a parent -------------------------------------------------------------------------

Result<ParentSearchPage> ParentViewRepository::searchByEmail(
    const QString &prefix, const ParentSearchCursor &after, int limit) const
{
    const QString p = prefix.trimmed().toLower();
    const QString from = after.key.isEmpty() ? p : after.key;
    // email_key is lower(email), stored and indexed (migration 0016: a range on a column, unlike
    // one on lower(), can use the index under PostgreSQL's row-level security).
    auto q = run(QStringLiteral("SELECT ") + kParentColumns
            + QStringLiteral(", p.email_key FROM parents p "
                             "WHERE p.email_key >= ? AND p.email_key < ? "
                             "AND (p.email_key > ? OR (p.email_key = ? AND p.id > ?)) "
                             "ORDER BY p.email_key, p.id LIMIT ?"),
        { p, upperBound(p), from, from, after.key.isEmpty() ? qint64(-1) : after.id, limit });
    return searchPage(std::move(q), p, limit, [](const QSqlQuery &r, const ParentRecord &) {
        return r.value(5).toString(); // p.email_key
    });
}

Result<ParentSearchPage> ParentViewRepository::searchByName(
    const QString &prefix, const ParentSearchCursor &after, int limit) const
{
    const QString p = prefix.trimmed();
    const QString from = after.key.isEmpty() ? p : after.key;
    auto q = run(QStringLiteral("SELECT ") + kParentColumns
            + QStringLiteral(" FROM parents p WHERE p.name >= ? AND p.name < ? "
                             "AND (p.name > ? OR (p.name = ? AND p.id > ?)) "
                             "ORDER BY p.name, p.id LIMIT ?"),
        { p, upperBound(p), from, from, after.key.isEmpty() ? qint64(-1) : after.id, limit });
    return searchPage(
        std::move(q), p, limit, [](const QSqlQuery &, const ParentRecord &parent) { return parent.name; });
}

Result<std::optional<ParentRecord>> ParentViewRepository::parent(qint64 parentId) const
{
    auto q = runKept(
        QStringLiteral("SELECT ") + kViewedParentColumns + QStringLiteral(" FROM parents p WHERE p.id = ?"), { parentId });
    return firstRowOf<ParentRecord>(std::move(q), [](const auto &r) { return viewedParentFrom(r); });
}

Result<std::optional<ParentRecord>> ParentViewRepository::parentByIdHash(const QString &idHash) const
{
    auto q = runKept(QStringLiteral("SELECT ") + kViewedParentColumns
            + QStringLiteral(" FROM parents p WHERE p.national_id_hash = ? ORDER BY p.id LIMIT 1"),
        { idHash });
    return firstRowOf<ParentRecord>(std::move(q), [](const auto &r) { return viewedParentFrom(r); });
}

Result<std::optional<BindingRequestRow>> ParentViewRepository::bindingRequest(qint64 requestId) const
{
    auto q = runKept(QStringLiteral("SELECT ") + kRequestColumns
            + QStringLiteral(" FROM binding_requests br JOIN schools sc ON sc.id = br.school_id "
                             "WHERE br.id = ?"),
        { requestId });
    return firstRowOf<BindingRequestRow>(std::move(q), requestFrom);
}

Result<QList<qint64>> ParentViewRepository::studentsByNumber(const QString &studentNumber) const
{
    auto q = runKept(QStringLiteral("SELECT DISTINCT student_id FROM enrollments WHERE student_number = ? "
                                "ORDER BY student_id LIMIT 50"),
        { studentNumber.trimmed() });
    return rowsOf<qint64>(std::move(q), [](const auto &r) { return id(r.value(0)); });
}

Result<QList<StudentParentLink>> ParentViewRepository::parentsOfStudent(qint64 studentId) const
{
    QList<StudentParentLink> links;
    {
        auto q = runKept(QStringLiteral("SELECT ") + kParentColumns
                + QStringLiteral(", pb.relationship, pb.status FROM parent_bindings pb "
                                 "JOIN parents p ON p.id = pb.parent_id WHERE pb.student_id = ? ORDER BY p.id"),
            { studentId });
        if (!q)
            return q.error();
        for (const QSqlRecord &r : q.value()) {
            StudentParentLink link;
            link.parent = parentFrom(r, 0);
            link.relationship = r.value(5).toString();
            link.bindingStatus = r.value(6).toString();
            links << link;
        }
    }
    // Applicants: the parent by id when the request names one, else by the applicant's national-ID
    // hash (not by e-mail: anybody may apply with someone else's address); else their own line.
    auto q = runKept(QStringLiteral("SELECT ") + kParentColumns
            + QStringLiteral(", br.id, br.status, br.relationship, br.applicant_name, br.applicant_email, "
                             "br.applicant_national_id_masked FROM binding_requests br "
                             "LEFT JOIN parents p ON p.id = coalesce(br.parent_id, (SELECT ph.id FROM parents ph "
                             "WHERE ph.national_id_hash = br.applicant_national_id_hash ORDER BY ph.id LIMIT 1)) "
                             "WHERE br.student_id = ? ORDER BY br.submitted_at, br.id"),
        { studentId });
    if (!q)
        return q.error();
    for (const QSqlRecord &r : q.value()) {
        ParentRecord parent = parentFrom(r, 0);
        const qint64 requestId = id(r.value(5));
        const QString email = r.value(9).toString();
        auto same = std::find_if(links.begin(), links.end(), [&](const StudentParentLink &l) {
            return parent.id && l.parent.id == parent.id;
        });
        if (same == links.end()) {
            StudentParentLink link;
            if (!parent.id) {
                parent.name = r.value(8).toString();
                parent.email = email;
                parent.nationalIdMasked = r.value(10).toString();
            }
            link.parent = parent;
            link.relationship = r.value(7).toString();
            links << link;
            same = links.end() - 1;
        }
        same->requestId = requestId; // ordered by time: the newest request wins
        same->requestStatus = r.value(6).toString();
    }
    return links;
}

// --- A parent's children ----------------------------------------------------------------------

Result<QList<BindingRow>> ParentViewRepository::bindingsOfParent(qint64 parentId) const
{
    auto q = runKept(QStringLiteral("SELECT id, parent_id, student_id, relationship, status, request_id, approved_at, "
                                "ended_at FROM parent_bindings WHERE parent_id = ? ORDER BY student_id"),
        { parentId });
    return rowsOf<BindingRow>(std::move(q), [](const auto &r) {
        return BindingRow { id(r.value(0)), id(r.value(1)), id(r.value(2)), r.value(3).toString(),
            r.value(4).toString(), id(r.value(5)), Database::toDateTime(r.value(6)), Database::toDateTime(r.value(7)) };
    });
}

Result<QList<BindingRequestRow>> ParentViewRepository::requestsOfParent(qint64 parentId, const QString &idHash) const
{
    // Two indexed lookups (parent id; the applicant's national-ID hash), merged here. Not by
    // e-mail: anybody may apply with someone else's address (binding review refuses it), and
    // that request is not that parent's.
    QList<BindingRequestRow> rows;
    const QString base = QStringLiteral("SELECT ") + kRequestColumns
        + QStringLiteral(" FROM binding_requests br JOIN schools sc ON sc.id = br.school_id WHERE ");
    if (parentId) {
        auto q = runKept(base + QStringLiteral("br.parent_id = ?"), { parentId });
        if (!q)
            return q.error();
        for (const QSqlRecord &r : q.value())
            rows << requestFrom(r);
    }
    if (!idHash.isEmpty()) {
        auto q = run(base + QStringLiteral("br.applicant_national_id_hash = ?"), { idHash });
        if (!q)
            return q.error();
        while (q.value().next()) {
            BindingRequestRow r = requestFrom(q.value().record());
            // A match that names another parent record is that parent's request.
            if (r.parentId && r.parentId != parentId)
                continue;
            if (std::none_of(rows.cbegin(), rows.cend(), [&](const BindingRequestRow &x) { return x.id == r.id; }))
                rows << r;
        }
    }
    std::sort(
        rows.begin(), rows.end(), [](const BindingRequestRow &a, const BindingRequestRow &b) { return a.id < b.id; });
    return rows;
}

Result<QList<StudentRecord>> ParentViewRepository::students(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return QList<StudentRecord>();
    auto q = runKept(QStringLiteral("SELECT id, name, national_id_masked FROM students WHERE id IN (")
            + placeholders(ids.size()) + QStringLiteral(") ORDER BY id"),
        asValues(ids));
    return rowsOf<StudentRecord>(std::move(q), [](const auto &r) {
        return StudentRecord { id(r.value(0)), r.value(1).toString(), r.value(2).toString() };
    });
}

Result<QList<EnrollmentRow>> ParentViewRepository::enrollments(const QList<qint64> &studentIds) const
{
    if (studentIds.isEmpty())
        return QList<EnrollmentRow>();
    auto q = runKept(QStringLiteral("SELECT e.id, e.student_id, e.school_id, sc.code, sc.name, e.school_year, "
                                "e.class_id, c.name, e.seat, e.student_number, e.status, e.start_date, e.end_date "
                                "FROM enrollments e JOIN schools sc ON sc.id = e.school_id "
                                "LEFT JOIN classes c ON c.id = e.class_id WHERE e.student_id IN (")
            + placeholders(studentIds.size()) + QStringLiteral(") ORDER BY e.student_id, e.start_date, e.id"),
        asValues(studentIds));
    return rowsOf<EnrollmentRow>(std::move(q), [](const auto &r) {
        EnrollmentRow e;
        e.id = id(r.value(0));
        e.studentId = id(r.value(1));
        e.schoolId = id(r.value(2));
        e.schoolCode = r.value(3).toString();
        e.schoolName = r.value(4).toString();
        e.schoolYear = r.value(5).toInt();
        e.classId = id(r.value(6));
        e.className = r.value(7).toString();
        e.seat = r.value(8).toInt();
        e.studentNumber = r.value(9).toString();
        e.status = r.value(10).toString();
        e.startDate = Database::toDate(r.value(11));
        e.endDate = Database::toDate(r.value(12));
        return e;
    });
}

// --- One child's records ----------------------------------------------------------------------

Result<QList<GradeRow>> ParentViewRepository::grades(qint64 studentId, int schoolYear) const
{
    auto q = runKept(QStringLiteral("SELECT g.id, sc.name, g.school_year, g.semester, g.subject, g.exam, g.score, "
                                "g.recorded_at FROM grades g JOIN schools sc ON sc.id = g.school_id "
                                "WHERE g.student_id = ? AND g.school_year = ? "
                                "ORDER BY g.semester DESC, g.recorded_at DESC, g.id DESC"),
        { studentId, schoolYear });
    return rowsOf<GradeRow>(std::move(q), [](const auto &r) {
        return GradeRow { id(r.value(0)), r.value(1).toString(), r.value(2).toInt(), r.value(3).toInt(),
            r.value(4).toString(), r.value(5).toString(), r.value(6).toDouble(), Database::toDateTime(r.value(7)) };
    });
}

Result<QList<AttendanceRow>> ParentViewRepository::attendance(qint64 studentId, QDate from, QDate to) const
{
    auto q = runKept(QStringLiteral("SELECT id, date, period, code, leave_request_id, recorded_at FROM attendance "
                                "WHERE student_id = ? AND date >= ? AND date <= ? "
                                "ORDER BY date DESC, period, id"),
        { studentId, date(from), date(to) });
    return rowsOf<AttendanceRow>(std::move(q), [](const auto &r) {
        return AttendanceRow { id(r.value(0)), Database::toDate(r.value(1)), r.value(2).toString(),
            r.value(3).toString(), id(r.value(4)), Database::toDateTime(r.value(5)) };
    });
}

Result<QList<MeritRow>> ParentViewRepository::merits(qint64 studentId, QDate from, QDate to) const
{
    auto q = runKept(QStringLiteral("SELECT id, date, kind, count, reason, recorded_at FROM merits "
                                "WHERE student_id = ? AND date >= ? AND date <= ? ORDER BY date DESC, id DESC"),
        { studentId, date(from), date(to) });
    return rowsOf<MeritRow>(std::move(q), [](const auto &r) {
        return MeritRow { id(r.value(0)), Database::toDate(r.value(1)), r.value(2).toString(), r.value(3).toInt(),
            r.value(4).toString(), Database::toDateTime(r.value(5)) };
    });
}

Result<QList<GateSwipeRow>> ParentViewRepository::gateSwipes(
    qint64 studentId, const QDateTime &until, const GateSwipeCursor &before, int limit) const
{
    QString sql = QStringLiteral("SELECT id, at, direction, gate FROM gate_swipes WHERE student_id = ? AND at <= ?");
    QVariantList values = { studentId, m_db.timestamp(before.at.isValid() ? std::min(until, before.at) : until) };
    if (before.at.isValid()) {
        sql += QStringLiteral(" AND (at < ? OR (at = ? AND id < ?))");
        values << m_db.timestamp(before.at) << m_db.timestamp(before.at) << before.id;
    }
    sql += QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ?");
    values << limit;
    auto q = runKept(sql, values);
    return rowsOf<GateSwipeRow>(std::move(q), [](const auto &r) {
        return GateSwipeRow {
            id(r.value(0)), Database::toDateTime(r.value(1)), r.value(2).toString(), r.value(3).toString()
        };
    });
}

Result<QList<LeaveRow>> ParentViewRepository::leaveRequests(qint64 studentId, QDate from) const
{
    auto q
        = runKept(QStringLiteral("SELECT lr.id, lt.code, lt.name_zh, lt.name_en, lr.reason, lr.start_date, lr.end_date, "
                             "lr.status, lr.submitted_at, lr.decided_at, lr.decision_note, lr.parent_id, p.name, "
                             "(SELECT count(*) FROM leave_request_periods lp WHERE lp.leave_request_id = lr.id) "
                             "FROM leave_requests lr JOIN leave_types lt ON lt.id = lr.leave_type_id "
                             "LEFT JOIN parents p ON p.id = lr.parent_id "
                             "WHERE lr.student_id = ? AND lr.start_date >= ? ORDER BY lr.start_date DESC, lr.id DESC"),
            { studentId, date(from) });
    return rowsOf<LeaveRow>(std::move(q), [](const auto &r) {
        LeaveRow l;
        l.id = id(r.value(0));
        l.typeCode = r.value(1).toString();
        l.typeNameZh = r.value(2).toString();
        l.typeNameEn = r.value(3).toString();
        l.reason = r.value(4).toString();
        l.startDate = Database::toDate(r.value(5));
        l.endDate = Database::toDate(r.value(6));
        l.status = r.value(7).toString();
        l.submittedAt = Database::toDateTime(r.value(8));
        l.decidedAt = Database::toDateTime(r.value(9));
        l.decisionNote = r.value(10).toString();
        l.parentId = id(r.value(11));
        l.parentName = r.value(12).toString();
        l.periods = r.value(13).toInt();
        return l;
    });
}

Result<QList<NoticeRow>> ParentViewRepository::noticesForChild(
    qint64 studentId, qint64 parentId, const QDateTime &since) const
{
    // One row per (notice, addressed parent); folded into one NoticeRow per notice.
    auto q
        = runKept(QStringLiteral("SELECT n.id, n.school_id, n.title, n.body, n.status, n.requires_reply, n.reply_deadline, "
                             "n.created_at, n.published_at, r.parent_id, p.name, r.read_at, rep.choice, rep.comment, "
                             "rep.channel, rep.replied_at "
                             "FROM notice_recipients r JOIN notices n ON n.id = r.notice_id "
                             "JOIN parents p ON p.id = r.parent_id "
                             "LEFT JOIN notice_replies rep ON rep.notice_id = r.notice_id "
                             "AND rep.parent_id = r.parent_id AND rep.student_id = r.student_id "
                             "WHERE r.student_id = ? AND n.created_at >= ? ORDER BY n.id DESC, r.parent_id"),
            { studentId, m_db.timestamp(since) });
    if (!q)
        return q.error();
    QList<NoticeRow> rows;
    for (const QSqlRecord &r : q.value()) {
        const qint64 noticeId = id(r.value(0));
        if (rows.isEmpty() || rows.last().id != noticeId) {
            NoticeRow n;
            n.id = noticeId;
            n.schoolId = id(r.value(1));
            n.title = r.value(2).toString();
            n.body = r.value(3).toString();
            n.status = r.value(4).toString();
            n.requiresReply = r.value(5).toBool();
            n.replyDeadline = Database::toDateTime(r.value(6));
            n.createdAt = Database::toDateTime(r.value(7));
            n.publishedAt = Database::toDateTime(r.value(8));
            rows << n;
        }
        NoticeRow &n = rows.last();
        if (id(r.value(9)) == parentId) {
            n.addressedToParent = true;
            n.readAt = Database::toDateTime(r.value(11));
            n.replyChoice = r.value(12).toString();
            n.replyComment = r.value(13).toString();
            n.replyChannel = r.value(14).toString();
            n.repliedAt = Database::toDateTime(r.value(15));
        } else {
            n.otherRecipients << r.value(10).toString();
        }
    }
    return rows;
}

Result<QList<NoticeRow>> ParentViewRepository::unaddressedNotices(
    qint64 schoolId, qint64 studentId, const QDateTime &since, const QDateTime &until, int limit) const
{
    auto q = run(QStringLiteral("SELECT n.id, n.title, n.status, n.created_at, n.published_at FROM notices n "
                                "WHERE n.school_id = ? AND n.created_at >= ? AND n.created_at <= ? "
                                "AND NOT EXISTS (SELECT 1 FROM notice_recipients r "
                                "WHERE r.notice_id = n.id AND r.student_id = ?) "
                                "ORDER BY n.id DESC LIMIT ?"),
        { schoolId, m_db.timestamp(since), m_db.timestamp(until), studentId, limit });
    return rowsOf<NoticeRow>(std::move(q), [schoolId](const QSqlQuery &r) {
        NoticeRow n;
        n.id = id(r.value(0));
        n.schoolId = schoolId;
        n.title = r.value(1).toString();
        n.status = r.value(2).toString();
        n.createdAt = Database::toDateTime(r.value(3));
        n.publishedAt = Database::toDateTime(r.value(4));
        return n;
    });
}

Result<QList<ContactBookRow>> ParentViewRepository::contactBook(
    qint64 classId, qint64 parentId, qint64 studentId, QDate from, QDate to) const
{
    auto q = runKept(QStringLiteral("SELECT e.id, e.date, e.body, s.name, e.created_at, a.acknowledged_at "
                                "FROM contact_book_entries e LEFT JOIN staff s ON s.id = e.author_staff_id "
                                "LEFT JOIN contact_book_acks a ON a.entry_id = e.id AND a.parent_id = ? "
                                "AND a.student_id = ? "
                                "WHERE e.class_id = ? AND e.date >= ? AND e.date <= ? "
                                "ORDER BY e.date DESC, e.id DESC"),
        { parentId, studentId, classId, date(from), date(to) });
    return rowsOf<ContactBookRow>(std::move(q), [](const auto &r) {
        return ContactBookRow { id(r.value(0)), Database::toDate(r.value(1)), r.value(2).toString(),
            r.value(3).toString(), Database::toDateTime(r.value(4)), Database::toDateTime(r.value(5)) };
    });
}

Result<QList<ActivityRow>> ParentViewRepository::activities(qint64 studentId) const
{
    // The newest payment of each registration (a refund follows a payment).
    auto q = runKept(QStringLiteral("SELECT ar.id, a.id, a.title, a.fee_cents, a.starts_on, ar.status, ar.registered_at, "
                                "pay.id, pay.amount_cents, pay.status, pay.paid_at, pay.reference "
                                "FROM activity_registrations ar JOIN activities a ON a.id = ar.activity_id "
                                "LEFT JOIN payments pay ON pay.registration_id = ar.id "
                                "WHERE ar.student_id = ? ORDER BY ar.registered_at DESC, ar.id DESC, pay.id DESC"),
        { studentId });
    if (!q)
        return q.error();
    QList<ActivityRow> rows;
    for (const QSqlRecord &r : q.value()) {
        const qint64 registrationId = id(r.value(0));
        if (!rows.isEmpty() && rows.last().registrationId == registrationId)
            continue;
        ActivityRow a;
        a.registrationId = registrationId;
        a.activityId = id(r.value(1));
        a.title = r.value(2).toString();
        a.feeCents = r.value(3).toLongLong();
        a.startsOn = Database::toDate(r.value(4));
        a.registrationStatus = r.value(5).toString();
        a.registeredAt = Database::toDateTime(r.value(6));
        a.paymentId = id(r.value(7));
        a.amountCents = r.value(8).toLongLong();
        a.paymentStatus = r.value(9).toString();
        a.paidAt = Database::toDateTime(r.value(10));
        a.paymentReference = r.value(11).toString();
        rows << a;
    }
    return rows;
}

} // namespace cooc
