// The household-registration check (戶籍查驗): the real HTTPS client against a local server
// that speaks the contract (answers; slow, stalled, cut-short, oversized, failing, malformed
// and wrong-certificate replies; a wrong API key; Retry-After).
// The contract's pure functions: tst_householdcontract.cpp; the demo registry and storing a
// result on a binding request: tst_householdstore.cpp.
#include "app/household/householdcontract.h"
#include "app/household/httphouseholdclient.h"
#include "models/nationalid.h"
#include "support/householdsample.h"
#include "support/householdtestserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QScopeGuard>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace cooc;
using namespace cooc::test::household;
using test::HouseholdTestServer;
using Outcome = HouseholdResult::Outcome;
using Failure = HouseholdResult::Failure;

namespace {

const QByteArray kApiKey = QByteArrayLiteral("test-api-key-7f3a9c");

} // namespace

class TestHousehold : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void caFileLoading();

    // The real client over HTTPS.
    void answers_data();
    void answers();
    void slowAnswerTimesOut();
    void slowThenFastIsRetried();
    void serverErrorThenSuccess();
    void alwaysServerErrorBacksOff();
    void replyErrors_data();
    void replyErrors();
    void hangUpIsRetried();
    void truncatedAnswerIsRetried();
    void truncatedThenGoodAnswer();
    void compressedAnswerIsNotRead();
    void cookiesAreNotKept();
    void stallAfterHeadersTimesOut();
    void oversizedServerErrorIsRetried();
    void wrongApiKeyIsNotRetried();
    void retryAfterIsHonoured();
    void connectionRefused();
    void certificateFromAnotherCaIsRefused();
    void configuredCaReplacesTheSystemStore();
    void systemStoreDoesNotTrustPrivateCa();
    void hostnameMismatchIsRefused();
    void pinnedSelfSignedCertificateIsAccepted();
    void pinDoesNotExcuseHostnameMismatch();
    void pinMismatchIsRefusedBeforeAnyByte();
    void invalidQueryNeverConnects();
    void badConfigurationIsUnavailable();
    void cancelStopsTheCheck();
    void secretsAndHashesAreNeverLogged();

private:
    HttpHouseholdConfig configFor(const HouseholdTestServer &server) const;
    std::unique_ptr<HouseholdTestServer> startServer(const test::HouseholdTestPki::Identity &identity);

    std::unique_ptr<test::HouseholdTestPki> m_pki;
    FixedClock m_clock { kNow };
};

void TestHousehold::initTestCase()
{
    QString error;
    QElapsedTimer t;
    t.start();
    m_pki = test::HouseholdTestPki::create(&error);
    QVERIFY2(m_pki, qPrintable(error));
    qInfo("test PKI made in %lld ms", t.elapsed());
}

HttpHouseholdConfig TestHousehold::configFor(const HouseholdTestServer &server) const
{
    HttpHouseholdConfig c;
    c.baseUrl = server.baseUrl();
    c.caCertificates = { m_pki->ca };
    c.apiKey = kApiKey;
    c.idKeyId = QStringLiteral("test-2026");
    c.transferTimeoutMs = 1500;
    c.attemptDeadlineMs = 3000;
    c.retry = { 3, 50, 400 };
    return c;
}

std::unique_ptr<HouseholdTestServer> TestHousehold::startServer(const test::HouseholdTestPki::Identity &identity)
{
    auto server = std::make_unique<HouseholdTestServer>(identity);
    server->expectedApiKey = kApiKey;
    if (!server->listen())
        return nullptr;
    return server;
}

