#include "app/household/demohouseholdservice.h"

#include "app/logging.h"

#include <QCoreApplication>
#include <QUuid>

namespace cooc {

namespace {

class DemoHouseholdCheck final : public HouseholdCheck
{
public:
    DemoHouseholdCheck(const QString &requestId, const Clock &clock, QObject *parent)
        : HouseholdCheck(requestId, clock, parent)
    { }
    void complete(HouseholdResult r) { finish(std::move(r)); }

protected:
    void stopWork() override { } // the queued lookup checks isFinished()
};

} // namespace

DemoHouseholdService::DemoHouseholdService(const Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{ }

DemoHouseholdService::~DemoHouseholdService()
{
    const auto jobs = findChildren<HouseholdCheck *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(jobs);
}

HouseholdResult DemoHouseholdService::lookup(const HouseholdQuery &query) const
{
    using F = HouseholdResult::Failure;
    if (auto problem = HouseholdContract::queryProblem(query))
        return HouseholdResult::unavailable(F::InvalidQuery, *problem, {}, m_clock.now(), query.requestId);

    auto rows = m_db.exec(QStringLiteral("SELECT national_id_hash, household_code, city FROM household_registry "
                                         "WHERE national_id_hash IN (?, ?)"),
        { query.parentIdHash, query.childIdHash });
    if (!rows) {
        return HouseholdResult::unavailable(F::Storage,
            QCoreApplication::translate("cooc::DemoHouseholdService", "The demo household registry cannot be read."),
            rows.error().detail, m_clock.now(), query.requestId);
    }
    std::optional<HouseholdContract::RegistryEntry> parent;
    std::optional<HouseholdContract::RegistryEntry> child;
    QSqlQuery &q = rows.value();
    while (q.next()) {
        const HouseholdContract::RegistryEntry entry { q.value(1).toString(), q.value(2).toString() };
        if (q.value(0).toString() == query.parentIdHash)
            parent = entry;
        else
            child = entry;
    }
    const auto outcome = HouseholdContract::decideFromRegistry(parent, child);
    return HouseholdResult::answer(outcome, m_clock.now(), QStringLiteral("demo:") + query.requestId, query.requestId);
}

HouseholdCheck *DemoHouseholdService::start(HouseholdQuery query)
{
    if (query.requestId.isEmpty())
        query.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto *job = new DemoHouseholdCheck(query.requestId, m_clock, this);
    QMetaObject::invokeMethod(
        job,
        [this, job, query] {
            if (job->isFinished())
                return;
            HouseholdResult r = lookup(query);
            qCInfo(lcNet).noquote() << "demo household check" << query.requestId
                                    << "finished:" << HouseholdResult::code(r.outcome);
            job->complete(std::move(r));
        },
        Qt::QueuedConnection);
    return job;
}

} // namespace cooc
