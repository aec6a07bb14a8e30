#include "app/household/householdresult.h"

#include <QCoreApplication>

namespace cooc {

QString HouseholdResult::code(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Match:
        return QStringLiteral("MATCH");
    case Outcome::NoMatch:
        return QStringLiteral("NO_MATCH");
    case Outcome::NotRegisteredInTaipei:
        return QStringLiteral("NOT_REGISTERED_IN_TAIPEI");
    case Outcome::Unavailable:
        break;
    }
    return QStringLiteral("UNAVAILABLE");
}

std::optional<HouseholdResult::Outcome> HouseholdResult::fromCode(const QString &code)
{
    for (Outcome o : { Outcome::Match, Outcome::NoMatch, Outcome::NotRegisteredInTaipei, Outcome::Unavailable }) {
        if (code == HouseholdResult::code(o))
            return o;
    }
    return std::nullopt;
}

QString HouseholdResult::failureCode(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return QString();
    case Failure::InvalidQuery:
        return QStringLiteral("invalid_query");
    case Failure::Configuration:
        return QStringLiteral("configuration");
    case Failure::Network:
        return QStringLiteral("network");
    case Failure::Timeout:
        return QStringLiteral("timeout");
    case Failure::Tls:
        return QStringLiteral("tls");
    case Failure::Http:
        return QStringLiteral("http");
    case Failure::Protocol:
        return QStringLiteral("protocol");
    case Failure::Cancelled:
        return QStringLiteral("cancelled");
    case Failure::Storage:
        return QStringLiteral("storage");
    }
    return QString();
}

QString HouseholdResult::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Match:
        return QCoreApplication::translate("cooc::HouseholdResult", "Same household, both registered in Taipei");
    case Outcome::NoMatch:
        return QCoreApplication::translate("cooc::HouseholdResult", "Not in the same household");
    case Outcome::NotRegisteredInTaipei:
        return QCoreApplication::translate(
            "cooc::HouseholdResult", "The parent or the child is not registered in Taipei");
    case Outcome::Unavailable:
        break;
    }
    return QCoreApplication::translate("cooc::HouseholdResult", "Household check unavailable");
}

QString HouseholdResult::displayText() const
{
    if (outcome != Outcome::Unavailable || reason.isEmpty())
        return outcomeText(outcome);
    //: %1 = "Household check unavailable", %2 = the reason, e.g. "The service did not answer in time."
    return QCoreApplication::translate("cooc::HouseholdResult", "%1: %2").arg(outcomeText(outcome), reason);
}

QJsonObject HouseholdResult::toJson() const
{
    QJsonObject o {
        { QStringLiteral("result"), code(outcome) },
        { QStringLiteral("checked_at"), checkedAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("request_id"), requestId },
        { QStringLiteral("attempts"), attempts },
    };
    if (!serviceReference.isEmpty())
        o.insert(QStringLiteral("service_reference"), serviceReference);
    if (httpStatus)
        o.insert(QStringLiteral("http_status"), httpStatus);
    if (outcome == Outcome::Unavailable) {
        o.insert(QStringLiteral("failure"), failureCode(failure));
        o.insert(QStringLiteral("reason"), reason);
        if (!detail.isEmpty())
            o.insert(QStringLiteral("detail"), detail);
    }
    return o;
}

HouseholdResult HouseholdResult::answer(
    Outcome outcome, const QDateTime &checkedAt, const QString &reference, const QString &requestId)
{
    HouseholdResult r;
    r.outcome = outcome;
    r.checkedAt = checkedAt.toUTC();
    r.serviceReference = reference;
    r.requestId = requestId;
    return r;
}

HouseholdResult HouseholdResult::unavailable(
    Failure failure, const QString &reason, const QString &detail, const QDateTime &at, const QString &requestId)
{
    HouseholdResult r;
    r.outcome = Outcome::Unavailable;
    r.failure = failure;
    r.reason = reason;
    r.detail = detail;
    r.checkedAt = at.toUTC();
    r.requestId = requestId;
    return r;
}

} // namespace cooc