void TestHousehold::caFileLoading()
{
    const auto good = HttpHouseholdConfig::loadCaCertificates(m_pki->caPath);
    QVERIFY(good);
    QCOMPARE(good.value().size(), 1);
    QCOMPARE(good.value().first(), m_pki->ca);

    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("junk.pem"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
    f.close();
    const auto bad = HttpHouseholdConfig::loadCaCertificates(junk);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, Error::Code::Corrupt);
    const auto missing = HttpHouseholdConfig::loadCaCertificates(dir.filePath(QStringLiteral("none.pem")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
}

// --- the real client over HTTPS -----------------------------------------------------

void TestHousehold::answers_data()
{
    QTest::addColumn<QByteArray>("result");
    QTest::addColumn<Outcome>("outcome");
    QTest::newRow("MATCH") << QByteArray("MATCH") << Outcome::Match;
    QTest::newRow("NO_MATCH") << QByteArray("NO_MATCH") << Outcome::NoMatch;
    QTest::newRow("NOT_REGISTERED_IN_TAIPEI")
        << QByteArray("NOT_REGISTERED_IN_TAIPEI") << Outcome::NotRegisteredInTaipei;
}

void TestHousehold::answers()
{
    QFETCH(QByteArray, result);
    QFETCH(Outcome, outcome);
    auto server = startServer(m_pki->server);
    QVERIFY(server);
    server->setSteps({ HouseholdTestServer::Step::answer(result) });
    HttpHouseholdClient client(configFor(*server), m_clock);

    const HouseholdResult r = checkAndWait(client, sampleQuery()); // the CLI / worker path
    QCOMPARE(r.outcome, outcome);
    QCOMPARE(r.failure, Failure::None);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.serviceReference, QStringLiteral("HR-20261128-0001"));
    QCOMPARE(r.checkedAt, QDateTime(QDate(2026, 11, 28), QTime(0, 30, 0, 250), Qt::UTC)); // 08:30 in Taipei
    QVERIFY(!r.requestId.isEmpty());
    QCOMPARE(r.isFastTrackMatch(), outcome == Outcome::Match);

    QCOMPARE(server->received().size(), 1);
    const auto &req = server->received().first();
    QCOMPARE(req.method, QByteArray("POST"));
    QCOMPARE(req.path, QByteArray("/api/v1/household-checks"));
    QVERIFY(req.headers.value("content-type").startsWith("application/json"));
    QCOMPARE(req.headers.value("accept"), QByteArray("application/json"));
    QCOMPARE(req.headers.value("authorization"), "Bearer " + kApiKey);
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    QCOMPARE(body.value(QStringLiteral("request_id")).toString(), r.requestId);
    QCOMPARE(body.value(QStringLiteral("parent")).toObject().value(QStringLiteral("id_hash")).toString(),
        NationalId::hash(kParentId));
    QVERIFY(!req.body.contains(kParentId.toLatin1()));
}

void TestHousehold::slowAnswerTimesOut()
{
    auto server = startServer(m_pki->server);
    QVERIFY(server);
    server->setSteps({ HouseholdTestServer::Step::answer("MATCH", 3000) });
    HttpHouseholdConfig config = configFor(*server);
    config.transferTimeoutMs = 200;
    config.attemptDeadlineMs = 5000; // the transfer timeout must be what ends each attempt
    config.retry = { 2, 50, 400 };
    HttpHouseholdClient client(config, m_clock);

    QElapsedTimer t;
    t.start();
    const HouseholdResult r = checkAndWait(client, sampleQuery());
    const qint64 elapsed = t.elapsed();
    qInfo("2 attempts with a 200 ms transfer timeout and 50 ms backoff took %lld ms", elapsed);
    QCOMPARE(r.outcome, Outcome::Unavailable);
    QCOMPARE(r.failure, Failure::Timeout);
    QCOMPARE(r.attempts, 2);
    QCOMPARE(server->received().size(), 2);
    // Two 200 ms timeouts and a 50 ms pause; Qt's coarse timers may fire up to 5 % early.
    // Generous upper bound for a loaded machine: the 5 s attempt deadline would take 10 s.
    QVERIFY2(elapsed >= 425 && elapsed < 8000, qPrintable(QString::number(elapsed)));
    QVERIFY(!r.reason.isEmpty());
    QCOMPARE(r.checkedAt, kNow); // our clock's time for UNAVAILABLE
}

void TestHousehold::slowThenFastIsRetried()
{
    auto server = startServer(m_pki->server);
    QVERIFY(server);
    server->setSteps(
        { HouseholdTestServer::Step::answer("MATCH", 3000), HouseholdTestServer::Step::answer("NO_MATCH") });
    HttpHouseholdConfig config = configFor(*server);
    config.transferTimeoutMs = 200;
    HttpHouseholdClient client(config, m_clock);
    const HouseholdResult r = checkAndWait(client, sampleQuery());
    QCOMPARE(r.outcome, Outcome::NoMatch);
    QCOMPARE(r.attempts, 2);
}

void TestHousehold::serverErrorThenSuccess()
{
    auto server = startServer(m_pki->server);
    QVERIFY(server);
    server->setSteps({ HouseholdTestServer::Step::error(500, "internal"), HouseholdTestServer::Step::answer("MATCH") });
    HttpHouseholdClient client(configFor(*server), m_clock);

    QPointer<HouseholdCheck> job = client.start(sampleQuery());
    QSignalSpy attempts(job.data(), &HouseholdCheck::attemptStarted);
    QSignalSpy finished(job.data(), &HouseholdCheck::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    const auto r = finished.first().first().value<HouseholdResult>();
    QCOMPARE(r.outcome, Outcome::Match);
    QCOMPARE(r.attempts, 2);
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(1).at(0).toInt(), 2);
    QCOMPARE(attempts.at(1).at(1).toInt(), 3);
    // Idempotency: the retry is the same request, with the same request_id.
    QCOMPARE(server->received().size(), 2);
    QCOMPARE(server->received().at(0).body, server->received().at(1).body);
    QTRY_VERIFY(job.isNull()); // the job deletes itself
}

void TestHousehold::alwaysServerErrorBacksOff()
{
    auto server = startServer(m_pki->server);
    QVERIFY(server);
    server->setSteps({ HouseholdTestServer::Step::error(503, "maintenance") });
    HttpHouseholdConfig config = configFor(*server);
    config.retry = { 3, 150, 1000 };
    HttpHouseholdClient client(config, m_clock);

    const HouseholdResult r = checkAndWait(client, sampleQuery());
    QCOMPARE(r.outcome, Outcome::Unavailable);
    QCOMPARE(r.failure, Failure::Http);
    QCOMPARE(r.attempts, 3);
    QCOMPARE(r.httpStatus, 503);
    QVERIFY(r.reason.contains(QStringLiteral("3")));
    QVERIFY(r.detail.contains(QStringLiteral("maintenance")));
    const auto &got = server->received();
    QCOMPARE(got.size(), 3);
    const qint64 gap1 = got.at(1).atMs - got.at(0).atMs;
    const qint64 gap2 = got.at(2).atMs - got.at(1).atMs;
    qInfo("measured backoff between attempts: %lld ms, %lld ms (configured 150, 300)", gap1, gap2);
    // Lower bounds are the point; the upper ones are generous (a loaded 2-core machine).
    QVERIFY2(gap1 >= 150 && gap1 < 150 + 3000, qPrintable(QString::number(gap1)));
    QVERIFY2(gap2 >= 300 && gap2 < 300 + 3000, qPrintable(QString::number(gap2)));
}

void TestHousehold::replyErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<int>("attempts");
    const QByteArray json = "application/json";
    const QByteArray good = HouseholdTestServer::Step::answer("MATCH").body;
    QTest::newRow("malformed JSON") << 200 << json << QByteArray("{\"request_id\": \"$REQUEST_ID\", ")
                                    << Failure::Protocol << 1;
    QTest::newRow("wrong content type") << 200 << QByteArray("text/html; charset=utf-8") << good << Failure::Protocol
                                        << 1;
    QTest::newRow("wrong request id echo")
        << 200 << json << QByteArray(good).replace("$REQUEST_ID", "someone-else") << Failure::Protocol << 1;
    QTest::newRow("unknown result") << 200 << json << QByteArray(good).replace("MATCH", "PROBABLY") << Failure::Protocol
                                    << 1;
    QTest::newRow("duplicate result key")
        << 200 << json << QByteArray(good).replace("\"result\":", "\"result\":\"NO_MATCH\",\"result\":")
        << Failure::Protocol << 1;
    QTest::newRow("too large 200") << 200 << json << good + QByteArray(70 * 1024, ' ') << Failure::Protocol << 1;
    QTest::newRow("400") << 400 << json << QByteArray("{\"error\":{\"code\":\"invalid_request\"}}") << Failure::Http
                         << 1;
    QTest::newRow("404") << 404 << json << QByteArray("{\"error\":{\"code\":\"not_found\"}}") << Failure::Http << 1;
    QTest::newRow("409") << 409 << json << QByteArray("{\"error\":{\"code\":\"request_id_reused\"}}") << Failure::Http
                         << 1;
    QTest::newRow("422") << 422 << json << QByteArray("{\"error\":{\"code\":\"unknown_key_id\"}}") << Failure::Http
                         << 1;
    QTest::newRow("redirect") << 307 << json << QByteArray() << Failure::Http << 1;
}

