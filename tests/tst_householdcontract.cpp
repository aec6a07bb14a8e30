// The household-registration contract (docs/household-contract.md) as pure functions,
// tested as tables: endpoint, query checks, request body, reply and transport-error
// interpretation, Retry-After and backoff, the registry rule, result codes and settings.
// The HTTPS client itself is tested in tst_household.cpp.
#include "app/household/householdcontract.h"
#include "app/household/httphouseholdclient.h"
#include "models/nationalid.h"
#include "support/householdsample.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cooc;
using namespace cooc::test::household;
using Outcome = HouseholdResult::Outcome;
using Failure = HouseholdResult::Failure;
using Kind = HouseholdContract::Verdict::Kind;

Q_DECLARE_METATYPE(Kind)

namespace {

QString hashOf(char c)
{
    return QString(64, QLatin1Char(c));
}

} // namespace

class TestHouseholdContract : public QObject
{
    Q_OBJECT

private slots:
    void endpoint_data();
    void endpoint();
    void queryProblem_data();
    void queryProblem();
    void requestBodyCarriesOnlyHashes();
    void contentType_data();
    void contentType();
    void interpretReply_data();
    void interpretReply();
    void encodedAnswerIsRefused();
    void answerFromTheFutureNamesTheClock();
    void duplicateKeyIsNamed();
    void transportError_data();
    void transportError();
    void retryAfter_data();
    void retryAfter();
    void retryDelay_data();
    void retryDelay();
    void taipei_data();
    void taipei();
    void registryDecision_data();
    void registryDecision();
    void resultCodesRoundTrip();
    void configValidation_data();
    void configValidation();
    void pinParsing_data();
    void pinParsing();
};

// --- the contract as pure functions ---------------------------------------------------

void TestHouseholdContract::endpoint_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected"); // empty: refused

    QTest::newRow("host only") << "https://hr.gov.taipei"
                               << "https://hr.gov.taipei/v1/household-checks";
    QTest::newRow("with path") << "https://hr.gov.taipei/api"
                               << "https://hr.gov.taipei/api/v1/household-checks";
    QTest::newRow("trailing slash") << "https://hr.gov.taipei/api/"
                                    << "https://hr.gov.taipei/api/v1/household-checks";
    QTest::newRow("port") << "https://10.1.2.3:8443"
                          << "https://10.1.2.3:8443/v1/household-checks";
    QTest::newRow("plain http") << "http://hr.gov.taipei"
                                << "";
    QTest::newRow("user info") << "https://u:p@hr.gov.taipei"
                               << "";
    QTest::newRow("query") << "https://hr.gov.taipei/?x=1"
                           << "";
    QTest::newRow("fragment") << "https://hr.gov.taipei/#x"
                              << "";
    QTest::newRow("relative") << "/v1"
                              << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestHouseholdContract::endpoint()
{
    QFETCH(QString, base);
    QFETCH(QString, expected);
    const auto url = HouseholdContract::endpoint(QUrl(base));
    QCOMPARE(url.ok(), !expected.isEmpty());
    if (url)
        QCOMPARE(url.value().toString(), expected);
    else
        QCOMPARE(url.error().code, Error::Code::InvalidInput);
}

void TestHouseholdContract::queryProblem_data()
{
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("child");
    QTest::addColumn<bool>("usable");

    QTest::newRow("good") << "r-1" << hashOf('a') << hashOf('b') << true;
    QTest::newRow("real hashes") << "r-1" << NationalId::hash(kParentId) << NationalId::hash(kChildId) << true;
    QTest::newRow("no request id") << "" << hashOf('a') << hashOf('b') << false;
    QTest::newRow("blank request id") << "  " << hashOf('a') << hashOf('b') << false;
    QTest::newRow("request id too long") << QString(65, QLatin1Char('x')) << hashOf('a') << hashOf('b') << false;
    QTest::newRow("parent empty") << "r-1"
                                  << "" << hashOf('b') << false;
    QTest::newRow("parent upper case") << "r-1" << hashOf('A') << hashOf('b') << false;
    QTest::newRow("parent short") << "r-1" << QString(63, QLatin1Char('a')) << hashOf('b') << false;
    QTest::newRow("parent is a raw ID") << "r-1" << kParentId << hashOf('b') << false;
    QTest::newRow("child not hex") << "r-1" << hashOf('a') << hashOf('g') << false;
    QTest::newRow("same person") << "r-1" << hashOf('a') << hashOf('a') << false;
}

