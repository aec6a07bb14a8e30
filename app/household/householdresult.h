#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace cooc {

// The answer of one household-registration check (戶籍查驗, docs/household-contract.md).
// Only MATCH lets a binding request take the fast track; every failure of any kind is
// UNAVAILABLE with a reason — never a silent pass.
struct HouseholdResult
{
    enum class Outcome {
        Match, // same household, both registered in Taipei
        NoMatch, // both registered in Taipei, different households
        NotRegisteredInTaipei, // the parent or the child (or both) is not registered in Taipei
        Unavailable, // no answer: network, TLS, timeout, bad reply, bad query, cancelled
    };
    // Why an UNAVAILABLE happened, for callers and tests to branch on (None for answers).
    enum class Failure {
        None,
        InvalidQuery, // the query itself was unusable; nothing was sent
        Configuration, // the client is not configured (URL, CA file, pin, API key)
        Network, // connection refused, reset, DNS, closed without an answer
        Timeout, // no data within the transfer timeout, or the attempt deadline passed
        Tls, // certificate not trusted, wrong host name, pin mismatch, handshake failure
        Http, // an error status (4xx/5xx) or a redirect
        Protocol, // 200 but not the contract: content type, JSON, fields, request id echo
        Cancelled, // the caller cancelled the check
        Storage, // the demo registry could not be read
    };

    Outcome outcome = Outcome::Unavailable;
    Failure failure = Failure::None;
    QDateTime checkedAt; // UTC: the service's time for an answer, our clock's for UNAVAILABLE
    QString serviceReference; // the service's id of this check (its audit key); empty when none
    QString requestId; // our idempotency key, sent as request_id
    QString reason; // UNAVAILABLE: what went wrong, translated, for the reviewer
    QString detail; // technical detail for logs/"details…" (no personal data, no secrets)
    int attempts = 0; // HTTP attempts made (0 for the demo and for refused queries)
    int httpStatus = 0; // last HTTP status seen, 0 when none

    bool isAnswer() const { return outcome != Outcome::Unavailable; }
    bool isFastTrackMatch() const { return outcome == Outcome::Match; }

    // The contract's and the database's spelling: MATCH, NO_MATCH, NOT_REGISTERED_IN_TAIPEI,
    // UNAVAILABLE (binding_requests.household_result).
    static QString code(Outcome outcome);
    static std::optional<Outcome> fromCode(const QString &code);
    static QString failureCode(Failure failure); // "timeout", "tls", ... (stable, for JSON)

    // Translated one-liner for the reviewer: "Same household, both registered in Taipei".
    static QString outcomeText(Outcome outcome);
    QString displayText() const; // outcomeText, plus the reason for UNAVAILABLE

    // Evidence for the audit log and binding_request_events (no personal data).
    QJsonObject toJson() const;

    static HouseholdResult answer(
        Outcome outcome, const QDateTime &checkedAt, const QString &reference, const QString &requestId);
    static HouseholdResult unavailable(
        Failure failure, const QString &reason, const QString &detail, const QDateTime &at, const QString &requestId);
};

} // namespace cooc

Q_DECLARE_METATYPE(cooc::HouseholdResult)