void TestHousehold::replyErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(Failure, failure);
    QFETCH(int, attempts);
    auto server = startServer(m_pki->server);
    QVERIFY(server);
    HouseholdTestServer::Step step;
    step.status = status;
    step.contentType = contentType;
    step.body = body;
    if (status == 307)
        step.extraHeaders = "Location: https://evil.example/v1/household-checks\r\n";
    server->setSteps({ step });
    HttpHouseholdClient client(configFor(*server), m_clock);
    const HouseholdResult r = checkAndWait(client, sampleQuery());
    QCOMPARE(r.outcome, Outcome::Unavailable);
    QCOMPARE(r.failure, failure);
    QCOMPARE(r.attempts, attempts);
    QCOMPARE(server->received().size(), attempts);
    QVERIFY(!r.reason.isEmpty());
    if (status != 200)
        QCOMPARE(r.httpStatus, status);
}

void TestHousehold::hangUpIsRetried()
{
    auto server = startServer(m_pki->server);
    QVERIFY(server);
    HouseholdTestServer::Step hang;
    hang.hangUp = true;
    server->setSteps({ hang });
    HttpHouseholdClient client(configFor(*server), m_clock);
    const HouseholdResult r = checkAndWait(client, sampleQuery());
    QCOMPARE(r.outcome, Outcome::Unavailable);
    QCOMPARE(r.failure, Failure::Network);
    QCOMPARE(r.attempts, 3);
    // Qt's HTTP layer itself may resend a request once when the connection closes before any
    // answer; the request id makes that harmless (the contract's idempotency rule).
    const auto &got = server->received();
    QVERIFY2(got.size() >= 3 && got.size() <= 6, qPrintable(QString::number(got.size())));
    for (const auto &request : got)
        QCOMPARE(request.body, got.first().body);
}

