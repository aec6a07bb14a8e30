#include "app/household/householdcontract.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace cooc::HouseholdContract {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::HouseholdContract", text);
}

using Kind = Verdict::Kind;
using Failure = HouseholdResult::Failure;

Verdict verdict(Kind kind, Failure failure, const QString &reason, const QString &detail = {})
{
    Verdict v;
    v.kind = kind;
    v.result = HouseholdResult::unavailable(failure, reason, detail, {}, {});
    return v;
}

// Server text is shown only in the technical detail, shortened, one line.
QString clip(const QString &text, int max = 200)
{
    QString t = text.simplified();
    if (t.size() > max)
        t = t.left(max) + QStringLiteral("…");
    return t;
}

bool isPrintableReference(const QString &text)
{
    if (text.isEmpty() || text.size() > 128)
        return false;
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
    }
    return true;
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The top-level names of a JSON object must be unique: QJsonObject keeps only the last of
// a repeated name, so {"result":"NO_MATCH","result":"MATCH"} would read as MATCH although
// the service said both. `json` has already parsed as one object (QJsonDocument), so this
// only walks its structure: each top-level name is decoded (escapes included, so
// "res\u0075lt" is "result") and compared; values, nested objects and arrays are skipped
// unread (the contract reads no nested value). Returns true when every name is unique;
// otherwise false with `problem` set for the technical detail. Anything unexpected fails
// closed.
bool topLevelNamesUnique(const QByteArray &json, QString *problem)
{
    const qsizetype n = json.size();
    qsizetype i = json.startsWith("\xEF\xBB\xBF") ? 3 : 0; // a BOM, which QJsonDocument skips too
    const auto skipSpace = [&] {
        while (i < n && isJsonSpace(json.at(i)))
            ++i;
    };
    // From the opening quote at json[i] to just past the closing one.
    const auto skipString = [&] {
        for (++i; i < n && json.at(i) != '"'; ++i) {
            if (json.at(i) == '\\')
                ++i;
        }
        ++i;
    };
    const auto unexpected = [&] {
        *problem = QStringLiteral("unexpected JSON structure at offset %1").arg(i);
        return false;
    };
    skipSpace();
    if (i >= n || json.at(i) != '{')
        return unexpected();
    ++i;
    QSet<QString> seen;
    for (;;) {
        skipSpace();
        if (i >= n)
            return unexpected();
        if (json.at(i) == '}')
            return true;
        if (json.at(i) == ',') {
            ++i;
            continue;
        }
        if (json.at(i) != '"')
            return unexpected();
        const qsizetype start = i;
        skipString();
        if (i > n)
            return unexpected();
        // The name token decoded by the same parser that read the document.
        const QJsonArray decoded
            = QJsonDocument::fromJson(QByteArray("[") + json.mid(start, i - start) + QByteArray("]")).array();
        if (decoded.size() != 1 || !decoded.at(0).isString())
            return unexpected();
        const QString name = decoded.at(0).toString();
        if (seen.contains(name)) {
            *problem = QStringLiteral("duplicate top-level name \"%1\"").arg(clip(name, 40));
            return false;
        }
        seen.insert(name);
        skipSpace();
        if (i >= n || json.at(i) != ':')
            return unexpected();
        ++i;
        // Skip the value: up to the ',' or '}' that ends it at this level.
        int depth = 0;
        while (i < n) {
            const char c = json.at(i);
            if (c == '"') {
                skipString();
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    break;
                --depth;
            } else if (c == ',' && depth == 0) {
                break;
            }
            ++i;
        }
    }
}

