#include "support/bindingrows.h"

#include <QSqlQuery>

#include <latch>
#include <optional>
#include <thread>

namespace cooc::test {

qint64 count(const Database &db, const QString &table)
{
    auto n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return n ? n.value().toLongLong() : -1;
}

RequestRow requestRow(const Database &db, qint64 id)
{
    RequestRow row;
    auto q = db.exec(QStringLiteral("SELECT status, version, decided_by, decision_reason, decision_note,"
                                    " paper_consent_checked FROM binding_requests WHERE id = ?"),
                     {id});
    if (q && q.value().next())
        row = {q.value().value(0).toString(), q.value().value(1).toInt(), q.value().value(2).toLongLong(),
               q.value().value(3).toString(), q.value().value(4).toString(), q.value().value(5).toBool()};
    if (q)
        q.value().finish();
    return row;
}

std::array<DecisionResult, 2> decideAtOnce(const DatabaseUrl &url,
                                           const std::function<DecisionResult(const Database &db, int who)> &decide)
{
    return decideAtOnce(std::array<DatabaseUrl, 2>{url, url}, decide);
}

std::array<DecisionResult, 2> decideAtOnce(const std::array<DatabaseUrl, 2> &urls,
                                           const std::function<DecisionResult(const Database &db, int who)> &decide)
{
    std::latch start(2);
    std::optional<DecisionResult> results[2];
    auto run = [&](int who) {
        auto db = Database::open(urls[std::size_t(who)]);
        if (!db) {
            start.count_down();
            results[who] = db.error();
            return;
        }
        start.arrive_and_wait();
        results[who] = decide(*db.value(), who);
    };
    std::thread a(run, 0);
    std::thread b(run, 1);
    a.join();
    b.join();
    return {*results[0], *results[1]};
}

} // namespace cooc::test
