#pragma once

#include "app/household/householdresult.h"
#include "models/result.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QUrl>

#include <optional>

namespace cooc {

// What one check asks: the two people as the keyed hashes our database holds
// (NationalId::hash, HMAC-SHA256 with the deployment's ID key). docs/household-contract.md
// explains why the contract carries these hashes and not the ID numbers.
struct HouseholdQuery
{
    QString requestId; // idempotency key (UUID); HouseholdService::start() makes one when empty
    QString parentIdHash; // binding_requests.applicant_national_id_hash
    QString childIdHash; // students.national_id_hash
    QString schoolCode; // the school asking, for the service's audit (may be empty)
    QString reference; // our reference, e.g. "binding_request:42" (never personal data)
};

// The household-registration contract (docs/household-contract.md) as pure functions:
// request building, reply interpretation and retry decisions, tested as tables.
namespace HouseholdContract {

QString checksPath(); // "/v1/household-checks"
// {base}/v1/household-checks; refuses anything but an absolute https URL without
// user info, query or fragment.
Result<QUrl> endpoint(const QUrl &base);

bool isIdHash(const QString &text); // 64 lower-case hex digits
// Why a query cannot be sent (translated), or nullopt when it can.
std::optional<QString> queryProblem(const HouseholdQuery &query);
// The request body: compact JSON, fields in the contract's order.
QByteArray requestBody(const HouseholdQuery &query, const QString &idKeyId);

// application/json, optionally with charset=utf-8 (any case); nothing else.
bool isJsonContentType(const QString &contentType);

// What the client does next after one attempt.
struct Verdict
{
    enum class Kind {
        Answer, // a contract answer: result.outcome is MATCH / NO_MATCH / NOT_REGISTERED_IN_TAIPEI
        Retry, // a transient failure: try again if attempts remain (result says why)
        Fail, // a permanent failure: UNAVAILABLE now (result says why)
    };
    Kind kind = Kind::Fail;
    HouseholdResult result; // failure, reason, detail; for Answer the outcome, time, reference
    int retryAfterMs = -1; // the service's Retry-After, when it sent one
};

struct Reply
{
    int httpStatus = 0;
    QString contentType;
    QByteArray body;
    QByteArray retryAfter; // the Retry-After header, raw
    QByteArray contentEncoding; // the Content-Encoding header, raw (an answer must have none)
};
constexpr qsizetype maxReplyBytes = 64 * 1024;

// Interprets an HTTP reply (any status). `now` only parses an HTTP-date Retry-After.
Verdict interpretReply(const Reply &reply, const QString &expectedRequestId, const QDateTime &now);
// Interprets a transport failure (no HTTP status): connection refused, timeout, TLS, ...
Verdict interpretTransportError(QNetworkReply::NetworkError error, const QString &errorString);

// Retry-After: delta-seconds or an HTTP-date; milliseconds from `now`, -1 when absent or invalid.
int parseRetryAfter(const QByteArray &value, const QDateTime &now);

struct RetryPolicy
{
    int maxAttempts = 3; // attempts in all, the first included
    int baseDelayMs = 500; // before the 2nd attempt; doubles for each further one
    int maxDelayMs = 4000; // cap for the backoff and for a Retry-After the client honours
};
// The pause before attempt `attemptsDone + 1`: base·2^(attemptsDone−1), capped; a larger
// Retry-After from the service is honoured up to the cap. -1 when no attempt remains.
int retryDelayMs(const RetryPolicy &policy, int attemptsDone, int retryAfterMs = -1);

// The demo registry's rule (household_registry rows): the same as the city service's.
struct RegistryEntry
{
    QString householdCode;
    QString city;
};
// "Taipei", "Taipei City", "臺北市", "台北市" (any case, trimmed) — not "New Taipei" (新北市).
bool isTaipeiCity(const QString &city);
HouseholdResult::Outcome decideFromRegistry(
    const std::optional<RegistryEntry> &parent, const std::optional<RegistryEntry> &child);

} // namespace HouseholdContract

} // namespace cooc