// A complete MATCH body, but the Content-Length promised 500 bytes more and the connection
// closed: the answer never arrived whole, so it is a network failure (retried), never a MATCH.
void TestHousehold::truncatedAnswerIsRetried()
{
    auto server = startServer(m_pki->server);
    QVERIFY(server);
    HouseholdTestServer::Step truncated = HouseholdTestServer::Step::answer("MATCH");
    truncated.missingBytes = 500;
    server->setSteps({ truncated });
    HttpHouseholdClient client(configFor(*server), m_clock);
    const HouseholdResult r = checkAndWait(client, sampleQuery());
    QCOMPARE(r.outcome, Outcome::Unavailable);
    QCOMPARE(r.failure, Failure::Network);
    QCOMPARE(r.attempts, 3);
    QVERIFY(!r.isFastTrackMatch());
    QVERIFY2(r.reason.contains(QStringLiteral("closed")), qPrintable(r.reason));
    QVERIFY(r.serviceReference.isEmpty());
    QCOMPARE(server->received().size(), 3);
}

void TestHousehold::compressedAnswerIsNotRead()
{
    auto server = startServer(m_pki->server);
    QVERIFY(server);
    // Qt offers compression itself unless told otherwise and then unpacks a cut-short
    // compressed answer without noticing the missing bytes: this read as a MATCH.
    HouseholdTestServer::Step truncated = HouseholdTestServer::Step::answer("MATCH");
    truncated.deflate = true;
    truncated.missingBytes = 500;
    server->setSteps({ truncated });
    HttpHouseholdClient client(configFor(*server), m_clock);
    HouseholdResult r = checkAndWait(client, sampleQuery());
    QCOMPARE(r.outcome, Outcome::Unavailable);
    QCOMPARE(r.failure, Failure::Network);
    QCOMPARE(r.attempts, 3);
    QCOMPARE(server->received().first().headers.value("accept-encoding"), QByteArray("identity"));

    // Whole, but compressed though plain was asked for: not read, not retried.
    HouseholdTestServer::Step whole = HouseholdTestServer::Step::answer("MATCH");
    whole.deflate = true;
    server->setSteps({ whole });
    r = checkAndWait(client, sampleQuery());
    QCOMPARE(r.outcome, Outcome::Unavailable);
    QCOMPARE(r.failure, Failure::Protocol);
    QCOMPARE(r.attempts, 1);
    QVERIFY(!r.isFastTrackMatch());
}

