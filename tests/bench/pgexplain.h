#pragma once
// For the benchmarks: the plan PostgreSQL uses for one of our bound statements. EXPLAIN cannot
// be prepared through QPSQL, so the statement is PREPAREd with $n parameters and EXPLAIN
// EXECUTEd with its values written as literals — the benchmark's own values, never user data.

#include "models/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace cooc::bench {

// A value as an SQL literal.
inline QString literal(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString)
        return QLatin1Char('\'') + v.toString().replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    return v.toString();
}

// Custom: the plan for these values (what a statement planned per call gets). Generic: the
// plan a kept statement runs after five executions (Database::scalar/row/rows).
enum class PlanKind { Custom, Generic };

// The plan's lines; empty with *error set on failure. `options` go inside EXPLAIN (…), e.g.
// "ANALYZE, COSTS OFF"; empty for a plain EXPLAIN. The connection's own kept statements and
// plan_cache_mode are left as they were.
inline QStringList preparedPlan(const Database &db, const QString &sql, const QVariantList &values, PlanKind kind,
                                const QString &options, QString *error)
{
    QString numbered = sql;
    int n = 0;
    for (qsizetype i = numbered.indexOf(QLatin1Char('?')); i >= 0; i = numbered.indexOf(QLatin1Char('?'), i))
        numbered.replace(i, 1, QStringLiteral("$%1").arg(++n));
    QStringList args;
    for (const QVariant &v : values)
        args << literal(v);
    (void)db.execDdl(kind == PlanKind::Generic ? QStringLiteral("SET plan_cache_mode = force_generic_plan")
                                               : QStringLiteral("SET plan_cache_mode = force_custom_plan"));
    QStringList lines;
    if (Status prepared = db.execDdl(QStringLiteral("PREPARE bench_plan AS ") + numbered); !prepared) {
        *error = prepared.error().detail;
    } else {
        QSqlQuery q(db.connection());
        const QString head = options.isEmpty() ? QStringLiteral("EXPLAIN ") : QStringLiteral("EXPLAIN (%1) ").arg(options);
        if (q.exec(head + QStringLiteral("EXECUTE bench_plan(") + args.join(QStringLiteral(", ")) + QLatin1Char(')'))) {
            while (q.next())
                lines << q.value(0).toString();
        } else {
            *error = q.lastError().text();
        }
        q.finish();
        (void)db.execDdl(QStringLiteral("DEALLOCATE bench_plan"));
    }
    (void)db.execDdl(QStringLiteral("RESET plan_cache_mode"));
    return lines;
}

} // namespace cooc::bench