Verdict errorStatus(const Reply &reply, const QDateTime &now)
{
    const int status = reply.httpStatus;
    // The error schema: {"error": {"code": "...", "message": "..."}}; read only for the detail.
    QString serverCode;
    QString serverMessage;
    if (isJsonContentType(reply.contentType) && reply.body.size() <= maxReplyBytes) {
        const QJsonObject err = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("error")).toObject();
        serverCode = clip(err.value(QStringLiteral("code")).toString(), 64);
        serverMessage = clip(err.value(QStringLiteral("message")).toString());
    }
    QString detail = QStringLiteral("HTTP %1").arg(status);
    if (!serverCode.isEmpty())
        detail += QStringLiteral(" ") + serverCode;
    if (!serverMessage.isEmpty())
        detail += QStringLiteral(": ") + serverMessage;

    Verdict v;
    if (status >= 300 && status < 400) {
        v = verdict(
            Kind::Fail, Failure::Http, tr("The service answered with a redirect; the address may be wrong."), detail);
    } else if (status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504) {
        v = verdict(Kind::Retry, Failure::Http,
            status == 429 ? tr("The service is busy (too many requests).")
                          : tr("The service reported a temporary error (HTTP %1).").arg(status),
            detail);
        v.retryAfterMs = parseRetryAfter(reply.retryAfter, now);
    } else if (status == 401 || status == 403) {
        v = verdict(Kind::Fail, Failure::Http,
            tr("The service refused our credentials; ask the administrator to check the API key."), detail);
    } else if (status == 404) {
        v = verdict(Kind::Fail, Failure::Http,
            tr("The service does not know this address; ask the administrator to check the base URL."), detail);
    } else if (status == 409) {
        v = verdict(
            Kind::Fail, Failure::Http, tr("The service saw this request id before with different data."), detail);
    } else if (status == 400 || status == 422) {
        v = verdict(Kind::Fail, Failure::Http, tr("The service refused the request (HTTP %1).").arg(status), detail);
    } else if (status >= 200 && status < 300) {
        v = verdict(Kind::Fail, Failure::Protocol,
            tr("The service answered with an unexpected status (HTTP %1).").arg(status), detail);
    } else {
        v = verdict(Kind::Fail, Failure::Http, tr("The service reported an error (HTTP %1).").arg(status), detail);
    }
    v.result.httpStatus = status;
    return v;
}

} // namespace

QString checksPath()
{
    return QStringLiteral("/v1/household-checks");
}

Result<QUrl> endpoint(const QUrl &base)
{
    const auto refuse = [&](const QString &why) {
        return Error::make(Error::Code::InvalidInput, tr("The household service address is not usable: %1").arg(why),
            base.toDisplayString(QUrl::RemoveUserInfo));
    };
    if (!base.isValid() || base.host().isEmpty())
        return refuse(tr("it is not an absolute URL."));
    if (base.scheme() != QLatin1String("https"))
        return refuse(tr("it must start with https://."));
    if (!base.userInfo().isEmpty() || base.hasQuery() || base.hasFragment())
        return refuse(tr("it must not contain a user name, a query or a fragment."));
    QUrl url = base;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + checksPath());
    return url;
}

bool isIdHash(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f')))
            return false;
    }
    return true;
}

std::optional<QString> queryProblem(const HouseholdQuery &query)
{
    if (query.requestId.trimmed().isEmpty() || query.requestId.size() > 64)
        return tr("The check has no usable request id.");
    if (!isIdHash(query.parentIdHash))
        return tr("The parent's ID is missing or not in the expected form.");
    if (!isIdHash(query.childIdHash))
        return tr("The child's ID is missing or not in the expected form.");
    if (query.parentIdHash == query.childIdHash)
        return tr("The parent and the child have the same ID.");
    return std::nullopt;
}

QByteArray requestBody(const HouseholdQuery &query, const QString &idKeyId)
{
    // QJsonObject sorts keys; the contract does not depend on the order.
    QJsonObject body {
        { QStringLiteral("request_id"), query.requestId },
        { QStringLiteral("id_hash"),
            QJsonObject { { QStringLiteral("algorithm"), QStringLiteral("HMAC-SHA256") },
                { QStringLiteral("key_id"), idKeyId } } },
        { QStringLiteral("parent"), QJsonObject { { QStringLiteral("id_hash"), query.parentIdHash } } },
        { QStringLiteral("child"), QJsonObject { { QStringLiteral("id_hash"), query.childIdHash } } },
    };
    if (!query.schoolCode.isEmpty())
        body.insert(QStringLiteral("school_code"), query.schoolCode);
    if (!query.reference.isEmpty())
        body.insert(QStringLiteral("client_reference"), query.reference);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// RFC 3339 date-time as the contract writes it: seconds always, an optional fraction, and `Z`
// or a numeric offset; no 24:00, no leap second (Qt's ISO reader takes more than this).
// Null when the text is anything else.
QDateTime checkTime(const QString &text)
{
    static const QRegularExpression rfc3339(QStringLiteral(
        R"(^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$)"));
    if (!rfc3339.match(text).hasMatch())
        return {};
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid() || t.date().year() < 2000)
        return {};
    return t;
}

