#include "models/bindingrequestrepository.h"

#include "models/auditlog.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace cooc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::BindingRequestRepository", text);
}

// The student's latest enrollment at the request's school decides where they stand: the
// one with no later (school year, id) for the same student and school. Spelled as a join on
// the student and school with an anti-join, not as `e.id = (SELECT … LIMIT 1)`: PostgreSQL
// cannot look up an index with a sub-query's value, so it hashed every enrollment of the
// school (office staff: 3,000 rows in a school of 3,000, 2 ms) to join one request.
const QString kFrom = QStringLiteral(
    " FROM binding_requests br"
    " JOIN students s ON s.id = br.student_id"
    " LEFT JOIN enrollments e ON e.student_id = br.student_id AND e.school_id = br.school_id"
    " AND NOT EXISTS (SELECT 1 FROM enrollments e2 WHERE e2.student_id = e.student_id"
    " AND e2.school_id = e.school_id AND (e2.school_year > e.school_year"
    " OR (e2.school_year = e.school_year AND e2.id > e.id)))"
    " LEFT JOIN classes c ON c.id = e.class_id");

// The text just past every character a prefix can be followed by (U+10FFFF): with a binary
// ("C") collation, `x >= p AND x < p + this` is "x starts with p" and uses a plain index.
QString prefixEnd(const QString &prefix)
{
    return prefix + QString::fromUcs4(U"\U0010FFFF");
}

QString collateC(Dialect dialect)
{
    return dialect == Dialect::Postgres ? QStringLiteral(" COLLATE \"C\"") : QString();
}

// A count planned for this call's values. Counts go through exec(), not scalar()'s kept
// statements: PostgreSQL gives a statement kept prepared a generic plan after five runs, and
// one plan does not fit a status with 300,000 rows and one with 30 (a generic plan for the
// waiting count scanned a whole school's requests: 130 ms instead of 2).
Result<int> countOf(const Database &db, const QString &sql, const QVariantList &values)
{
    auto q = db.exec(sql, values);
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toInt() : 0;
}

