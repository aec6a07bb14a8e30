#pragma once

#include "app/household/householdservice.h"
#include "models/clock.h"
#include "models/database.h"

#include <QObject>

namespace cooc {

// The demo school's household registry (table household_registry: national_id_hash,
// household_code, city) behind the same interface as the city's service, with the same
// rule (HouseholdContract::decideFromRegistry). The lookup is one indexed query; the answer
// still arrives through the event loop, like the real service's. `db` belongs to the
// thread that creates this service (a worker uses Database::openSibling()).
class DemoHouseholdService final : public QObject, public HouseholdService
{
    Q_OBJECT

public:
    DemoHouseholdService(const Database &db, const Clock &clock, QObject *parent = nullptr);
    ~DemoHouseholdService() override;
    Q_DISABLE_COPY_MOVE(DemoHouseholdService)

    HouseholdCheck *start(HouseholdQuery query) override;
    QString sourceName() const override { return QStringLiteral("demo"); }

    // The answer for one query, synchronously (what a started check finishes with).
    HouseholdResult lookup(const HouseholdQuery &query) const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace cooc
