#pragma once

#include "app/household/householdcontract.h"
#include "app/household/householdresult.h"
#include "models/actor.h"
#include "models/clock.h"
#include "models/database.h"
#include "models/householdresultstore.h"

#include <QFuture>

namespace cooc {

// The query for a binding request (HouseholdResultStore::subjects): the two keyed hashes,
// the school code and the reference "binding_request:<id>". requestId stays empty, so each
// check gets a fresh idempotency key.
HouseholdQuery householdQueryFor(const HouseholdSubjects &subjects);

// Stores `result`, the answer to householdQueryFor(asked), on binding request asked.requestId
// through HouseholdResultStore::record(): event + audit entry in one transaction, the evidence
// naming `source` ("city"/"demo"). A cancelled check is not a result and is refused
// (InvalidInput), changing nothing; so is an answer about IDs the request no longer carries.
Result<bool> recordHouseholdResult(const Database &db, const Actor &actor, const HouseholdSubjects &asked,
    const HouseholdResult &result, const QString &source, const Clock &clock);

// The same on a pool thread with a connection of its own opened from `url`: recording may wait
// for rows another writer holds (up to its lock timeout on PostgreSQL), never on the GUI thread.
QFuture<Result<bool>> recordHouseholdResultAsync(const DatabaseUrl &url, const Actor &actor,
    const HouseholdSubjects &asked, const HouseholdResult &result, const QString &source, const Clock &clock);

} // namespace cooc