void TestHousehold::cookiesAreNotKept()
{
    auto server = startServer(m_pki->server);
    QVERIFY(server);
    HouseholdTestServer::Step withCookie = HouseholdTestServer::Step::answer("NO_MATCH");
    withCookie.extraHeaders = "Set-Cookie: sid=s3cr3t; Path=/; Secure\r\n";
    server->setSteps({ withCookie });
    HttpHouseholdClient client(configFor(*server), m_clock);
    QCOMPARE(checkAndWait(client, sampleQuery()).outcome, Outcome::NoMatch);
    QCOMPARE(checkAndWait(client, sampleQuery()).outcome, Outcome::NoMatch);
    QCOMPARE(server->received().size(), 2);
    QVERIFY2(!server->received().at(1).headers.contains("cookie"),
        server->received().at(1).headers.value("cookie").constData());
}

void TestHousehold::truncatedThenGoodAnswer()
{
    auto server = startServer(m_pki->server);
    QVERIFY(server);
    HouseholdTestServer::Step truncated = HouseholdTestServer::Step::answer("MATCH");
    truncated.missingBytes = 500;
    server->setSteps({ truncated, HouseholdTestServer::Step::answer("NO_MATCH") });
    HttpHouseholdClient client(configFor(*server), m_clock);
    const HouseholdResult r = checkAndWait(client, sampleQuery());
    QCOMPARE(r.outcome, Outcome::NoMatch); // the whole answer of attempt 2, not the cut-off one
    QCOMPARE(r.failure, Failure::None);
    QCOMPARE(r.attempts, 2);
    QCOMPARE(server->received().size(), 2);
}

// The headers at once, then nothing for longer than the transfer timeout: a timeout,
// retried — not a "not valid JSON" protocol error read from a reply that was aborted.
void TestHousehold::stallAfterHeadersTimesOut()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("device not open")));
    auto server = startServer(m_pki->server);
    QVERIFY(server);
    HouseholdTestServer::Step stall = HouseholdTestServer::Step::answer("MATCH");
    stall.bodyDelayMs = 10000;
    server->setSteps({ stall });
    HttpHouseholdConfig config = configFor(*server);
    config.transferTimeoutMs = 800;
    config.attemptDeadlineMs = 20000; // the transfer timeout must be what ends each attempt
    HttpHouseholdClient client(config, m_clock);
    const HouseholdResult r = checkAndWait(client, sampleQuery());
    QCOMPARE(r.outcome, Outcome::Unavailable);
    QCOMPARE(r.failure, Failure::Timeout);
    QCOMPARE(r.attempts, 3);
    QCOMPARE(server->received().size(), 3);
    QVERIFY2(r.reason.contains(QStringLiteral("in time")), qPrintable(r.reason));
}

// A 503 whose body is over the 64 KiB limit is still a 503: retried by its status.
void TestHousehold::oversizedServerErrorIsRetried()
{
    auto server = startServer(m_pki->server);
    QVERIFY(server);
    HouseholdTestServer::Step busy = HouseholdTestServer::Step::error(503, "maintenance");
    busy.contentType = "text/html";
    busy.body = QByteArray(70 * 1024, 'x');
    server->setSteps({ busy, HouseholdTestServer::Step::answer("MATCH") });
    HttpHouseholdClient client(configFor(*server), m_clock);
    const HouseholdResult r = checkAndWait(client, sampleQuery());
    QCOMPARE(r.outcome, Outcome::Match);
    QCOMPARE(r.attempts, 2);
    QCOMPARE(server->received().size(), 2);

    // Only ever a 503: UNAVAILABLE by the status after every attempt, not "too large".
    server->setSteps({ busy });
    const HouseholdResult last = checkAndWait(client, sampleQuery());
    QCOMPARE(last.failure, Failure::Http);
    QCOMPARE(last.httpStatus, 503);
    QCOMPARE(last.attempts, 3);
}

