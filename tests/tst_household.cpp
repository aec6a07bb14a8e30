// The household-registration check (戶籍查驗): the real HTTPS client against a local server
// that speaks the contract (answers, slow, failing, malformed and wrong-certificate replies),
// the demo registry and storing a result on a binding request — the database parts on
// SQLite and PostgreSQL alike. The contract's pure functions: tst_householdcontract.cpp.
#include "app/household/demohouseholdservice.h"
#include "app/household/householdcontract.h"
#include "app/household/householdrecording.h"
#include "app/household/httphouseholdclient.h"
#include "models/auditlog.h"
#include "models/householdresultstore.h"
#include "models/nationalid.h"
#include "support/householdtestserver.h"
#include "support/testdatabase.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace cooc;
using test::HouseholdTestServer;
using Outcome = HouseholdResult::Outcome;
using Failure = HouseholdResult::Failure;

Q_DECLARE_METATYPE(Outcome)
Q_DECLARE_METATYPE(Failure)

namespace {

const QByteArray kApiKey = QByteArrayLiteral("test-api-key-7f3a9c");
const QString kParentId = NationalId::generate(101);
const QString kChildId = NationalId::generate(202);
const QDateTime kNow(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);

HouseholdQuery sampleQuery()
{
    HouseholdQuery q;
    q.parentIdHash = NationalId::hash(kParentId);
    q.childIdHash = NationalId::hash(kChildId);
    q.schoolCode = QStringLiteral("tpjh");
    q.reference = QStringLiteral("binding_request:42");
    return q;
}

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
    void connectionRefused();
    void certificateFromAnotherCaIsRefused();
    void systemStoreDoesNotTrustPrivateCa();
    void hostnameMismatchIsRefused();
    void pinnedSelfSignedCertificateIsAccepted();
    void pinDoesNotExcuseHostnameMismatch();
    void pinMismatchIsRefusedBeforeAnyByte();
    void invalidQueryNeverConnects();
    void badConfigurationIsUnavailable();
    void cancelStopsTheCheck();
    void secretsAndHashesAreNeverLogged();