bool isJsonContentType(const QString &contentType)
{
    const QStringList parts = contentType.split(QLatin1Char(';'));
    if (parts.first().trimmed().compare(QLatin1String("application/json"), Qt::CaseInsensitive) != 0)
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString param = parts.at(i).trimmed();
        if (param.isEmpty())
            continue;
        const qsizetype eq = param.indexOf(QLatin1Char('='));
        if (eq < 0)
            return false;
        const QString name = param.left(eq).trimmed();
        QString value = param.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        // The contract allows one parameter, charset=utf-8.
        if (name.compare(QLatin1String("charset"), Qt::CaseInsensitive) != 0
            || value.compare(QLatin1String("utf-8"), Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

Verdict interpretReply(const Reply &reply, const QString &expectedRequestId, const QDateTime &now)
{
    if (reply.httpStatus != 200)
        return errorStatus(reply, now);

    const auto protocol = [&](const QString &reason, const QString &detail) {
        Verdict v = verdict(Kind::Fail, Failure::Protocol, reason, detail);
        v.result.httpStatus = reply.httpStatus;
        return v;
    };
    if (reply.body.size() > maxReplyBytes)
        return protocol(tr("The service's answer is too large."), QStringLiteral("%1 bytes").arg(reply.body.size()));
    // Asked for plain (Accept-Encoding: identity): an encoded answer could not be told whole.
    if (!reply.contentEncoding.trimmed().isEmpty()
        && reply.contentEncoding.trimmed().compare("identity", Qt::CaseInsensitive) != 0)
        return protocol(tr("The service's answer is compressed, which the contract does not allow."),
            QStringLiteral("Content-Encoding: %1").arg(clip(QString::fromLatin1(reply.contentEncoding), 40)));
    if (!isJsonContentType(reply.contentType))
        return protocol(tr("The service's answer is not JSON."),
            QStringLiteral("Content-Type: %1").arg(clip(reply.contentType, 80)));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return protocol(tr("The service's answer is not valid JSON."),
            parseError.error != QJsonParseError::NoError
                ? QStringLiteral("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset)
                : QStringLiteral("not a JSON object"));
    if (QString problem; !topLevelNamesUnique(reply.body, &problem))
        return protocol(tr("The service's answer is ambiguous: a field appears twice."), problem);
    const QJsonObject o = doc.object();

    const QJsonValue id = o.value(QStringLiteral("request_id"));
    if (!id.isString() || id.toString() != expectedRequestId)
        return protocol(tr("The service's answer belongs to another request."),
            QStringLiteral("request_id echo missing or different"));

    const QJsonValue resultValue = o.value(QStringLiteral("result"));
    const auto outcome = HouseholdResult::fromCode(resultValue.toString());
    if (!resultValue.isString() || !outcome || *outcome == HouseholdResult::Outcome::Unavailable)
        return protocol(tr("The service's answer has an unknown result."),
            QStringLiteral("result: %1").arg(clip(resultValue.toVariant().toString(), 40)));

    const QJsonValue at = o.value(QStringLiteral("checked_at"));
    const QDateTime checkedAt = checkTime(at.toString());
    if (!at.isString() || !checkedAt.isValid())
        return protocol(tr("The service's answer has no valid check time."),
            QStringLiteral("checked_at: %1").arg(clip(at.toString(), 40)));
    // More than ten minutes ahead of this computer's clock: a result from the future would
    // outrank every later check of the request. Usually this computer's clock is behind.
    if (now.isValid() && checkedAt > now.addSecs(10 * 60))
        return protocol(tr("The service's answer is dated %1, ahead of this computer's clock (%2). Check the "
                           "computer's date and time.")
                            .arg(checkedAt.toUTC().toString(Qt::ISODate), now.toUTC().toString(Qt::ISODate)),
            QStringLiteral("checked_at %1 > now %2 + 10 min").arg(checkedAt.toUTC().toString(Qt::ISODate),
                now.toUTC().toString(Qt::ISODate)));

    const QJsonValue reference = o.value(QStringLiteral("reference"));
    if (!reference.isString() || !isPrintableReference(reference.toString()))
        return protocol(tr("The service's answer has no valid reference."), QStringLiteral("reference missing"));

    Verdict v;
    v.kind = Kind::Answer;
    v.result = HouseholdResult::answer(*outcome, checkedAt, reference.toString(), expectedRequestId);
    v.result.httpStatus = reply.httpStatus;
    return v;
}

Verdict interpretTransportError(QNetworkReply::NetworkError error, const QString &errorString)
{
    using E = QNetworkReply::NetworkError;
    const QString detail = QStringLiteral("%1 (%2)").arg(clip(errorString)).arg(int(error));
    switch (error) {
    case E::NoError:
        return verdict(
            Kind::Fail, Failure::Protocol, tr("The service closed the connection without an answer."), detail);
    case E::ConnectionRefusedError:
        return verdict(Kind::Retry, Failure::Network, tr("The service refused the connection."), detail);
    case E::RemoteHostClosedError:
        return verdict(
            Kind::Retry, Failure::Network, tr("The service closed the connection without an answer."), detail);
    case E::HostNotFoundError:
        return verdict(Kind::Retry, Failure::Network, tr("The service's host name could not be found."), detail);
    case E::TimeoutError:
    case E::OperationCanceledError: // QNetworkRequest::setTransferTimeout aborts the reply
        return verdict(Kind::Retry, Failure::Timeout, tr("The service did not answer in time."), detail);
    case E::TemporaryNetworkFailureError:
    case E::NetworkSessionFailedError:
    case E::UnknownNetworkError:
    case E::ProxyConnectionRefusedError:
    case E::ProxyConnectionClosedError:
    case E::ProxyTimeoutError:
        return verdict(Kind::Retry, Failure::Network, tr("The network connection to the service failed."), detail);
    case E::SslHandshakeFailedError:
        return verdict(Kind::Fail, Failure::Tls,
            tr("The service's certificate was not accepted; the connection was refused."), detail);
    default:
        break;
    }
    return verdict(Kind::Fail, Failure::Network, tr("The connection to the service failed."), detail);
}

int parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qlonglong>(seconds, 24 * 3600) * 1000);
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return -1;
    at.setTimeZone(QTimeZone::utc());
    const qint64 ms = now.msecsTo(at);
    const qint64 day = qint64(24) * 3600 * 1000;
    return int(ms < 0 ? 0 : (ms > day ? day : ms));
}

int retryDelayMs(const RetryPolicy &policy, int attemptsDone, int retryAfterMs)
{
    if (attemptsDone < 1 || attemptsDone >= policy.maxAttempts)
        return -1;
    qint64 delay = policy.baseDelayMs;
    for (int i = 1; i < attemptsDone && delay < policy.maxDelayMs; ++i)
        delay *= 2;
    delay = qMin<qint64>(delay, policy.maxDelayMs);
    if (retryAfterMs > delay)
        delay = qMin<qint64>(retryAfterMs, policy.maxDelayMs);
    return int(qMax<qint64>(0, delay));
}

bool isTaipeiCity(const QString &city)
{
    const QString c = city.simplified();
    return c.compare(QLatin1String("Taipei"), Qt::CaseInsensitive) == 0
        || c.compare(QLatin1String("Taipei City"), Qt::CaseInsensitive) == 0 || c == QStringLiteral("臺北市")
        || c == QStringLiteral("台北市");
}

HouseholdResult::Outcome decideFromRegistry(
    const std::optional<RegistryEntry> &parent, const std::optional<RegistryEntry> &child)
{
    using O = HouseholdResult::Outcome;
    if (!parent || !child || !isTaipeiCity(parent->city) || !isTaipeiCity(child->city))
        return O::NotRegisteredInTaipei;
    if (parent->householdCode.trimmed().isEmpty() || parent->householdCode.trimmed() != child->householdCode.trimmed())
        return O::NoMatch;
    return O::Match;
}

} // namespace cooc::HouseholdContract