void TestHousehold::wrongApiKeyIsNotRetried()
{
    auto server = startServer(m_pki->server); // expects kApiKey
    QVERIFY(server);
    HttpHouseholdConfig config = configFor(*server);
    config.apiKey = QByteArrayLiteral("an-old-revoked-key");
    HttpHouseholdClient client(config, m_clock);
    const HouseholdResult r = checkAndWait(client, sampleQuery());
    QCOMPARE(r.outcome, Outcome::Unavailable);
    QCOMPARE(r.failure, Failure::Http);
    QCOMPARE(r.httpStatus, 401);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(server->received().size(), 1);
    QVERIFY2(r.reason.contains(QStringLiteral("API key")), qPrintable(r.reason));
    QVERIFY(r.detail.contains(QStringLiteral("unauthorized")));
}

void TestHousehold::retryAfterIsHonoured()
{
    auto server = startServer(m_pki->server);
    QVERIFY(server);
    HouseholdTestServer::Step busy = HouseholdTestServer::Step::error(429, "rate_limited");
    busy.extraHeaders = "Retry-After: 1\r\n";
    server->setSteps({ busy, HouseholdTestServer::Step::answer("MATCH") });
    HttpHouseholdConfig config = configFor(*server);
    config.retry = { 3, 50, 4000 }; // the backoff alone would wait 50 ms
    HttpHouseholdClient client(config, m_clock);
    const HouseholdResult r = checkAndWait(client, sampleQuery());
    QCOMPARE(r.outcome, Outcome::Match);
    QCOMPARE(r.attempts, 2);
    const auto &got = server->received();
    QCOMPARE(got.size(), 2);
    const qint64 gap = got.at(1).atMs - got.at(0).atMs;
    qInfo("Retry-After: 1 → the second attempt came %lld ms after the first", gap);
    // ≥ 1000 ms between the two requests (990: the server's timestamps are whole milliseconds).
    QVERIFY2(gap >= 990 && gap < 15000, qPrintable(QString::number(gap)));
}

void TestHousehold::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe; // a port that was free a moment ago and is closed now
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    HttpHouseholdConfig config;
    config.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
    config.caCertificates = { m_pki->ca };
    config.apiKey = kApiKey;
    config.retry = { 3, 50, 400 };
    HttpHouseholdClient client(config, m_clock);
    QElapsedTimer t;
    t.start();
    const HouseholdResult r = checkAndWait(client, sampleQuery());
    QCOMPARE(r.outcome, Outcome::Unavailable);
    QCOMPARE(r.failure, Failure::Network);
    QCOMPARE(r.attempts, 3);
    QVERIFY(r.reason.contains(QStringLiteral("refused")));
    QVERIFY2(t.elapsed() >= 150 && t.elapsed() < 10000, qPrintable(QString::number(t.elapsed())));
}

void TestHousehold::certificateFromAnotherCaIsRefused()
{
    auto server = startServer(m_pki->otherServer);
    QVERIFY(server);
    HttpHouseholdClient client(configFor(*server), m_clock);
    const HouseholdResult r = checkAndWait(client, sampleQuery());
    QCOMPARE(r.outcome, Outcome::Unavailable);
    QCOMPARE(r.failure, Failure::Tls);
    QCOMPARE(r.attempts, 1); // not retried
    QVERIFY(server->received().isEmpty()); // nothing, not even the API key, was sent
    QVERIFY(!r.detail.isEmpty());
}