void TestHouseholdContract::queryProblem()
{
    QFETCH(QString, requestId);
    QFETCH(QString, parent);
    QFETCH(QString, child);
    QFETCH(bool, usable);
    HouseholdQuery q;
    q.requestId = requestId;
    q.parentIdHash = parent;
    q.childIdHash = child;
    const auto problem = HouseholdContract::queryProblem(q);
    QCOMPARE(!problem.has_value(), usable);
    if (problem)
        QVERIFY(!problem->isEmpty());
}

void TestHouseholdContract::requestBodyCarriesOnlyHashes()
{
    HouseholdQuery q = sampleQuery();
    q.requestId = QStringLiteral("6f1c2b9e-0000-4000-8000-000000000001");
    const QByteArray body = HouseholdContract::requestBody(q, QStringLiteral("tp-2026"));
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QCOMPARE(o.value(QStringLiteral("request_id")).toString(), q.requestId);
    QCOMPARE(o.value(QStringLiteral("parent")).toObject().value(QStringLiteral("id_hash")).toString(), q.parentIdHash);
    QCOMPARE(o.value(QStringLiteral("child")).toObject().value(QStringLiteral("id_hash")).toString(), q.childIdHash);
    QCOMPARE(o.value(QStringLiteral("id_hash")).toObject().value(QStringLiteral("algorithm")).toString(),
        QStringLiteral("HMAC-SHA256"));
    QCOMPARE(o.value(QStringLiteral("id_hash")).toObject().value(QStringLiteral("key_id")).toString(),
        QStringLiteral("tp-2026"));
    QCOMPARE(o.value(QStringLiteral("school_code")).toString(), QStringLiteral("tpjh"));
    QCOMPARE(o.value(QStringLiteral("client_reference")).toString(), QStringLiteral("binding_request:42"));
    QVERIFY(!body.contains(kParentId.toLatin1()));
    QVERIFY(!body.contains(kChildId.toLatin1()));
    QVERIFY(!body.contains(kParentId.right(6).toLatin1()));
}

void TestHouseholdContract::contentType_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("json");
    QTest::newRow("plain") << "application/json" << true;
    QTest::newRow("utf-8") << "application/json; charset=utf-8" << true;
    QTest::newRow("UTF-8 quoted") << "Application/JSON;charset=\"UTF-8\"" << true;
    QTest::newRow("latin-1") << "application/json; charset=iso-8859-1" << false;
    QTest::newRow("html") << "text/html" << false;
    QTest::newRow("text json") << "text/json" << false;
    QTest::newRow("problem+json") << "application/problem+json" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("bare parameter") << "application/json; utf-8" << false;
}

void TestHouseholdContract::contentType()
{
    QFETCH(QString, value);
    QFETCH(bool, json);
    QCOMPARE(HouseholdContract::isJsonContentType(value), json);
}

