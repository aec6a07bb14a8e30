#pragma once

#include "app/bindingreview/bindingreviewservice.h"

#include <QFuture>

namespace cooc {

// Re-running the evidence checks of one binding request (the "re-verify" an INDETERMINATE
// signature asks for). The household check is the household engineer's job object
// (HouseholdService::start + recordHouseholdResult); the signature is verified here.
namespace BindingRechecks {

// Verifies the request's e-signature again with the school's trust store (SignatureVerifier)
// and records the report (BindingReviewService::recordVerification: version check, event,
// audit). Blocking: `db` belongs to the calling thread; never call it on the GUI thread (a
// trust store with a large CRL takes a second to build).
// Errors: NotFound when the school has no trust anchor (nothing is recorded: the signature
// stays as it was, never "passed"); Conflict when the request changed meanwhile.
Result<BindingReviewService::Outcome> reverifySignature(const Database &db, const Actor &actor, const Clock &clock,
                                                        qint64 requestId, int expectedVersion);

// The same on a pool thread with a connection of its own opened from `url`.
QFuture<Result<BindingReviewService::Outcome>> reverifySignatureAsync(const DatabaseUrl &url, const Actor &actor,
                                                                      const Clock &clock, qint64 requestId,
                                                                      int expectedVersion);

} // namespace BindingRechecks

} // namespace cooc