void TestHousehold::configuredCaReplacesTheSystemStore()
{
    // The other CA trusted system-wide (as if installed on the PC): with a CA configured for the
    // service, only that CA counts, so its server is still refused.
    auto server = startServer(m_pki->otherServer);
    QVERIFY(server);
    const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    const auto restore = qScopeGuard([&saved] { QSslConfiguration::setDefaultConfiguration(saved); });
    QSslConfiguration widened = saved;
    widened.addCaCertificate(m_pki->otherCa);
    QSslConfiguration::setDefaultConfiguration(widened);
    HttpHouseholdClient client(configFor(*server), m_clock);
    const HouseholdResult r = checkAndWait(client, sampleQuery());
    QCOMPARE(r.outcome, Outcome::Unavailable);
    QCOMPARE(r.failure, Failure::Tls);
    QVERIFY(server->received().isEmpty());
    // The same system-wide trust without a configured CA: accepted, so the refusal above is
    // the configured CA's doing.
    HttpHouseholdConfig systemOnly = configFor(*server);
    systemOnly.caCertificates.clear();
    HttpHouseholdClient systemClient(systemOnly, m_clock);
    QCOMPARE(checkAndWait(systemClient, sampleQuery()).outcome, Outcome::Match);
}

void TestHousehold::systemStoreDoesNotTrustPrivateCa()
{
    auto server = startServer(m_pki->server);
    QVERIFY(server);
    HttpHouseholdConfig config = configFor(*server);
    config.caCertificates.clear(); // the system store: our test CA is not in it
    HttpHouseholdClient client(config, m_clock);
    const HouseholdResult r = checkAndWait(client, sampleQuery());
    QCOMPARE(r.failure, Failure::Tls);
    QVERIFY(server->received().isEmpty());
}

void TestHousehold::hostnameMismatchIsRefused()
{
    auto server = startServer(m_pki->wrongHost);
    QVERIFY(server);
    HttpHouseholdClient client(configFor(*server), m_clock);
    const HouseholdResult r = checkAndWait(client, sampleQuery());
    QCOMPARE(r.outcome, Outcome::Unavailable);
    QCOMPARE(r.failure, Failure::Tls);
    QVERIFY2(r.detail.contains(QStringLiteral("host name"), Qt::CaseInsensitive), qPrintable(r.detail));
    QVERIFY(server->received().isEmpty());
}

void TestHousehold::pinnedSelfSignedCertificateIsAccepted()
{
    auto server = startServer(m_pki->selfSigned);
    QVERIFY(server);
    HttpHouseholdConfig config = configFor(*server);
    {
        HttpHouseholdClient unpinned(config, m_clock);
        QCOMPARE(checkAndWait(unpinned, sampleQuery()).failure, Failure::Tls);
    }
    config.pinnedSha256 = m_pki->selfSigned.certificate.digest(QCryptographicHash::Sha256);
    HttpHouseholdClient pinned(config, m_clock);
    const HouseholdResult r = checkAndWait(pinned, sampleQuery());
    QCOMPARE(r.outcome, Outcome::Match);
    QCOMPARE(server->received().size(), 1);
}

void TestHousehold::pinDoesNotExcuseHostnameMismatch()
{
    auto server = startServer(m_pki->wrongHost);
    QVERIFY(server);
    HttpHouseholdConfig config = configFor(*server);
    config.pinnedSha256 = m_pki->wrongHost.certificate.digest(QCryptographicHash::Sha256);
    HttpHouseholdClient client(config, m_clock);
    const HouseholdResult r = checkAndWait(client, sampleQuery());
    QCOMPARE(r.failure, Failure::Tls);
    QVERIFY(server->received().isEmpty());
}

void TestHousehold::pinMismatchIsRefusedBeforeAnyByte()
{
    auto server = startServer(m_pki->server); // a valid chain, but not the pinned certificate
    QVERIFY(server);
    HttpHouseholdConfig config = configFor(*server);
    config.pinnedSha256 = m_pki->selfSigned.certificate.digest(QCryptographicHash::Sha256);
    HttpHouseholdClient client(config, m_clock);
    const HouseholdResult r = checkAndWait(client, sampleQuery());
    QCOMPARE(r.outcome, Outcome::Unavailable);
    QCOMPARE(r.failure, Failure::Tls);
    QCOMPARE(r.attempts, 1);
    QVERIFY(r.reason.contains(QStringLiteral("pinned")));
    QVERIFY(server->received().isEmpty()); // the API key never left
}