// Several counts as one statement, `SELECT (count 1), (count 2), …` (planned for this call's
// values like countOf).
Result<QList<int>> countsOf(const Database &db, const QList<BindingRequestRepository::Clause> &counts)
{
    QStringList columns;
    QVariantList values;
    for (const BindingRequestRepository::Clause &count : counts) {
        columns << QLatin1Char('(') + count.sql + QLatin1Char(')');
        values << count.values;
    }
    auto q = db.exec(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")), values);
    if (!q)
        return q.error();
    QList<int> result;
    const bool row = q.value().next();
    for (qsizetype i = 0; i < counts.size(); ++i)
        result << (row ? q.value().value(int(i)).toInt() : 0);
    return result;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

// A narrow search's matching requests: those of students whose name starts with the text,
// with an applicant e-mail that does, and of students whose number at the request's school
// does (values: name range, e-mail range, number range; on PostgreSQL the number range again).
// On PostgreSQL the students are collected first into an array (an InitPlan, run once), and
// the requests are found by `student_id = ANY(array)` on their index. Joined instead, the
// plan depends on how many students the planner guesses a CJK prefix matches: with some
// statistics samples it hashed all 330,000 requests of a one-school city (110–150 ms instead
// of 15). An array of unknown length is estimated small, so the index is used every time.
QString narrowSearch(Dialect dialect)
{
    const QString c = collateC(dialect);
    const QString email = QStringLiteral(" UNION SELECT b2.id FROM binding_requests b2 WHERE lower(b2.applicant_email)")
        + c + QStringLiteral(" >= ? AND lower(b2.applicant_email)") + c + QStringLiteral(" < ?");
    const QString numberInSchool = QStringLiteral(" JOIN enrollments e3 ON e3.student_id = b3.student_id"
                                                  " AND e3.school_id = b3.school_id WHERE e3.student_number")
        + c + QStringLiteral(" >= ? AND e3.student_number") + c + QStringLiteral(" < ?");
    if (dialect != Dialect::Postgres)
        return QStringLiteral("SELECT b1.id FROM binding_requests b1 JOIN students s1 ON s1.id = b1.student_id"
                              " WHERE s1.name >= ? AND s1.name < ?")
            + email + QStringLiteral(" UNION SELECT b3.id FROM binding_requests b3") + numberInSchool;
    return QStringLiteral("SELECT b1.id FROM binding_requests b1 WHERE b1.student_id = ANY(ARRAY("
                          "SELECT s1.id FROM students s1 WHERE s1.name") + c + QStringLiteral(" >= ? AND s1.name") + c
        + QStringLiteral(" < ?))") + email
        + QStringLiteral(" UNION SELECT b3.id FROM binding_requests b3") + numberInSchool
        + QStringLiteral(" AND b3.student_id = ANY(ARRAY(SELECT e4.student_id FROM enrollments e4"
                         " WHERE e4.student_number") + c + QStringLiteral(" >= ? AND e4.student_number") + c
        + QStringLiteral(" < ?))");
}

} // namespace

BindingRequestRepository::BindingRequestRepository(const Database &db, Actor actor, int schoolYear)
    : m_db(db), m_actor(std::move(actor)), m_schoolYear(schoolYear)
{
}

QString BindingRequestRepository::summarySelect()
{
    return QStringLiteral(
               "SELECT br.id, br.version, br.school_id, br.status, br.student_id, s.name,"
               " e.student_number, e.class_id, c.name, e.seat, e.status, e.school_year, e.id,"
               " br.applicant_name, br.applicant_email, br.relationship,"
               " CASE WHEN coalesce(length(br.delegation_document), 0) = 0 THEN 0 ELSE 1 END,"
               " br.verification_verdict, br.household_result, br.submitted_at, br.decided_at")
        + kFrom;
}

bool BindingRequestRepository::actorSeesNothing() const
{
    return !m_actor.isSchoolWide() && m_actor.homeroomClassIds.isEmpty();
}

BindingRequestRepository::Clause BindingRequestRepository::scopeClause() const
{
    if (m_actor.has(Actor::Role::System))
        return {QStringLiteral("1 = 1"), {}};
    if (m_actor.isSchoolWide())
        return {QStringLiteral("br.school_id = ?"), {m_actor.schoolId}};
    Clause clause;
    clause.sql = QStringLiteral("br.school_id = ? AND br.student_id IN (SELECT en.student_id FROM enrollments en"
                                " WHERE en.class_id IN (")
        + placeholders(m_actor.homeroomClassIds.size())
        + QStringLiteral(") AND en.status = 'enrolled' AND en.school_year = ? AND en.school_id = ?)");
    clause.values << m_actor.schoolId;
    for (qint64 classId : m_actor.homeroomClassIds)
        clause.values << classId;
    clause.values << m_schoolYear << m_actor.schoolId;
    return clause;
}

BindingRequestRepository::Clause BindingRequestRepository::filterClause(const BindingQueueFilter &filter,
                                                                        bool includeStatus) const
{
    Clause clause;
    QStringList parts;
    if (includeStatus && filter.waiting) {
        parts << QStringLiteral("br.status IN (?, ?)");
        clause.values << binding::code(binding::Status::Pending) << binding::code(binding::Status::InfoRequested);
    } else if (includeStatus && filter.status) {
        parts << QStringLiteral("br.status = ?");
        clause.values << binding::code(*filter.status);
    }
    if (filter.classId > 0) {
        parts << QStringLiteral("br.student_id IN (SELECT ef.student_id FROM enrollments ef WHERE ef.class_id = ?"
                                " AND ef.status = 'enrolled' AND ef.school_year = ?)");
        clause.values << filter.classId << m_schoolYear;
    }
    if (filter.verdict) {
        parts << QStringLiteral("br.verification_verdict = ?");
        clause.values << binding::code(*filter.verdict);
    }
    if (filter.household) {
        parts << QStringLiteral("br.household_result = ?");
        clause.values << binding::code(*filter.household);
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        // "Starts with", as a range on the binary collation (indexed on both dialects). A
        // narrow search collects the matching requests first (three index ranges); a broad one
        // (a single surname matches thousands) walks the queue newest first and tests each
        // request, which stops as soon as a page is full.
        const QString c = collateC(m_db.dialect());
        const QString email = search.toLower();
        const bool broad = searchIsBroad(search);
        if (broad) {
            parts << QStringLiteral("(EXISTS (SELECT 1 FROM students s1 WHERE s1.id = br.student_id AND s1.name") + c
                    + QStringLiteral(" >= ? AND s1.name") + c + QStringLiteral(" < ?) OR (lower(br.applicant_email)") + c
                    + QStringLiteral(" >= ? AND lower(br.applicant_email)") + c
                    + QStringLiteral(" < ?) OR EXISTS (SELECT 1 FROM enrollments e3 WHERE e3.student_id = br.student_id"
                                     " AND e3.school_id = br.school_id AND e3.student_number") + c
                    + QStringLiteral(" >= ? AND e3.student_number") + c + QStringLiteral(" < ?))");
        } else {
            parts << QStringLiteral("br.id IN (") + narrowSearch(m_db.dialect()) + QStringLiteral(")");
        }
        clause.values << search << prefixEnd(search) << email << prefixEnd(email) << search << prefixEnd(search);
        if (!broad && m_db.dialect() == Dialect::Postgres)
            clause.values << search << prefixEnd(search); // the student number's range, twice
    }
    clause.sql = parts.isEmpty() ? QStringLiteral("1 = 1") : parts.join(QStringLiteral(" AND "));
    return clause;
}

bool BindingRequestRepository::searchIsBroad(const QString &search) const
{
    const QString c = collateC(m_db.dialect());
    const QString email = search.toLower();
    // Three capped index range counts: cheap however broad the prefix is.
    auto n = countOf(m_db,
        QStringLiteral("SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM students WHERE name") + c + QStringLiteral(" >= ? AND name")
            + c + QStringLiteral(" < ? LIMIT ?) x1) + (SELECT COUNT(*) FROM (SELECT 1 FROM binding_requests"
                                 " WHERE lower(applicant_email)") + c + QStringLiteral(" >= ? AND lower(applicant_email)") + c
            + QStringLiteral(" < ? LIMIT ?) x2) + (SELECT COUNT(*) FROM (SELECT 1 FROM enrollments WHERE student_number")
            + c + QStringLiteral(" >= ? AND student_number") + c + QStringLiteral(" < ? LIMIT ?) x3)"),
        {search, prefixEnd(search), m_broadSearch, email, prefixEnd(email), m_broadSearch, search, prefixEnd(search),
         m_broadSearch});
    return n && n.value() >= m_broadSearch;
}

template<typename Row> // QSqlQuery (a page's rows) or QSqlRecord (one row by key)
BindingRequestSummary BindingRequestRepository::summaryFromRow(const Row &q) const
{
    BindingRequestSummary r;
    r.id = q.value(0).toLongLong();
    r.version = q.value(1).toInt();
    r.schoolId = q.value(2).toLongLong();
    r.status = binding::statusFromCode(q.value(3).toString()).value_or(binding::Status::Pending);
    r.studentId = q.value(4).toLongLong();
    r.studentName = q.value(5).toString();
    r.studentNumber = q.value(6).toString();
    r.classId = q.value(7).toLongLong();
    r.className = q.value(8).toString();
    r.seat = q.value(9).toInt();
    r.enrollment = binding::enrollmentFrom(q.value(10).toString(), !q.value(12).isNull(), !q.value(7).isNull(),
                                           q.value(11).toInt(), m_schoolYear);
    r.applicantName = q.value(13).toString();
    r.applicantEmail = q.value(14).toString();
    r.relationship = binding::relationshipFromCode(q.value(15).toString()).value_or(binding::Relationship::Guardian);
    r.hasDelegationDocument = q.value(16).toInt() != 0;
    r.verdict = binding::verdictFromCode(q.value(17).toString()).value_or(binding::Verdict::NotVerified);
    r.household = binding::householdFromCode(q.value(18).toString()).value_or(binding::Household::NotChecked);
    r.submittedAt = Database::toDateTime(q.value(19));
    r.decidedAt = Database::toDateTime(q.value(20));
    return r;
}

BindingRequestRepository::Clause BindingRequestRepository::pageQuery(const BindingQueueFilter &filter, qint64 afterId,
                                                                      int limit) const
{
    // Keyset ordering: the rows after the anchor (the last row of the previous page) in the
    // chosen order, the anchor's own key read by id in the same statement. Ties are broken by
    // id, so every order is total and no row repeats or goes missing between pages.
    const Clause scope = scopeClause();
    const Clause where = filterClause(filter, true);
    const bool descending
        = filter.order == BindingQueueOrder::NewestFirst || filter.order == BindingQueueOrder::ClassDescending;
    const bool byClass
        = filter.order == BindingQueueOrder::ClassAscending || filter.order == BindingQueueOrder::ClassDescending;
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString comparison = descending ? QStringLiteral("<") : QStringLiteral(">");
    // The page's ids come from binding_requests alone — an index walk on (school, status, key,
    // id) or (school, key, id) that stops after `limit` rows — then the joins for those rows
    // only. The class key is stored on the request (migration 0014) and kept up to date by
    // the database whenever an enrollment or a class changes.
    const QString key = byClass ? QStringLiteral("place_key") : QStringLiteral("submitted_at");
    Clause query;
    QString ids = QStringLiteral("SELECT br.id FROM binding_requests br WHERE ") + scope.sql + QStringLiteral(" AND ")
        + where.sql;
    query.values = scope.values + where.values;
    if (afterId > 0) {
        // A row comparison: PostgreSQL seeks the index to exactly (key, id) of the anchor.
        ids += QStringLiteral(" AND (br.%1, br.id) %2 ((SELECT a.%1 FROM binding_requests a WHERE a.id = ?), ?)")
                   .arg(key, comparison);
        query.values << afterId << afterId;
    }
    const QString order = QStringLiteral(" ORDER BY br.%1%2, br.id%2").arg(key, direction);
    ids += order + QStringLiteral(" LIMIT ?");
    query.values << limit;
    query.sql = summarySelect() + QStringLiteral(" WHERE br.id IN (") + ids + QStringLiteral(")") + order;
    return query;
}

Result<QList<BindingRequestSummary>> BindingRequestRepository::page(const BindingQueueFilter &filter, qint64 afterId,
                                                                    int limit) const
{
    if (limit <= 0 || actorSeesNothing())
        return QList<BindingRequestSummary>();
    const Clause query = pageQuery(filter, afterId, limit);
    auto q = m_db.exec(query.sql, query.values);
    if (!q)
        return q.error();
    QList<BindingRequestSummary> rows;
    rows.reserve(limit);
    while (q.value().next())
        rows << summaryFromRow(q.value());
    return rows;
}

Result<std::optional<BindingRequestSummary>> BindingRequestRepository::summary(qint64 id) const
{
    if (actorSeesNothing())
        return std::optional<BindingRequestSummary>();
    const Clause scope = scopeClause();
    auto row = m_db.row(summarySelect() + QStringLiteral(" WHERE br.id = ? AND ") + scope.sql,
                        QVariantList{id} + scope.values);
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<BindingRequestSummary>();
    return std::optional(summaryFromRow(*row.value()));
}

Result<QHash<binding::Status, int>> BindingRequestRepository::countsByStatus(const BindingQueueFilter &filter) const
{
    QHash<binding::Status, int> counts;
    if (actorSeesNothing())
        return counts;
    const Clause scope = scopeClause();
    const Clause where = filterClause(filter, false);
    auto q = m_db.exec(QStringLiteral("SELECT br.status, COUNT(*) FROM binding_requests br WHERE ") + scope.sql
                           + QStringLiteral(" AND ") + where.sql + QStringLiteral(" GROUP BY br.status"),
                       scope.values + where.values);
    if (!q)
        return q.error();
    while (q.value().next()) {
        if (auto status = binding::statusFromCode(q.value().value(0).toString()))
            counts.insert(*status, q.value().value(1).toInt());
    }
    return counts;
}

namespace {
// The statuses the queue counts, in the order of statusCountQueries().
constexpr binding::Status kCountedStatuses[] = {binding::Status::Pending, binding::Status::InfoRequested,
                                                binding::Status::Approved, binding::Status::Rejected,
                                                binding::Status::Withdrawn};
} // namespace

BindingRequestRepository::Clause BindingRequestRepository::statusCountQuery(binding::Status status, int cap) const
{
    const Clause scope = scopeClause();
    return {QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM binding_requests br WHERE ") + scope.sql
                + QStringLiteral(" AND br.status = ? LIMIT ?) x"),
            scope.values + QVariantList{binding::code(status), cap + 1}};
}

QList<BindingRequestRepository::Clause> BindingRequestRepository::statusCountQueries(int cap) const
{
    QList<Clause> queries;
    for (binding::Status status : kCountedStatuses)
        queries << statusCountQuery(status, cap);
    return queries;
}

Result<QHash<binding::Status, int>> BindingRequestRepository::statusCounts(int cap) const
{
    QHash<binding::Status, int> counts;
    if (actorSeesNothing())
        return counts;
    auto n = countsOf(m_db, statusCountQueries(cap));
    if (!n)
        return n.error();
    for (qsizetype i = 0; i < std::ssize(kCountedStatuses); ++i)
        counts.insert(kCountedStatuses[i], n.value().at(i));
    return counts;
}

Result<BindingRequestRepository::QueueCounts> BindingRequestRepository::queueCounts() const
{
    QueueCounts counts;
    if (actorSeesNothing())
        return counts;
    auto n = countsOf(m_db, statusCountQueries(kCountCap) << fastTrackCountQuery(kFastTrackBatch + 1));
    if (!n)
        return n.error();
    for (qsizetype i = 0; i < std::ssize(kCountedStatuses); ++i)
        counts.byStatus.insert(kCountedStatuses[i], n.value().at(i));
    counts.fastTrack = n.value().at(std::ssize(kCountedStatuses));
    return counts;
}

int BindingRequestRepository::waitingTotal(const QHash<binding::Status, int> &counts)
{
    return std::min(counts.value(binding::Status::Pending) + counts.value(binding::Status::InfoRequested), kCountCap + 1);
}

QString BindingRequestRepository::countText(int count, int cap)
{
    const QLocale locale;
    //: A count that was not counted further than the number shown, e.g. "1,000+"
    return count > cap ? tr("%1+").arg(locale.toString(cap)) : locale.toString(count);
}

Result<QList<BindingClassOption>> BindingRequestRepository::classes() const
{
    QList<BindingClassOption> options;
    Result<QSqlQuery> q = Error{};
    if (m_actor.has(Actor::Role::System)) {
        q = m_db.exec(QStringLiteral("SELECT id, name FROM classes WHERE school_year = ? ORDER BY grade, number, id"),
                      {m_schoolYear});
    } else if (m_actor.isSchoolWide()) {
        q = m_db.exec(QStringLiteral("SELECT id, name FROM classes WHERE school_id = ? AND school_year = ?"
                                     " ORDER BY grade, number"),
                      {m_actor.schoolId, m_schoolYear});
    } else {
        if (m_actor.homeroomClassIds.isEmpty())
            return options;
        QVariantList values{m_actor.schoolId};
        for (qint64 id : m_actor.homeroomClassIds)
            values << id;
        q = m_db.exec(QStringLiteral("SELECT id, name FROM classes WHERE school_id = ? AND id IN (")
                          + placeholders(m_actor.homeroomClassIds.size()) + QStringLiteral(") ORDER BY grade, number"),
                      values);
    }
    if (!q)
        return q.error();
    while (q.value().next())
        options << BindingClassOption{q.value().value(0).toLongLong(), q.value().value(1).toString()};
    return options;
}

BindingRequestRepository::Clause BindingRequestRepository::fastTrackWhere() const
{
    const Clause scope = scopeClause();
    // A caregiver who needs the delegation letter qualifies only with it (needsDelegationLetter).
    QStringList needLetter;
    for (binding::Relationship r : {binding::Relationship::Father, binding::Relationship::Mother,
                                    binding::Relationship::Guardian, binding::Relationship::Grandparent,
                                    binding::Relationship::Delegate}) {
        if (needsDelegationLetter(r))
            needLetter << binding::code(r);
    }
    return {scope.sql
                + QStringLiteral(" AND br.status = 'pending' AND br.verification_verdict = 'TOTAL_PASSED'"
                                 " AND br.household_result = 'MATCH' AND e.status = 'enrolled'"
                                 " AND e.class_id IS NOT NULL AND e.school_year >= ?"
                                 " AND (length(br.delegation_document) > 0 OR br.relationship NOT IN (")
                + placeholders(needLetter.size()) + QStringLiteral("))"),
            scope.values + QVariantList{m_schoolYear} + QVariantList(needLetter.cbegin(), needLetter.cend())};
}

Result<QList<BindingRequestSummary>> BindingRequestRepository::fastTrackCandidates(int limit) const
{
    QList<BindingRequestSummary> rows;
    if (actorSeesNothing() || limit <= 0)
        return rows;
    const Clause where = fastTrackWhere();
    // The requests waiting longest first: by submission time (office staff: the walk of
    // binding_requests_submitted_idx, school + status + submitted_at + id, that stops at `limit`).
    auto q = m_db.exec(summarySelect() + QStringLiteral(" WHERE ") + where.sql
                           + QStringLiteral(" ORDER BY br.submitted_at, br.id LIMIT ?"),
                       where.values + QVariantList{limit});
    if (!q)
        return q.error();
    while (q.value().next())
        rows << summaryFromRow(q.value());
    return rows;
}

Result<int> BindingRequestRepository::fastTrackCount(int cap) const
{
    if (actorSeesNothing() || cap <= 0)
        return 0;
    const Clause count = fastTrackCountQuery(cap);
    return countOf(m_db, count.sql, count.values);
}

BindingRequestRepository::Clause BindingRequestRepository::fastTrackCountQuery(int cap) const
{
    // Counting stops at `cap` rows: the button only needs "N" or "more than a batch".
    const Clause where = fastTrackWhere();
    return {QStringLiteral("SELECT COUNT(*) FROM (SELECT br.id") + kFrom + QStringLiteral(" WHERE ") + where.sql
                + QStringLiteral(" LIMIT ?) candidates"),
            where.values + QVariantList{cap}};
}

BindingRequestRepository::Clause BindingRequestRepository::detailsQuery(qint64 id) const
{
    const Clause scope = scopeClause();
    return {summarySelect().replace(
                kFrom,
                QStringLiteral(", s.national_id_masked, br.applicant_phone, br.applicant_national_id_masked,"
                               " br.applicant_id_last4, br.applicant_national_id_hash, br.parent_id,"
                               " %1, br.consent_document, br.delegation_document,"
                               " br.signature_format, CASE WHEN br.signature IS NULL THEN 0 ELSE 1 END,"
                               " br.verification_subindication, br.verification_report, br.verified_at,"
                               " br.household_checked_at, st.name, br.decision_reason, br.decision_note,"
                               " br.paper_consent_checked, e.end_date")
                        .arg(hasInitialPasswordSql())
                    + kFrom + QStringLiteral(" LEFT JOIN staff st ON st.id = br.decided_by"))
                + QStringLiteral(" WHERE br.id = ? AND ") + (actorSeesNothing() ? QStringLiteral("1 = 0") : scope.sql),
            QVariantList{id} + (actorSeesNothing() ? QVariantList() : scope.values)};
}

QString BindingRequestRepository::hasInitialPasswordSql() const
{
    // On PostgreSQL staff may not read the hash (0023): the database answers whether there is one.
    return m_db.dialect() == Dialect::Postgres ? QStringLiteral("cooc_request_has_initial_password(br.id)")
                                               : QStringLiteral("(coalesce(br.initial_password_hash, '') <> '')");
}

Result<BindingRequestDetails> BindingRequestRepository::details(qint64 id, Depth depth) const
{
    BindingRequestDetails d;
    QString enrollmentEnd;
    {
        const Clause query = detailsQuery(id);
        auto row = m_db.row(query.sql, query.values);
        if (!row)
            return row.error();
        const bool found = row.value().has_value();
        if (found) {
            const QSqlRecord &r = *row.value();
            d.summary = summaryFromRow(r);
            d.enrollmentStatusCode = r.value(10).toString();
            d.enrollmentSchoolYear = r.value(11).toInt();
            d.studentMaskedId = r.value(21).toString();
            d.applicantPhone = r.value(22).toString();
            d.applicantMaskedId = r.value(23).toString();
            d.applicantIdLast4 = r.value(24).toString();
            d.applicantIdHash = r.value(25).toString();
            d.knownParentId = r.value(26).toLongLong();
            d.hasInitialPasswordHash = r.value(27).toBool();
            d.consentDocument = r.value(28).toByteArray();
            d.delegationDocument = r.value(29).toByteArray();
            d.signatureFormat = r.value(30).toString();
            d.hasSignature = r.value(31).toInt() != 0;
            d.verificationSubindication = r.value(32).toString();
            d.verificationReportJson = r.value(33).toString();
            d.verifiedAt = Database::toDateTime(r.value(34));
            d.householdCheckedAt = Database::toDateTime(r.value(35));
            d.decidedByName = r.value(36).toString();
            d.decisionReason = r.value(37).toString();
            d.decisionNote = r.value(38).toString();
            d.paperConsentChecked = r.value(39).toBool();
            d.enrollmentEndDate = Database::toDate(r.value(40));
        }
        if (!found) {
            auto exists = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM binding_requests WHERE id = ?"), {id});
            if (!exists)
                return exists.error();
            if (exists.value().toInt() > 0) {
                auto message = outOfReachMessage(id);
                if (!message)
                    return message.error();
                return Error::make(Error::Code::PermissionDenied, message.value());
            }
            // Under row-level security a teacher does not see a request whose student has left
            // their class, but may be told why.
            auto departure = departureMessage(id);
            if (!departure)
                return departure.error();
            if (departure.value())
                return Error::make(Error::Code::PermissionDenied, *departure.value());
            return Error::make(Error::Code::NotFound, tr("This binding request does not exist."));
        }
    }

    if (depth == Depth::Decision)
        return d;

    // The applicant may already be a parent here (another child, or an earlier request).
    if (d.knownParentId == 0 && !d.applicantIdHash.isEmpty()) {
        auto parent = parentByIdHash(d.applicantIdHash);
        if (!parent)
            return parent.error();
        if (parent.value())
            d.knownParentId = parent.value()->id;
    }
    if (d.knownParentId != 0) {
        auto rows = m_db.rows(QStringLiteral(
                                  "SELECT pb.student_id, s.name, pb.relationship, pb.status,"
                                  " (SELECT c.name FROM enrollments e JOIN classes c ON c.id = e.class_id"
                                  "  WHERE e.student_id = pb.student_id AND e.status = 'enrolled'"
                                  "  ORDER BY e.school_year DESC, e.id DESC LIMIT 1)"
                                  " FROM parent_bindings pb JOIN students s ON s.id = pb.student_id"
                                  " WHERE pb.parent_id = ? AND pb.status <> 'revoked' ORDER BY s.name, pb.id"),
                              {d.knownParentId});
        if (!rows)
            return rows.error();
        for (const QSqlRecord &r : rows.value()) {
            d.boundChildren << BoundChild{r.value(0).toLongLong(), r.value(1).toString(), r.value(4).toString(),
                                          r.value(2).toString(), r.value(3).toString()};
        }
    }
    {
        auto rows = m_db.rows(QStringLiteral("SELECT id, name, relationship, national_id_hash, phone, email"
                                             " FROM student_guardians WHERE student_id = ? ORDER BY id"),
                              {d.summary.studentId});
        if (!rows)
            return rows.error();
        for (const QSqlRecord &r : rows.value()) {
            const QString hash = r.value(3).toString();
            d.guardians << GuardianRecord{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
                                          !hash.isEmpty() && hash == d.applicantIdHash, r.value(4).toString(),
                                          r.value(5).toString()};
        }
    }
    if (depth != Depth::PaneWithHistory)
        return d;

    if (Status history = readHistory(id, d); !history)
        return history.error();
    return d;
}

Result<QString> BindingRequestRepository::outOfReachMessage(qint64 id) const
{
    if (m_actor.isSchoolWide())
        return tr("This binding request belongs to another school.");
    auto departure = departureMessage(id);
    if (!departure)
        return departure.error();
    return departure.value().value_or(
        tr("This binding request concerns a student who is not currently in your class: only their homeroom teacher "
           "or the school's office staff may see and decide it."));
}

Result<std::optional<QString>> BindingRequestRepository::departureMessage(qint64 id) const
{
    if (m_actor.isSchoolWide() || m_actor.homeroomClassIds.isEmpty())
        return std::optional<QString>();
    // The student's latest enrollment this school year in one of the teacher's own classes, if
    // it has ended, for a request still waiting (one that was on her list). Nothing about any
    // other class, school or year: a teacher who never had the student is told nothing.
    QVariantList values{id, m_actor.schoolId, m_schoolYear};
    for (qint64 classId : m_actor.homeroomClassIds)
        values << classId;
    // The last column: whether they are enrolled here again since (an enrollment ended for a
    // change of class): 1 not yet placed in a class, 2 in another class (which one is not said).
    auto row = m_db.row(QStringLiteral("SELECT s.name, e.status, e.end_date, (SELECT CASE WHEN e2.class_id IS NULL"
                                       " THEN 1 ELSE 2 END FROM enrollments e2 WHERE e2.student_id = e.student_id"
                                       " AND e2.school_id = e.school_id AND e2.id > e.id AND e2.status = 'enrolled'"
                                       " ORDER BY e2.id DESC LIMIT 1) FROM binding_requests br"
                                       " JOIN students s ON s.id = br.student_id"
                                       " JOIN enrollments e ON e.student_id = br.student_id AND e.school_id = br.school_id"
                                       " WHERE br.id = ? AND br.school_id = ? AND br.status IN ('pending',"
                                       " 'info_requested') AND e.school_year = ? AND e.class_id IN (")
                            + placeholders(m_actor.homeroomClassIds.size())
                            + QStringLiteral(") ORDER BY e.id DESC LIMIT 1"),
                        values);
    if (!row)
        return row.error();
    std::optional<QSqlRecord> record = row.value();
    if (!record && m_db.dialect() == Dialect::Postgres) {
        // In central mode row-level security hides the ended enrollment (and the request) from
        // the teacher's connection; the database tells the teacher of the student's class this
        // year, and nobody else, what became of it (migration 0022).
        auto told = m_db.row(QStringLiteral("SELECT student_name, status, end_date, since"
                                            " FROM cooc_binding_request_departure(?)"),
                             {id});
        if (!told)
            return told.error();
        record = told.value();
    }
    if (!record)
        return std::optional<QString>();
    const QString student = record->value(0).toString();
    const QString status = record->value(1).toString();
    const QDate ended = Database::toDate(record->value(2));
    const QString date = ended.toString(QStringLiteral("yyyy/MM/dd"));
    const int since = record->value(3).toInt();
    if (since == 1)
        return std::optional(tr("%1 has left your class and has not yet been placed in another class here: the "
                                "school's office staff decide this request. Nothing was saved; the request has left "
                                "your list.")
                                 .arg(student));
    if (since == 2)
        return std::optional(tr("%1 has moved to another class and is no longer in your class: their new homeroom "
                                "teacher or the school's office staff decide this request. Nothing was saved; the "
                                "request has left your list.")
                                 .arg(student));
    if (status == QLatin1String("transferred_out"))
        return std::optional(ended.isValid()
                                 ? tr("%1 transferred out of this school on %2 and is no longer in your class: a "
                                      "binding can only be decided for a student currently enrolled here. Nothing was "
                                      "saved; the request has left your list.")
                                       .arg(student, date)
                                 : tr("%1 has transferred out of this school and is no longer in your class: a binding "
                                      "can only be decided for a student currently enrolled here. Nothing was saved; "
                                      "the request has left your list.")
                                       .arg(student));
    if (status == QLatin1String("graduated"))
        return std::optional(
            tr("%1 has graduated and is no longer in your class. Nothing was saved; the request has left your list.")
                .arg(student));
    return std::optional<QString>(); // still enrolled in the class: out of reach for another reason
}

Result<BindingRequestRepository::SignatureMaterial> BindingRequestRepository::signatureMaterial(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT br.consent_document, br.signature, br.signature_format,"
                                      " br.signer_certificate, sc.code FROM binding_requests br"
                                      " JOIN schools sc ON sc.id = br.school_id WHERE br.id = ?"),
                       {id});
    if (!q)
        return q.error();
    std::optional<SignatureMaterial> m;
    while (q.value().next())
        m = SignatureMaterial{q.value().value(0).toByteArray(), q.value().value(1).toByteArray(),
                              q.value().value(2).toString(), q.value().value(3).toByteArray(),
                              q.value().value(4).toString()};
    if (!m)
        return Error::make(Error::Code::NotFound, tr("This binding request does not exist."));
    return *m;
}

Result<BindingRequestRepository::DecisionStamp> BindingRequestRepository::decisionStamp(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT br.status, br.version, st.name, br.decided_at, s.name"
                                      " FROM binding_requests br LEFT JOIN students s ON s.id = br.student_id"
                                      " LEFT JOIN staff st ON st.id = br.decided_by WHERE br.id = ?"),
                       {id});
    if (!q)
        return q.error();
    std::optional<DecisionStamp> stamp;
    while (q.value().next())
        stamp = DecisionStamp{binding::statusFromCode(q.value().value(0).toString()).value_or(binding::Status::Pending),
                              q.value().value(1).toInt(), q.value().value(2).toString(),
                              Database::toDateTime(q.value().value(3)), q.value().value(4).toString()};
    if (!stamp) {
        // Under row-level security the request vanishes for a teacher whose student left her
        // class while she was deciding: she is told why, as details() tells her.
        auto departure = departureMessage(id);
        if (!departure)
            return departure.error();
        if (departure.value())
            return Error::make(Error::Code::PermissionDenied, *departure.value());
        return Error::make(Error::Code::NotFound, tr("This binding request does not exist."));
    }
    return *stamp;
}

} // namespace cooc
