#pragma once

#include "models/auditlog.h"

namespace cooc::central {

// `cooc-desk-cli audit verify`: the whole audit trail, as its owner sees it.
//  - every entry's hash is recomputed and must link to the previous one (AuditLog::verifyChain);
//  - PostgreSQL: the chain's head (audit_chain_head, moved by the insert trigger) must be the
//    last entry, so removing the newest entries is detected too;
//  - PostgreSQL: a staff member's connection is refused — row-level security shows them only
//    part of the log, which would look broken. Run it as the database owner.
// The report names the first broken entry (firstBrokenId, problem); 0 when intact.
Result<AuditLog::ChainReport> verifyAuditTrail(const Database &db);

} // namespace cooc::central