    // The demo registry and storing results.
    void demoService_data();
    void demoService();
    void demoServiceWithoutRegistryIsUnavailable_data() { test::addDialectRows(); }
    void demoServiceWithoutRegistryIsUnavailable();
    void storeResult_data() { test::addDialectRows(); }
    void storeResult();
    void storeRefusesBadInputAndOthersRequests_data() { test::addDialectRows(); }
    void storeRefusesBadInputAndOthersRequests();

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
    QCOMPARE(r.checkedAt, QDateTime(QDate(2026, 11, 28), QTime(8, 30, 0, 250), Qt::UTC));
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
    QVERIFY2(elapsed >= 450 && elapsed < 1500, qPrintable(QString::number(elapsed)));
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
    QVERIFY2(gap1 >= 150 && gap1 < 150 + 400, qPrintable(QString::number(gap1)));
    QVERIFY2(gap2 >= 300 && gap2 < 300 + 400, qPrintable(QString::number(gap2)));
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
    QTest::newRow("404") << 404 << json << QByteArray("{\"error\":{\"code\":\"not_found\"}}") << Failure::Http << 1;
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
    QVERIFY2(t.elapsed() >= 150 && t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
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
    server->setSteps({ HouseholdTestServer::Step::answer("MATCH", 3000) });
    HttpHouseholdClient client(configFor(*server), m_clock);
    QPointer<HouseholdCheck> job = client.start(sampleQuery());
    QSignalSpy finished(job.data(), &HouseholdCheck::finished);
    QTRY_COMPARE(server->received().size(), 1);
    QElapsedTimer t;
    t.start();
    job->cancel();
    QVERIFY(finished.wait(1000));
    QVERIFY(t.elapsed() < 500);
    const auto r = finished.first().first().value<HouseholdResult>();
    QCOMPARE(r.failure, Failure::Cancelled);
    QCOMPARE(r.outcome, Outcome::Unavailable);
    QCOMPARE(finished.size(), 1);
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1); // exactly once
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

// --- the demo registry and storing results ----------------------------------------

void TestHousehold::demoService_data()
{
    test::addDialectRows();
}

void TestHousehold::demoService()
{
    COOC_TEST_DATABASE(t);
    Database &db = t->db();
    struct Person
    {
        QString id;
        QString household; // empty: no registry row
        QString city;
    };
    const QList<Person> people = {
        { NationalId::generate(1), QStringLiteral("H-100"), QStringLiteral("Taipei") }, // parent A
        { NationalId::generate(2), QStringLiteral("H-100"), QStringLiteral("臺北市") }, // child of A
        { NationalId::generate(3), QStringLiteral("H-200"), QStringLiteral("Taipei") }, // another household
        { NationalId::generate(4), QStringLiteral("H-100"), QStringLiteral("新北市") }, // New Taipei
        { NationalId::generate(5), QString(), QString() }, // not in the registry
    };
    for (const Person &p : people) {
        if (p.household.isEmpty())
            continue;
        QVERIFY(db.exec(QStringLiteral("INSERT INTO household_registry (national_id_hash, household_code, city) "
                                       "VALUES (?, ?, ?)"),
            { NationalId::hash(p.id), p.household, p.city }));
    }
    DemoHouseholdService demo(db, m_clock);
    QCOMPARE(demo.sourceName(), QStringLiteral("demo"));
    const auto check = [&](int parent, int child) {
        HouseholdQuery q;
        q.parentIdHash = NationalId::hash(people.at(parent).id);
        q.childIdHash = NationalId::hash(people.at(child).id);
        return checkAndWait(demo, q);
    };
    struct Row
    {
        int parent;
        int child;
        Outcome outcome;
    };
    const QList<Row> rows = {
        { 0, 1, Outcome::Match },
        { 1, 0, Outcome::Match },
        { 0, 2, Outcome::NoMatch },
        { 3, 1, Outcome::NotRegisteredInTaipei },
        { 0, 4, Outcome::NotRegisteredInTaipei },
        { 4, 0, Outcome::NotRegisteredInTaipei },
    };
    for (const Row &row : rows) {
        const HouseholdResult r = check(row.parent, row.child);
        QCOMPARE(r.outcome, row.outcome);
        QCOMPARE(r.checkedAt, kNow);
        QVERIFY(r.serviceReference.startsWith(QStringLiteral("demo:")));
    }
    HouseholdQuery bad;
    bad.parentIdHash = people.at(0).id; // raw ID: refused
    bad.childIdHash = NationalId::hash(people.at(1).id);
    QPointer<HouseholdCheck> job = demo.start(bad);
    QVERIFY(!job->isFinished());
    QSignalSpy finished(job.data(), &HouseholdCheck::finished);
    QVERIFY(finished.wait(2000));
    QCOMPARE(finished.first().first().value<HouseholdResult>().failure, Failure::InvalidQuery);
}

void TestHousehold::demoServiceWithoutRegistryIsUnavailable()
{
    COOC_TEST_DATABASE(t, false); // an empty database: no household_registry table
    DemoHouseholdService demo(t->db(), m_clock);
    const HouseholdResult r = checkAndWait(demo, sampleQuery());
    QCOMPARE(r.outcome, Outcome::Unavailable);
    QCOMPARE(r.failure, Failure::Storage);
    QVERIFY(!r.reason.isEmpty());
}

namespace {

struct Fixture
{
    qint64 schoolId = 0;
    qint64 classId = 0;
    qint64 otherClassId = 0;
    qint64 teacherId = 0;
    qint64 requestId = 0;
    qint64 decidedRequestId = 0;
};

Result<qint64> insert(Database &db, const QString &sql, const QVariantList &values)
{
    return db.insert(sql, values);
}

bool seed(Database &db, Fixture &f, const Clock &clock)
{
    const auto id = [&](const char *sql, const QVariantList &values) -> qint64 {
        auto r = insert(db, QString::fromUtf8(sql), values);
        if (!r)
            qWarning("%s: %s", sql, qPrintable(r.error().detail));
        return r ? r.value() : 0;
    };
    f.schoolId
        = id("INSERT INTO schools (code, name) VALUES (?, ?)", { QStringLiteral("tpjh"), QStringLiteral("臺北國中") });
    f.teacherId = id("INSERT INTO staff (school_id, name, national_id_hash, national_id_masked) VALUES (?, ?, ?, ?)",
        { f.schoolId, QStringLiteral("林老師"), NationalId::hash(NationalId::generate(900)),
            NationalId::mask(NationalId::generate(900)) });
    f.classId = id("INSERT INTO classes (school_id, school_year, grade, number, name, homeroom_teacher_id) "
                   "VALUES (?, 115, 8, 1, '801', ?)",
        { f.schoolId, f.teacherId });
    f.otherClassId
        = id("INSERT INTO classes (school_id, school_year, grade, number, name) VALUES (?, 115, 8, 2, '802')",
            { f.schoolId });
    const qint64 student = id("INSERT INTO students (name, national_id_hash, national_id_masked) VALUES (?, ?, ?)",
        { QStringLiteral("王小明"), NationalId::hash(kChildId), NationalId::mask(kChildId) });
    id("INSERT INTO enrollments (student_id, school_id, school_year, class_id, seat, student_number, status, "
       "start_date) "
       "VALUES (?, ?, 115, ?, 7, 'S115007', 'enrolled', ?)",
        { student, f.schoolId, f.classId, QDate(2026, 8, 30) });
    const char *request = "INSERT INTO binding_requests (school_id, student_id, applicant_name, applicant_email, "
                          "applicant_national_id_hash, applicant_national_id_masked, applicant_id_last4, relationship, "
                          "consent_document, submitted_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'father', ?, ?, ?)";
    const QVariantList common = { f.schoolId, student, QStringLiteral("王大明"), QStringLiteral("wang@example.tw"),
        NationalId::hash(kParentId), NationalId::mask(kParentId), NationalId::lastChars(kParentId, 4),
        QByteArray("consent"), db.timestamp(clock.now().addDays(-1)) };
    f.requestId = id(request, common + QVariantList { QStringLiteral("pending") });
    f.decidedRequestId = id(request, common + QVariantList { QStringLiteral("approved") });
    return f.schoolId && f.teacherId && f.classId && f.otherClassId && student && f.requestId && f.decidedRequestId;
}

Actor teacherOf(const Fixture &f, qint64 classId)
{
    Actor a;
    a.staffId = f.teacherId;
    a.login = QStringLiteral("tpjh-lin");
    a.schoolId = f.schoolId;
    a.roles = { Actor::Role::HomeroomTeacher };
    a.homeroomClassIds = { classId };
    return a;
}

qint64 count(Database &db, const QString &sql, const QVariantList &values)
{
    auto v = db.scalar(sql, values);
    return v ? v.value().toLongLong() : -1;
}

} // namespace

void TestHousehold::storeResult()
{
    COOC_TEST_DATABASE(t);
    Database &db = t->db();
    Fixture f;
    QVERIFY(seed(db, f, m_clock));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO household_registry (national_id_hash, household_code, city) "
                                   "VALUES (?, 'H-7', 'Taipei'), (?, 'H-7', 'Taipei')"),
        { NationalId::hash(kParentId), NationalId::hash(kChildId) }));
    const Actor teacher = teacherOf(f, f.classId);

    // The whole path: subjects → query → demo service → store.
    auto subjects = HouseholdResultStore(db).subjects(teacher, f.requestId);
    QVERIFY2(subjects, qPrintable(subjects ? QString() : subjects.error().message));
    QCOMPARE(subjects.value().householdResult, QStringLiteral("NOT_CHECKED"));
    const HouseholdQuery query = householdQueryFor(subjects.value());
    QCOMPARE(query.parentIdHash, NationalId::hash(kParentId));
    QCOMPARE(query.childIdHash, NationalId::hash(kChildId));
    QCOMPARE(query.reference, QStringLiteral("binding_request:%1").arg(f.requestId));
    DemoHouseholdService demo(db, m_clock);
    const HouseholdResult match = checkAndWait(demo, query);
    QCOMPARE(match.outcome, Outcome::Match);
    auto stored = recordHouseholdResult(db, teacher, f.requestId, match, demo.sourceName(), m_clock);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message + stored.error().detail));
    QVERIFY(stored.value());

    auto row = db.exec(QStringLiteral("SELECT household_result, household_checked_at, version FROM binding_requests "
                                      "WHERE id = ?"),
        { f.requestId });
    QVERIFY(row && row.value().next());
    QCOMPARE(row.value().value(0).toString(), QStringLiteral("MATCH"));
    QCOMPARE(Database::toDateTime(row.value().value(1)), kNow);
    QCOMPARE(row.value().value(2).toInt(), 1); // evidence, not a decision: no version bump
    QCOMPARE(count(db,
                 QStringLiteral("SELECT COUNT(*) FROM binding_request_events WHERE request_id = ? AND kind = "
                                "'household_checked'"),
                 { f.requestId }),
        1);
    auto audit = AuditLog(db).forEntity(QStringLiteral("binding_request"), f.requestId);
    QVERIFY(audit);
    QCOMPARE(audit.value().size(), 1);
    QCOMPARE(audit.value().first().action, QStringLiteral("binding.household_check"));
    QCOMPARE(audit.value().first().detail.value(QStringLiteral("result")).toString(), QStringLiteral("MATCH"));
    QCOMPARE(audit.value().first().detail.value(QStringLiteral("source")).toString(), QStringLiteral("demo"));
    const QString auditText = QString::fromUtf8(QJsonDocument(audit.value().first().detail).toJson());
    QVERIFY(!auditText.contains(NationalId::hash(kParentId)));

    // A later outage is recorded, but does not erase the answer.
    m_clock.advance(3600);
    const auto outage = HouseholdResult::unavailable(
        Failure::Timeout, QStringLiteral("slow"), QString(), m_clock.now(), QStringLiteral("r-2"));
    auto kept = recordHouseholdResult(db, teacher, f.requestId, outage, QStringLiteral("city"), m_clock);
    QVERIFY(kept);
    QVERIFY(!kept.value());
    QCOMPARE(db.scalar(QStringLiteral("SELECT household_result FROM binding_requests WHERE id = ?"), { f.requestId })
                 .value()
                 .toString(),
        QStringLiteral("MATCH"));
    QCOMPARE(
        count(db, QStringLiteral("SELECT COUNT(*) FROM binding_request_events WHERE request_id = ?"), { f.requestId }),
        2);
    QCOMPARE(AuditLog(db).forEntity(QStringLiteral("binding_request"), f.requestId).value().size(), 2);

    // A new answer replaces the old one.
    const auto noMatch
        = HouseholdResult::answer(Outcome::NoMatch, m_clock.now(), QStringLiteral("HR-2"), QStringLiteral("r-3"));
    QVERIFY(recordHouseholdResult(db, teacher, f.requestId, noMatch, QStringLiteral("city"), m_clock).value());
    QCOMPARE(db.scalar(QStringLiteral("SELECT household_result FROM binding_requests WHERE id = ?"), { f.requestId })
                 .value()
                 .toString(),
        QStringLiteral("NO_MATCH"));
    auto chain = AuditLog(db).verifyChain();
    QVERIFY(chain && chain.value().firstBrokenId == 0);
    m_clock.set(kNow);
}