void TestHousehold::invalidQueryNeverConnects()
{
    auto server = startServer(m_pki->server);
    QVERIFY(server);
    HttpHouseholdClient client(configFor(*server), m_clock);
    HouseholdQuery q = sampleQuery();
    q.childIdHash = kChildId; // a raw ID is not a hash: refused, never sent
    QPointer<HouseholdCheck> job = client.start(q);
    QVERIFY(!job->isFinished()); // never finished inside start()
    QSignalSpy finished(job.data(), &HouseholdCheck::finished);
    QVERIFY(finished.wait(2000));
    const auto r = finished.first().first().value<HouseholdResult>();
    QCOMPARE(r.outcome, Outcome::Unavailable);
    QCOMPARE(r.failure, Failure::InvalidQuery);
    QCOMPARE(r.attempts, 0);
    QCOMPARE(server->handshakesStarted(), 0);
}

void TestHousehold::badConfigurationIsUnavailable()
{
    HttpHouseholdConfig config;
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/"));
    config.apiKey = kApiKey;
    HttpHouseholdClient client(config, m_clock);
    const HouseholdResult r = checkAndWait(client, sampleQuery());
    QCOMPARE(r.outcome, Outcome::Unavailable);
    QCOMPARE(r.failure, Failure::Configuration);
    QCOMPARE(r.attempts, 0);
    QVERIFY(r.reason.contains(QStringLiteral("https")));
}

void TestHousehold::cancelStopsTheCheck()
{
    auto server = startServer(m_pki->server);
    QVERIFY(server);
    server->setSteps({ HouseholdTestServer::Step::answer("MATCH", 10000) });
    HttpHouseholdClient client(configFor(*server), m_clock);
    QPointer<HouseholdCheck> job = client.start(sampleQuery());
    QSignalSpy finished(job.data(), &HouseholdCheck::finished);
    QTRY_COMPARE(server->received().size(), 1);
    QElapsedTimer t;
    t.start();
    job->cancel();
    QVERIFY(finished.wait(5000));
    QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed()))); // not the answer 10 s later
    const auto r = finished.first().first().value<HouseholdResult>();
    QCOMPARE(r.failure, Failure::Cancelled);
    QCOMPARE(r.outcome, Outcome::Unavailable);
    QCOMPARE(finished.size(), 1);
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1); // exactly once

    // Cancelled at once, before the queued start ran: nothing is sent, no attempt begins.
    const qsizetype before = server->received().size();
    QPointer<HouseholdCheck> early = client.start(sampleQuery());
    QSignalSpy earlyFinished(early.data(), &HouseholdCheck::finished);
    QSignalSpy attempts(early.data(), &HouseholdCheck::attemptStarted);
    early->cancel();
    QVERIFY(earlyFinished.wait(2000));
    QTest::qWait(300);
    QCOMPARE(earlyFinished.first().first().value<HouseholdResult>().failure, Failure::Cancelled);
    QCOMPARE(attempts.size(), 0);
    QCOMPARE(server->received().size(), before);
}

namespace {
QStringList *g_logged = nullptr;
void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (g_logged)
        g_logged->append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
}
} // namespace

void TestHousehold::secretsAndHashesAreNeverLogged()
{
    auto server = startServer(m_pki->server);
    QVERIFY(server);
    server->setSteps({ HouseholdTestServer::Step::error(500, "x"), HouseholdTestServer::Step::answer("MATCH") });
    HttpHouseholdClient client(configFor(*server), m_clock);
    QStringList logged;
    g_logged = &logged;
    QLoggingCategory::setFilterRules(QStringLiteral("cooc.*=true"));
    const auto previous = qInstallMessageHandler(captureMessage);
    const HouseholdResult r = checkAndWait(client, sampleQuery());
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    g_logged = nullptr;

    QCOMPARE(r.outcome, Outcome::Match);
    QVERIFY2(logged.size() >= 3, "the client does log its attempts");
    const QString all = logged.join(QLatin1Char('\n'));
    QVERIFY(all.contains(r.requestId));
    QVERIFY(!all.contains(QString::fromLatin1(kApiKey)));
    QVERIFY(!all.contains(NationalId::hash(kParentId)));
    QVERIFY(!all.contains(NationalId::hash(kChildId)));
    QVERIFY(!all.contains(QStringLiteral("HR-20261128-0001"))); // no response bodies either
}

QTEST_GUILESS_MAIN(TestHousehold)
#include "tst_household.moc"
