#pragma once
// bench_central: the statements whose plans are printed — the binding queue's and a decision's
// reads, as the client sends them — and EXPLAIN ANALYZE of each as a staff member.
#include "common.h"
#include "../pgexplain.h"

#include "models/bindingrequestrepository.h"

#include <QRegularExpression>
#include <QSqlError>

#include <limits>

namespace cooc::bench::central {

// ---- plans -------------------------------------------------------------------------------

inline QString inline_(QString sql, const QVariantList &values)
{
    for (const QVariant &v : values) {
        const qsizetype at = sql.indexOf(QLatin1Char('?'));
        if (at < 0)
            break;
        sql.replace(at, 1, literal(v));
    }
    return sql;
}

struct Statement
{
    const char *name;
    QString sql;
    QVariantList values;
    // Kept prepared by the client (Database::row/rows): PostgreSQL runs it with its generic
    // plan after five runs, so that is the plan explained.
    bool kept = false;
};

// The binding review's queue statements as this session runs them.
inline QList<Statement> queueStatements(const Database &db, const Session &s, int year, const QString &searchPrefix)
{
    const BindingRequestRepository repo(db, actorOf(s), year);
    BindingQueueFilter pending;
    pending.status = binding::Status::Pending;
    BindingQueueFilter search;
    search.search = searchPrefix;
    BindingQueueFilter emailSearch;
    emailSearch.search = QStringLiteral("bench-");
    const auto scope = repo.scopeClause();
    QList<Statement> queries;
    for (auto [name, filter] : {std::pair{"queue page, pending", pending}, std::pair{"queue page, search", search},
                                std::pair{"queue page, e-mail search", emailSearch}}) {
        const auto where = repo.filterClause(filter, true);
        queries << Statement{name,
                             BindingRequestRepository::summarySelect() + QStringLiteral(" WHERE ") + scope.sql
                                 + QStringLiteral(" AND ") + where.sql + QStringLiteral(" AND br.id < ? ORDER BY br.id DESC LIMIT ?"),
                             scope.values + where.values + QVariantList{std::numeric_limits<qint64>::max(), 50}};
    }
    const auto counts = repo.filterClause(pending, false);
    queries << Statement{"counts by status",
                         QStringLiteral("SELECT br.status, COUNT(*) FROM binding_requests br WHERE ") + scope.sql
                             + QStringLiteral(" AND ") + counts.sql + QStringLiteral(" GROUP BY br.status"),
                         scope.values + counts.values};
    queries << Statement{"leave queue page",
                         QStringLiteral("SELECT id, student_id, start_date, status FROM leave_requests WHERE school_id = ?"
                                        " AND status = 'pending' AND id < ? ORDER BY id DESC LIMIT 50"),
                         {s.schoolId, std::numeric_limits<qint64>::max()}};
    queries << Statement{"attendance of a class",
                         QStringLiteral("SELECT student_id, date, period, code FROM attendance WHERE class_id = ? AND date >= ?"
                                        " ORDER BY date"),
                         {s.classId ? s.classId : qint64(0), QStringLiteral("2026-11-01")}};
    return queries;
}

// What a decision on `request` reads as this session (BindingReviewService::approve): the
// request's row, then the applicant's record. Explained after the load, when parents and
// accounts hold rows (on empty tables any plan is a sequential scan).
inline QList<Statement> decisionStatements(const Database &owner, const Session &s, int year, qint64 request)
{
    const BindingRequestRepository repo(owner, actorOf(s), year);
    auto q = owner.exec(QStringLiteral("SELECT applicant_national_id_hash, applicant_email, student_id FROM binding_requests"
                                       " WHERE id = ?"),
                        {request}, Database::Rows::Buffered);
    if (!q || !q.value().next())
        return {};
    const auto row = repo.detailsQuery(request);
    const auto applicant = repo.applicantQuery(request, q.value().value(0).toString(), q.value().value(1).toString(),
                                               q.value().value(2).toLongLong());
    return {Statement{"decision: the request's row (generic plan)", row.sql, row.values, true},
            Statement{"decision: the applicant's record (generic plan)", applicant.sql, applicant.values, true}};
}

// EXPLAINs `queries` as this session; returns the number of sequential scans of large tables.
inline int explain(const Database &db, const Session &s, const QList<Statement> &queries, bool timing)
{
    static const QRegularExpression bigScan(
        QStringLiteral("Seq Scan on (binding_requests|enrollments|students|parents|accounts|leave_requests|attendance|audit_log|parent_bindings)"));
    int scans = 0;
    for (const Statement &q : queries) {
        // EXPLAIN cannot be prepared: our own SQL with our own numbers inlined, run as is — or,
        // for a kept statement, its generic plan (pgexplain.h).
        const QString options = QStringLiteral("ANALYZE, COSTS OFF, TIMING ") + (timing ? QStringLiteral("ON") : QStringLiteral("OFF"));
        QStringList lines;
        QString error;
        if (q.kept) {
            lines = preparedPlan(db, q.sql, q.values, PlanKind::Generic, options, &error);
        } else {
            QSqlQuery plan(db.connection());
            if (plan.exec(QStringLiteral("EXPLAIN (%1) ").arg(options) + inline_(q.sql, q.values))) {
                while (plan.next())
                    lines << plan.value(0).toString();
            } else {
                error = plan.lastError().text();
            }
        }
        if (lines.isEmpty()) {
            out << "FAILED " << q.name << ": " << error << Qt::endl;
            return 1;
        }
        const QString text = lines.join(QLatin1Char('\n'));
        const int found = int(bigScan.globalMatch(text).hasNext());
        scans += found;
        out << "\n-- " << (s.teacher ? "homeroom teacher" : "office staff") << ": " << q.name << (found ? "   <-- SEQUENTIAL SCAN" : "")
            << "\n" << text << Qt::endl;
    }
    return scans;
}

} // namespace cooc::bench::central