void TestHousehold::storeRefusesBadInputAndOthersRequests()
{
    COOC_TEST_DATABASE(t);
    Database &db = t->db();
    Fixture f;
    QVERIFY(seed(db, f, m_clock));
    const auto events = [&] { return count(db, QStringLiteral("SELECT COUNT(*) FROM binding_request_events"), {}); };
    const auto audits = [&] { return count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"), {}); };
    const auto result = [&](qint64 id) {
        return db.scalar(QStringLiteral("SELECT household_result FROM binding_requests WHERE id = ?"), { id })
            .value()
            .toString();
    };
    const HouseholdResultStore store(db);
    const Actor teacher = teacherOf(f, f.classId);
    const QJsonObject evidence { { QStringLiteral("request_id"), QStringLiteral("r-1") } };

    auto notACode = store.record(teacher, f.requestId, QStringLiteral("NOT_CHECKED"), kNow, evidence, kNow);
    QVERIFY(!notACode);
    QCOMPARE(notACode.error().code, Error::Code::InvalidInput);
    auto noTime = store.record(teacher, f.requestId, QStringLiteral("MATCH"), QDateTime(), evidence, kNow);
    QVERIFY(!noTime);
    QCOMPARE(noTime.error().code, Error::Code::InvalidInput);

    auto otherTeacher
        = store.record(teacherOf(f, f.otherClassId), f.requestId, QStringLiteral("MATCH"), kNow, evidence, kNow);
    QVERIFY(!otherTeacher);
    QCOMPARE(otherTeacher.error().code, Error::Code::PermissionDenied);
    QVERIFY(!store.subjects(teacherOf(f, f.otherClassId), f.requestId));

    Actor otherSchool = teacher;
    otherSchool.roles = { Actor::Role::OfficeStaff };
    otherSchool.schoolId = f.schoolId + 100;
    auto wrongSchool = store.record(otherSchool, f.requestId, QStringLiteral("MATCH"), kNow, evidence, kNow);
    QVERIFY(!wrongSchool);
    QCOMPARE(wrongSchool.error().code, Error::Code::PermissionDenied);

    auto decided = store.record(teacher, f.decidedRequestId, QStringLiteral("MATCH"), kNow, evidence, kNow);
    QVERIFY(!decided);
    QCOMPARE(decided.error().code, Error::Code::Conflict);

    auto missing = store.record(teacher, f.requestId + 1000, QStringLiteral("MATCH"), kNow, evidence, kNow);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);

    HouseholdResult cancelled
        = HouseholdResult::unavailable(Failure::Cancelled, QStringLiteral("x"), QString(), kNow, QStringLiteral("r"));
    auto notStored = recordHouseholdResult(db, teacher, f.requestId, cancelled, QStringLiteral("city"), m_clock);
    QVERIFY(!notStored);
    QCOMPARE(notStored.error().code, Error::Code::InvalidInput);

    // Nothing above changed anything.
    QCOMPARE(events(), 0);
    QCOMPARE(audits(), 0);
    QCOMPARE(result(f.requestId), QStringLiteral("NOT_CHECKED"));
    QCOMPARE(result(f.decidedRequestId), QStringLiteral("NOT_CHECKED"));

    // Office staff of the school may record; an UNAVAILABLE on an unchecked request is stored.
    Actor office = teacher;
    office.roles = { Actor::Role::OfficeStaff };
    office.homeroomClassIds.clear();
    auto ok = store.record(office, f.requestId, QStringLiteral("UNAVAILABLE"), kNow, evidence, kNow);
    QVERIFY(ok);
    QVERIFY(ok.value());
    QCOMPARE(result(f.requestId), QStringLiteral("UNAVAILABLE"));
    QCOMPARE(events(), 1);
    QCOMPARE(audits(), 1);
}

QTEST_GUILESS_MAIN(TestHousehold)
#include "tst_household.moc"