void TestHouseholdContract::interpretReply_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<int>("retryAfterMs");

    const QString json = QStringLiteral("application/json");
    const auto body = [](const char *result, const char *id = "r-1", const char *at = "2026-11-28T08:30:00Z",
                          const char *ref = "HR-1") -> QByteArray {
        return QByteArray(R"({"request_id":")") + id + R"(","result":")" + result + R"(","checked_at":")" + at
            + R"(","reference":")" + ref + R"("})";
    };
    const auto answer = [&](const char *name, const QByteArray &b, Outcome o) {
        QTest::newRow(name) << 200 << json << b << QByteArray() << Kind::Answer << o << Failure::None << -1;
    };
    const auto fail = [&](const char *name, int status, const QString &ct, const QByteArray &b, Failure f) {
        QTest::newRow(name) << status << ct << b << QByteArray() << Kind::Fail << Outcome::Unavailable << f << -1;
    };
    const auto retry = [&](const char *name, int status, const QByteArray &retryAfter, int ms) {
        QTest::newRow(name) << status << json << QByteArray(R"({"error":{"code":"busy","message":"x"}})") << retryAfter
                            << Kind::Retry << Outcome::Unavailable << Failure::Http << ms;
    };

    answer("match", body("MATCH"), Outcome::Match);
    answer("no match", body("NO_MATCH"), Outcome::NoMatch);
    answer("not in Taipei", body("NOT_REGISTERED_IN_TAIPEI"), Outcome::NotRegisteredInTaipei);
    answer("offset time", body("MATCH", "r-1", "2026-11-28T16:30:00+08:00"), Outcome::Match);
    answer("milliseconds", body("MATCH", "r-1", "2026-11-28T08:30:00.123Z"), Outcome::Match);
    answer("unknown extra field",
        QByteArray(R"({"request_id":"r-1","result":"NO_MATCH","checked_at":"2026-11-28T08:30:00Z",)"
                   R"("reference":"HR-1","api_version":"1.3","note":{"x":1}})"),
        Outcome::NoMatch);
    // A name repeated only inside a nested value is not ambiguous for the contract: it reads
    // no nested object, only top-level strings (docs/household-contract.md, "Response").
    answer("duplicate key inside a nested object",
        QByteArray(R"({"request_id":"r-1","result":"MATCH","checked_at":"2026-11-28T08:30:00Z",)"
                   R"("reference":"HR-1","note":{"x":1,"x":2}})"),
        Outcome::Match);
    answer("a top-level name again inside a nested value",
        QByteArray(R"({"request_id":"r-1","result":"MATCH","checked_at":"2026-11-28T08:30:00Z",)"
                   R"("reference":"HR-1","note":{"result":"NO_MATCH"},"list":[{"result":"x"},{"result":"y"}]})"),
        Outcome::Match);
    answer("braces and quotes inside strings",
        QByteArray(R"({"request_id":"r-1","result":"NO_MATCH","checked_at":"2026-11-28T08:30:00Z",)"
                   R"("reference":"HR-1","text":"}, \"result\": {[","n":-1.5e3,"t":true,"z":null})"),
        Outcome::NoMatch);
    QTest::newRow("charset utf-8") << 200 << QStringLiteral("application/json; charset=utf-8") << body("MATCH")
                                   << QByteArray() << Kind::Answer << Outcome::Match << Failure::None << -1;

    answer("microseconds", body("MATCH", "r-1", "2026-11-28T08:30:00.123456Z"), Outcome::Match);
    answer("five minutes ahead of our clock (skew)", body("MATCH", "r-1", "2026-11-28T09:05:00Z"), Outcome::Match);
    // checked_at is RFC 3339 as the contract writes it; Qt's ISO reader alone took these.
    fail("check time without seconds", 200, json, body("MATCH", "r-1", "2026-11-28T08:30Z"), Failure::Protocol);
    fail("check time 24:00", 200, json, body("MATCH", "r-1", "2026-11-28T24:00:00Z"), Failure::Protocol);
    fail("check time a leap second", 200, json, body("MATCH", "r-1", "2026-11-28T23:59:60Z"), Failure::Protocol);
    fail("check time in year 1", 200, json, body("MATCH", "r-1", "0001-11-28T08:30:00Z"), Failure::Protocol);
    fail("check time an hour ahead of our clock", 200, json, body("MATCH", "r-1", "2026-11-28T10:00:00Z"),
        Failure::Protocol);
    fail("check time with a space", 200, json, body("MATCH", "r-1", "2026-11-28 08:30:00Z"), Failure::Protocol);
    fail("content type with another parameter", 200, QStringLiteral("application/json; foo=bar"), body("MATCH"),
        Failure::Protocol);
    fail("service says UNAVAILABLE in a 200", 200, json, body("UNAVAILABLE"), Failure::Protocol);
    fail("lower-case result", 200, json, body("match"), Failure::Protocol);
    fail("unknown result", 200, json, body("MAYBE"), Failure::Protocol);
    fail("result is a number", 200, json,
        R"({"request_id":"r-1","result":1,"checked_at":"2026-11-28T08:30:00Z","reference":"HR-1"})", Failure::Protocol);
    fail("result missing", 200, json, R"({"request_id":"r-1","checked_at":"2026-11-28T08:30:00Z","reference":"a"})",
        Failure::Protocol);
    fail("wrong request id", 200, json, body("MATCH", "r-2"), Failure::Protocol);
    fail("request id missing", 200, json,
        R"({"result":"MATCH","checked_at":"2026-11-28T08:30:00Z","reference":"HR-1"})", Failure::Protocol);
    fail("time without zone", 200, json, body("MATCH", "r-1", "2026-11-28T08:30:00"), Failure::Protocol);
    fail("time garbage", 200, json, body("MATCH", "r-1", "yesterday"), Failure::Protocol);
    fail("time missing", 200, json, R"({"request_id":"r-1","result":"MATCH","reference":"HR-1"})", Failure::Protocol);
    fail("reference empty", 200, json, body("MATCH", "r-1", "2026-11-28T08:30:00Z", ""), Failure::Protocol);
    fail("reference with control character", 200, json, body("MATCH", "r-1", "2026-11-28T08:30:00Z", "HR\\u0007-1"),
        Failure::Protocol);
    fail("reference too long", 200, json,
        body("MATCH", "r-1", "2026-11-28T08:30:00Z", QByteArray(129, 'R').constData()), Failure::Protocol);
    // A repeated top-level name makes the answer ambiguous (QJsonObject would keep the last).
    fail("duplicate result", 200, json,
        R"({"request_id":"r-1","result":"NO_MATCH","result":"MATCH","checked_at":"2026-11-28T08:30:00Z",)"
        R"("reference":"HR-1"})",
        Failure::Protocol);
    fail("duplicate result, same value", 200, json,
        R"({"request_id":"r-1","result":"MATCH","checked_at":"2026-11-28T08:30:00Z","reference":"HR-1",)"
        R"("result":"MATCH"})",
        Failure::Protocol);
    fail("duplicate request_id", 200, json,
        R"({"request_id":"r-2","result":"MATCH","checked_at":"2026-11-28T08:30:00Z","reference":"HR-1",)"
        R"("request_id":"r-1"})",
        Failure::Protocol);
    fail("duplicate key spelled with an escape", 200, json,
        R"({"request_id":"r-1","result":"NO_MATCH","res\u0075lt":"MATCH","checked_at":"2026-11-28T08:30:00Z",)"
        R"("reference":"HR-1"})",
        Failure::Protocol);
    fail("duplicate unknown top-level field", 200, json,
        R"({"request_id":"r-1","result":"MATCH","checked_at":"2026-11-28T08:30:00Z","reference":"HR-1",)"
        R"("note":{"a":1}, "note" :2})",
        Failure::Protocol);
    fail("not JSON", 200, json, "{not json", Failure::Protocol);
    fail("truncated JSON", 200, json, body("MATCH").left(30), Failure::Protocol);
    fail("JSON array", 200, json, "[]", Failure::Protocol);
    fail("empty body", 200, json, "", Failure::Protocol);
    fail("html content type", 200, QStringLiteral("text/html"), body("MATCH"), Failure::Protocol);
    fail("no content type", 200, QString(), body("MATCH"), Failure::Protocol);
    fail("latin-1", 200, QStringLiteral("application/json; charset=iso-8859-1"), body("MATCH"), Failure::Protocol);
    fail("too large", 200, json, body("MATCH") + QByteArray(70000, ' '), Failure::Protocol);
    fail("201", 201, json, body("MATCH"), Failure::Protocol);
    fail("204", 204, json, "", Failure::Protocol);
    fail("redirect", 302, json, "", Failure::Http);
    fail("400", 400, json, R"({"error":{"code":"invalid_request","message":"bad"}})", Failure::Http);
    fail("401", 401, json, R"({"error":{"code":"unauthorized"}})", Failure::Http);
    fail("403", 403, json, "", Failure::Http);
    fail("404 html", 404, QStringLiteral("text/html"), "<h1>Not found</h1>", Failure::Http);
    fail("409", 409, json, R"({"error":{"code":"request_id_reused"}})", Failure::Http);
    fail("422 unknown key", 422, json, R"({"error":{"code":"unknown_key_id"}})", Failure::Http);
    fail("501", 501, json, "", Failure::Http);

    retry("408", 408, QByteArray(), -1);
    retry("429 with Retry-After", 429, "2", 2000);
    retry("500", 500, QByteArray(), -1);
    retry("502", 502, QByteArray(), -1);
    retry("503 with Retry-After", 503, " 1 ", 1000);
    retry("504", 504, QByteArray(), -1);
}

void TestHouseholdContract::interpretReply()
{
    QFETCH(int, status);
    QFETCH(QString, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(Kind, kind);
    QFETCH(Outcome, outcome);
    QFETCH(Failure, failure);
    QFETCH(int, retryAfterMs);

    const auto v
        = HouseholdContract::interpretReply({ status, contentType, body, retryAfter, {} }, QStringLiteral("r-1"), kNow);
    QCOMPARE(v.kind, kind);
    QCOMPARE(v.result.outcome, outcome);
    QCOMPARE(v.result.failure, failure);
    QCOMPARE(v.retryAfterMs, retryAfterMs);
    QCOMPARE(v.result.httpStatus, status);
    if (kind == Kind::Answer) {
        QVERIFY(v.result.checkedAt.isValid());
        QCOMPARE(v.result.checkedAt.timeSpec(), Qt::UTC);
        QVERIFY(!v.result.serviceReference.isEmpty());
        QCOMPARE(v.result.requestId, QStringLiteral("r-1"));
    } else {
        QVERIFY2(!v.result.reason.isEmpty(), "every failure says why");
        QVERIFY(!v.result.detail.isEmpty());
    }
}

void TestHouseholdContract::answerFromTheFutureNamesTheClock()
{
    const auto v = HouseholdContract::interpretReply({ 200, QStringLiteral("application/json"),
                                                         QByteArray(R"({"request_id":"r-1","result":"MATCH",)"
                                                                    R"("checked_at":"2026-11-28T10:00:00Z","reference":"HR-1"})"),
                                                         {}, {} },
        QStringLiteral("r-1"), kNow);
    QCOMPARE(v.result.failure, Failure::Protocol);
    QVERIFY2(v.result.reason.contains(QLatin1String("this computer's clock")), qPrintable(v.result.reason));
    QVERIFY2(v.result.reason.contains(QLatin1String("2026-11-28T10:00:00Z")), qPrintable(v.result.reason));
}

void TestHouseholdContract::encodedAnswerIsRefused()
{
    // The client asks for identity; an answer compressed anyway could not be told whole.
    HouseholdContract::Reply r { 200, QStringLiteral("application/json"),
        QByteArray(R"({"request_id":"r-1","result":"MATCH","checked_at":"2026-11-28T08:30:00Z","reference":"HR-1"})"),
        {}, {} };
    r.contentEncoding = "identity";
    QCOMPARE(HouseholdContract::interpretReply(r, QStringLiteral("r-1"), kNow).result.outcome, Outcome::Match);
    r.contentEncoding = "gzip";
    const auto v = HouseholdContract::interpretReply(r, QStringLiteral("r-1"), kNow);
    QCOMPARE(v.kind, Kind::Fail);
    QCOMPARE(v.result.failure, Failure::Protocol);
    QVERIFY2(v.result.detail.contains(QStringLiteral("gzip")), qPrintable(v.result.detail));
}

void TestHouseholdContract::duplicateKeyIsNamed()
{
    const QByteArray b(
        R"({"request_id":"r-1","result":"NO_MATCH","result":"MATCH","checked_at":"2026-11-28T08:30:00Z",)"
        R"("reference":"HR-1"})");
    const auto v = HouseholdContract::interpretReply(
        { 200, QStringLiteral("application/json"), b, {}, {} }, QStringLiteral("r-1"), kNow);
    QCOMPARE(v.kind, Kind::Fail);
    QCOMPARE(v.result.failure, Failure::Protocol);
    QVERIFY2(v.result.reason.contains(QStringLiteral("twice")), qPrintable(v.result.reason));
    QVERIFY2(v.result.detail.contains(QStringLiteral("\"result\"")), qPrintable(v.result.detail));
    QVERIFY(!v.result.isFastTrackMatch());
}

void TestHouseholdContract::transportError_data()
{
    using E = QNetworkReply::NetworkError;
    QTest::addColumn<E>("error");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Failure>("failure");
    QTest::newRow("refused") << E::ConnectionRefusedError << Kind::Retry << Failure::Network;
    QTest::newRow("closed") << E::RemoteHostClosedError << Kind::Retry << Failure::Network;
    QTest::newRow("no such host") << E::HostNotFoundError << Kind::Retry << Failure::Network;
    QTest::newRow("timeout") << E::TimeoutError << Kind::Retry << Failure::Timeout;
    QTest::newRow("transfer timeout") << E::OperationCanceledError << Kind::Retry << Failure::Timeout;
    QTest::newRow("temporary") << E::TemporaryNetworkFailureError << Kind::Retry << Failure::Network;
    QTest::newRow("tls handshake") << E::SslHandshakeFailedError << Kind::Fail << Failure::Tls;
    QTest::newRow("unknown protocol") << E::ProtocolUnknownError << Kind::Fail << Failure::Network;
    QTest::newRow("no error, no status") << E::NoError << Kind::Fail << Failure::Protocol;
}

void TestHouseholdContract::transportError()
{
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(Kind, kind);
    QFETCH(Failure, failure);
    const auto v = HouseholdContract::interpretTransportError(error, QStringLiteral("driver text"));
    QCOMPARE(v.kind, kind);
    QCOMPARE(v.result.outcome, Outcome::Unavailable);
    QCOMPARE(v.result.failure, failure);
    QVERIFY(!v.result.reason.isEmpty());
    QVERIFY(v.result.detail.contains(QStringLiteral("driver text")));
}

void TestHouseholdContract::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("ms");
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("seconds") << QByteArray("3") << 3000;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("negative") << QByteArray("-1") << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("huge is capped at a day") << QByteArray("99999999") << 24 * 3600 * 1000;
    QTest::newRow("http date") << QByteArray("Sat, 28 Nov 2026 09:00:10 GMT") << 10000;
    QTest::newRow("http date past") << QByteArray("Sat, 28 Nov 2026 08:00:00 GMT") << 0;
}

void TestHouseholdContract::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, ms);
    QCOMPARE(HouseholdContract::parseRetryAfter(value, kNow), ms);
}

void TestHouseholdContract::retryDelay_data()
{
    QTest::addColumn<int>("maxAttempts");
    QTest::addColumn<int>("base");
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("attemptsDone");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<int>("delay");
    QTest::newRow("first retry") << 3 << 500 << 4000 << 1 << -1 << 500;
    QTest::newRow("second retry doubles") << 3 << 500 << 4000 << 2 << -1 << 1000;
    QTest::newRow("no attempt left") << 3 << 500 << 4000 << 3 << -1 << -1;
    QTest::newRow("single attempt policy") << 1 << 500 << 4000 << 1 << -1 << -1;
    QTest::newRow("nothing done yet") << 3 << 500 << 4000 << 0 << -1 << -1;
    QTest::newRow("capped") << 6 << 500 << 1200 << 4 << -1 << 1200;
    QTest::newRow("Retry-After longer") << 3 << 500 << 4000 << 1 << 2000 << 2000;
    QTest::newRow("Retry-After shorter") << 3 << 500 << 4000 << 2 << 100 << 1000;
    QTest::newRow("Retry-After capped") << 3 << 500 << 4000 << 1 << 60000 << 4000;
    QTest::newRow("zero base") << 3 << 0 << 0 << 1 << -1 << 0;
}

void TestHouseholdContract::retryDelay()
{
    QFETCH(int, maxAttempts);
    QFETCH(int, base);
    QFETCH(int, cap);
    QFETCH(int, attemptsDone);
    QFETCH(int, retryAfter);
    QFETCH(int, delay);
    QCOMPARE(HouseholdContract::retryDelayMs({ maxAttempts, base, cap }, attemptsDone, retryAfter), delay);
}

void TestHouseholdContract::taipei_data()
{
    QTest::addColumn<QString>("city");
    QTest::addColumn<bool>("taipei");
    QTest::newRow("Taipei") << "Taipei" << true;
    QTest::newRow("taipei city") << " taipei  city " << true;
    QTest::newRow("臺北市") << "臺北市" << true;
    QTest::newRow("台北市") << "台北市" << true;
    QTest::newRow("New Taipei") << "New Taipei" << false;
    QTest::newRow("新北市") << "新北市" << false;
    QTest::newRow("Taoyuan") << "Taoyuan" << false;
    QTest::newRow("empty") << "" << false;
}

void TestHouseholdContract::taipei()
{
    QFETCH(QString, city);
    QFETCH(bool, taipei);
    QCOMPARE(HouseholdContract::isTaipeiCity(city), taipei);
}

void TestHouseholdContract::registryDecision_data()
{
    QTest::addColumn<QString>("parentHousehold"); // "-" = no registry row
    QTest::addColumn<QString>("parentCity");
    QTest::addColumn<QString>("childHousehold");
    QTest::addColumn<QString>("childCity");
    QTest::addColumn<Outcome>("outcome");
    QTest::newRow("same household") << "H1"
                                    << "Taipei"
                                    << "H1"
                                    << "臺北市" << Outcome::Match;
    QTest::newRow("different households") << "H1"
                                          << "Taipei"
                                          << "H2"
                                          << "Taipei" << Outcome::NoMatch;
    QTest::newRow("parent in New Taipei") << "H1"
                                          << "New Taipei"
                                          << "H1"
                                          << "Taipei" << Outcome::NotRegisteredInTaipei;
    QTest::newRow("child elsewhere") << "H1"
                                     << "Taipei"
                                     << "H1"
                                     << "Kaohsiung" << Outcome::NotRegisteredInTaipei;
    QTest::newRow("parent unknown") << "-"
                                    << ""
                                    << "H1"
                                    << "Taipei" << Outcome::NotRegisteredInTaipei;
    QTest::newRow("child unknown") << "H1"
                                   << "Taipei"
                                   << "-"
                                   << "" << Outcome::NotRegisteredInTaipei;
    QTest::newRow("both unknown") << "-"
                                  << ""
                                  << "-"
                                  << "" << Outcome::NotRegisteredInTaipei;
    QTest::newRow("empty household codes") << ""
                                           << "Taipei"
                                           << ""
                                           << "Taipei" << Outcome::NoMatch;
}

void TestHouseholdContract::registryDecision()
{
    QFETCH(QString, parentHousehold);
    QFETCH(QString, parentCity);
    QFETCH(QString, childHousehold);
    QFETCH(QString, childCity);
    QFETCH(Outcome, outcome);
    using Entry = HouseholdContract::RegistryEntry;
    const auto entry = [](const QString &h, const QString &c) -> std::optional<Entry> {
        if (h == QLatin1String("-"))
            return std::nullopt;
        return Entry { h, c };
    };
    QCOMPARE(
        HouseholdContract::decideFromRegistry(entry(parentHousehold, parentCity), entry(childHousehold, childCity)),
        outcome);
}

void TestHouseholdContract::resultCodesRoundTrip()
{
    for (Outcome o : { Outcome::Match, Outcome::NoMatch, Outcome::NotRegisteredInTaipei, Outcome::Unavailable }) {
        QCOMPARE(HouseholdResult::fromCode(HouseholdResult::code(o)), std::optional<Outcome>(o));
        QVERIFY(!HouseholdResult::outcomeText(o).isEmpty());
    }
    QVERIFY(!HouseholdResult::fromCode(QStringLiteral("NOT_CHECKED")));
    QVERIFY(!HouseholdResult::fromCode(QStringLiteral("match")));
    const auto r = HouseholdResult::unavailable(
        Failure::Timeout, QStringLiteral("slow"), QStringLiteral("d"), kNow, QStringLiteral("r-9"));
    const QJsonObject j = r.toJson();
    QCOMPARE(j.value(QStringLiteral("result")).toString(), QStringLiteral("UNAVAILABLE"));
    QCOMPARE(j.value(QStringLiteral("failure")).toString(), QStringLiteral("timeout"));
    QCOMPARE(j.value(QStringLiteral("reason")).toString(), QStringLiteral("slow"));
    QVERIFY(r.displayText().contains(QStringLiteral("slow")));
}

void TestHouseholdContract::configValidation_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QByteArray>("apiKey");
    QTest::addColumn<QByteArray>("pin");
    QTest::addColumn<int>("timeout");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<bool>("valid");
    const QByteArray pin(32, 'p');
    QTest::newRow("good") << "https://hr.gov.taipei" << QByteArray("k") << QByteArray() << 1000 << 3 << true;
    QTest::newRow("good with pin") << "https://hr.gov.taipei" << QByteArray("k") << pin << 1000 << 3 << true;
    QTest::newRow("http") << "http://hr.gov.taipei" << QByteArray("k") << QByteArray() << 1000 << 3 << false;
    QTest::newRow("no key") << "https://hr.gov.taipei" << QByteArray() << QByteArray() << 1000 << 3 << false;
    QTest::newRow("key with newline") << "https://hr.gov.taipei" << QByteArray("k\r\nX: y") << QByteArray() << 1000 << 3
                                      << false;
    QTest::newRow("short pin") << "https://hr.gov.taipei" << QByteArray("k") << QByteArray(20, 'p') << 1000 << 3
                               << false;
    QTest::newRow("zero timeout") << "https://hr.gov.taipei" << QByteArray("k") << QByteArray() << 0 << 3 << false;
    QTest::newRow("no attempts") << "https://hr.gov.taipei" << QByteArray("k") << QByteArray() << 1000 << 0 << false;
    QTest::newRow("too many attempts") << "https://hr.gov.taipei" << QByteArray("k") << QByteArray() << 1000 << 11
                                       << false;
}

void TestHouseholdContract::configValidation()
{
    QFETCH(QString, base);
    QFETCH(QByteArray, apiKey);
    QFETCH(QByteArray, pin);
    QFETCH(int, timeout);
    QFETCH(int, attempts);
    QFETCH(bool, valid);
    HttpHouseholdConfig c;
    c.baseUrl = QUrl(base);
    c.apiKey = apiKey;
    c.pinnedSha256 = pin;
    c.transferTimeoutMs = timeout;
    c.retry.maxAttempts = attempts;
    const Status s = c.validate();
    QCOMPARE(s.ok(), valid);
    if (!s) {
        QVERIFY(!s.error().message.isEmpty());
        QVERIFY2(!s.error().message.contains(QString::fromLatin1(apiKey)) || apiKey.isEmpty(), "never echo the key");
    }
}

void TestHouseholdContract::pinParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    const QString hex = QStringLiteral("0123456789abcdef").repeated(4);
    QString colons;
    for (int i = 0; i < hex.size(); i += 2)
        colons += (i ? QStringLiteral(":") : QString()) + hex.mid(i, 2).toUpper();
    QTest::newRow("hex") << hex << true;
    QTest::newRow("colons upper case") << colons << true;
    QTest::newRow("too short") << hex.left(62) << false;
    QTest::newRow("sha1 length") << hex.left(40) << false;
    QTest::newRow("not hex") << QString(64, QLatin1Char('z')) << false;
    QTest::newRow("empty") << QString() << false;
}

void TestHouseholdContract::pinParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto pin = HttpHouseholdConfig::parsePin(text);
    QCOMPARE(pin.ok(), valid);
    if (pin)
        QCOMPARE(pin.value().size(), 32);
}

QTEST_GUILESS_MAIN(TestHouseholdContract)
#include "tst_householdcontract.moc"
