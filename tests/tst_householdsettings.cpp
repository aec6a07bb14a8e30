// Where a school's household-service configuration lives (HouseholdSettingsStore: school
// settings, audited; the API key in the keychain) and which service a school gets
// (householdSetup, createHouseholdService: demo, city or "not configured"), on SQLite and
// PostgreSQL alike. The e-signature trust material of the same Settings section:
// tst_trustconfig.cpp; the HTTPS client: tst_household.cpp.
#include "app/auth/credentialstore.h"
#include "app/household/demohouseholdservice.h"
#include "app/household/householdsettings.h"
#include "app/household/httphouseholdclient.h"
#include "models/auditlog.h"
#include "models/esigntrustrepository.h"
#include "support/testdatabase.h"
#include "support/trustfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace cooc;
using namespace cooc::test;

namespace {

const QDateTime kNow(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);

} // namespace

class TestHouseholdSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void householdSettingsSaveLoadAudit_data() { test::addDialectRows(); }
    void householdSettingsSaveLoadAudit();
    void householdSettingsRefuseBadValues_data() { test::addDialectRows(); }
    void householdSettingsRefuseBadValues();
    void factoryPicksDemoOrCity_data() { test::addDialectRows(); }
    void factoryPicksDemoOrCity();
    void unconfiguredServiceAnswersUnavailable_data() { test::addDialectRows(); }
    void unconfiguredServiceAnswersUnavailable();
    void apiKeyFromTheKeychain();

private:
    std::unique_ptr<DemoChain> m_demo;
    FixedClock m_clock{kNow};
};

void TestHouseholdSettings::initTestCase()
{
    m_demo = std::make_unique<DemoChain>();
}

void TestHouseholdSettings::householdSettingsSaveLoadAudit()
{
    COOC_TEST_DATABASE(t);
    Database &db = t->db();
    const qint64 school = addSchool(db, QStringLiteral("tpjh"));
    const qint64 other = addSchool(db, QStringLiteral("other"));
    const HouseholdSettingsStore store(db, admin(school), m_clock);
    HouseholdSettings defaults = must(store.load(school));
    QVERIFY(!defaults.isConfigured());
    QCOMPARE(defaults.idKeyId, QStringLiteral("default"));

    HouseholdSettings s;
    s.baseUrl = QStringLiteral(" https://household.gov.taipei/api ");
    s.caPem = m_demo->root.certificate().toPem();
    s.pinSha256 = TrustMaterialInfo::displayFingerprint(m_demo->intermediate.certificate().sha256Hex());
    s.idKeyId = QStringLiteral("tp-2026");
    s.transferTimeoutMs = 5000;
    s.attemptDeadlineMs = 15000;
    s.maxAttempts = 4;
    const qint64 auditId = must(store.save(school, s));
    QVERIFY(auditId > 0);
    const HouseholdSettings loaded = must(store.load(school));
    QCOMPARE(loaded.baseUrl, QStringLiteral("https://household.gov.taipei/api"));
    QCOMPARE(loaded.pinSha256, m_demo->intermediate.certificate().sha256Hex());
    QCOMPARE(loaded.caCertificates().size(), 1);
    QCOMPARE(loaded.idKeyId, QStringLiteral("tp-2026"));
    QCOMPARE(loaded.maxAttempts, 4);
    QCOMPARE(loaded.updatedBy, admin(school).login);
    QCOMPARE(loaded.updatedAt, kNow);
    QVERIFY(!must(store.load(other)).isConfigured()); // per school

    const HttpHouseholdConfig config = loaded.toConfig("key-1");
    QVERIFY(config.validate().ok());
    QCOMPARE(config.pinnedSha256.toHex(), m_demo->intermediate.certificate().sha256Hex().toLatin1());
    QCOMPARE(config.retry.maxAttempts, 4);

    const auto entries = must(AuditLog(db).forEntity(QStringLiteral("school"), school));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).action, QStringLiteral("household_settings.change"));
    const QJsonObject changes = entries.at(0).detail.value(QStringLiteral("changes")).toObject();
    QCOMPARE(changes.value(QStringLiteral("household.base_url")).toObject().value(QStringLiteral("new")).toString(),
             QStringLiteral("https://household.gov.taipei/api"));
    const QJsonArray cas = changes.value(QStringLiteral("household.ca_pem")).toObject().value(QStringLiteral("new")).toArray();
    QCOMPARE(cas.size(), 1);
    QCOMPARE(cas.at(0).toObject().value(QStringLiteral("sha256")).toString(), m_demo->root.certificate().sha256Hex());

    // Saving the same values again writes nothing.
    QCOMPARE(must(store.save(school, loaded)), 0);
    QCOMPARE(auditCount(db, QStringLiteral("household_settings.change")), 1);
    // Clearing the address makes the school unconfigured again (audited).
    HouseholdSettings cleared = loaded;
    cleared.baseUrl.clear();
    QVERIFY(must(store.save(school, cleared)) > 0);
    QVERIFY(!must(store.load(school)).isConfigured());
}

void TestHouseholdSettings::householdSettingsRefuseBadValues()
{
    COOC_TEST_DATABASE(t);
    Database &db = t->db();
    const qint64 school = addSchool(db, QStringLiteral("tpjh"));
    const HouseholdSettingsStore store(db, admin(school), m_clock);
    const auto refused = [&](const std::function<void(HouseholdSettings &)> &change, const QString &message) {
        HouseholdSettings s;
        s.baseUrl = QStringLiteral("https://household.gov.taipei");
        change(s);
        auto saved = store.save(school, s);
        if (saved)
            return QStringLiteral("saved");
        return saved.error().message.contains(message) ? QString() : saved.error().message;
    };
    QCOMPARE(refused([](auto &s) { s.baseUrl = QStringLiteral("http://household.gov.taipei"); }, QStringLiteral("https://")), QString());
    QCOMPARE(refused([](auto &s) { s.baseUrl = QStringLiteral("https://u:p@host/"); }, QStringLiteral("user name")), QString());
    QCOMPARE(refused([](auto &s) { s.caPem = "-----BEGIN CERTIFICATE-----\nxx\n-----END CERTIFICATE-----\n"; },
                     QStringLiteral("CA certificates")), QString());
    QCOMPARE(refused([](auto &s) { s.pinSha256 = QStringLiteral("abcd"); }, QStringLiteral("SHA-256")), QString());
    QCOMPARE(refused([](auto &s) { s.idKeyId = QStringLiteral("has space"); }, QStringLiteral("key id")), QString());
    QCOMPARE(refused([](auto &s) { s.transferTimeoutMs = 10; }, QStringLiteral("transfer timeout")), QString());
    QCOMPARE(refused([](auto &s) { s.attemptDeadlineMs = 2000; }, QStringLiteral("one attempt")), QString());
    QCOMPARE(refused([](auto &s) { s.maxAttempts = 0; }, QStringLiteral("attempts")), QString());
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM school_settings")), 0);

    HouseholdSettings fine;
    fine.baseUrl = QStringLiteral("https://household.gov.taipei");
    for (const Actor &actor : {officeStaff(school), admin(school + 1)}) {
        auto denied = HouseholdSettingsStore(db, actor, m_clock).save(school, fine);
        QCOMPARE(denied.error().code, Error::Code::PermissionDenied);
    }
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM school_settings")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
}

void TestHouseholdSettings::factoryPicksDemoOrCity()
{
    COOC_TEST_DATABASE(t);
    Database &db = t->db();
    const qint64 demoSchool = addSchool(db, QStringLiteral("demo"), true);
    const qint64 real = addSchool(db, QStringLiteral("tpjh"));

    const HouseholdServiceSetup demo = must(householdSetup(db, demoSchool, {}));
    QCOMPARE(demo.kind, HouseholdServiceSetup::Kind::Demo);
    QCOMPARE(demo.schoolCode, QStringLiteral("demo"));
    auto demoService = createHouseholdService(demo, db, m_clock);
    QVERIFY(dynamic_cast<DemoHouseholdService *>(demoService.get()));
    QCOMPARE(demoService->sourceName(), QStringLiteral("demo"));

    HouseholdSettings s;
    s.baseUrl = QStringLiteral("https://household.gov.taipei");
    must(HouseholdSettingsStore(db, admin(real), m_clock).save(real, s));
    const HouseholdServiceSetup city = must(householdSetup(db, real, "api-key-123"));
    QCOMPARE(city.kind, HouseholdServiceSetup::Kind::City);
    QCOMPARE(city.config.apiKey, QByteArray("api-key-123"));
    QCOMPARE(city.config.baseUrl, QUrl(QStringLiteral("https://household.gov.taipei")));
    auto cityService = createHouseholdService(city, db, m_clock);
    auto *client = dynamic_cast<HttpHouseholdClient *>(cityService.get());
    QVERIFY(client);
    QCOMPARE(client->config().apiKey, QByteArray("api-key-123"));
    QCOMPARE(cityService->sourceName(), QStringLiteral("city"));

    QCOMPARE(householdSetup(db, 999999, {}).error().code, Error::Code::NotFound);
}

void TestHouseholdSettings::unconfiguredServiceAnswersUnavailable()
{
    COOC_TEST_DATABASE(t);
    Database &db = t->db();
    const qint64 real = addSchool(db, QStringLiteral("tpjh"));
    const auto checkWith = [&](const HouseholdServiceSetup &setup) {
        auto service = createHouseholdService(setup, db, m_clock);
        HouseholdQuery query = householdConnectionTestQuery(QStringLiteral("tpjh"));
        return checkAndWait(*service, query);
    };

    // Nothing configured.
    HouseholdServiceSetup none = must(householdSetup(db, real, "api-key-123"));
    QCOMPARE(none.kind, HouseholdServiceSetup::Kind::NotConfigured);
    QVERIFY2(none.problem.startsWith(QStringLiteral("The household service is not configured")), qPrintable(none.problem));
    HouseholdResult r = checkWith(none);
    QCOMPARE(r.outcome, HouseholdResult::Outcome::Unavailable);
    QCOMPARE(r.failure, HouseholdResult::Failure::Configuration);
    QVERIFY(r.reason.contains(QStringLiteral("not configured")));
    QVERIFY(!r.isFastTrackMatch());
    QVERIFY(!r.requestId.isEmpty());
    QCOMPARE(r.checkedAt, kNow);

    // An address but no API key on this PC; a keychain that cannot be read.
    HouseholdSettings s;
    s.baseUrl = QStringLiteral("https://household.gov.taipei");
    must(HouseholdSettingsStore(db, admin(real), m_clock).save(real, s));
    HouseholdServiceSetup noKey = must(householdSetup(db, real, {}));
    QCOMPARE(noKey.kind, HouseholdServiceSetup::Kind::NotConfigured);
    QVERIFY(noKey.problem.contains(QStringLiteral("no API key")));
    QCOMPARE(checkWith(noKey).failure, HouseholdResult::Failure::Configuration);
    HouseholdServiceSetup noKeychain = must(householdSetup(db, real, {}, QStringLiteral("the keychain is locked")));
    QVERIFY(noKeychain.problem.contains(QStringLiteral("the keychain is locked")));
    QCOMPARE(checkWith(noKeychain).outcome, HouseholdResult::Outcome::Unavailable);
    // A key that cannot be sent is not a configuration either.
    HouseholdServiceSetup badKey = must(householdSetup(db, real, "two words"));
    QCOMPARE(badKey.kind, HouseholdServiceSetup::Kind::NotConfigured);
    // A default-constructed setup (nothing loaded yet) never passes either.
    QCOMPARE(checkWith(HouseholdServiceSetup{}).outcome, HouseholdResult::Outcome::Unavailable);
}

void TestHouseholdSettings::apiKeyFromTheKeychain()
{
    // The Secret Service that the README test command starts.
    auto t = test::TestDatabase::create(Dialect::Sqlite);
    QVERIFY(t && t->error().isEmpty());
    Database &db = t->db();
    const qint64 real = addSchool(db, QStringLiteral("tpjh"));
    HouseholdSettings s;
    s.baseUrl = QStringLiteral("https://household.gov.taipei/");
    must(HouseholdSettingsStore(db, admin(real), m_clock).save(real, s));
    CredentialStore credentials(QStringLiteral("CooC Desk tests ") + QString::number(QCoreApplication::applicationPid()));
    const CredentialStore::Key key = householdApiKeyKey(db.url(), s.baseUrl);
    QVERIFY2(key.toString().startsWith(QStringLiteral("household-api-key:sqlite:")), qPrintable(key.toString()));
    QVERIFY(key.toString().endsWith(QStringLiteral("@household.gov.taipei")));
    QVERIFY(householdApiKeyProblem(QStringLiteral("a b")).contains(QStringLiteral("without spaces")));
    QVERIFY(householdApiKeyProblem(QStringLiteral("k-123")).isEmpty());

    std::optional<Result<HouseholdServiceSetup>> loaded;
    loadHouseholdSetup(db, real, credentials, this, [&](const Result<HouseholdServiceSetup> &r) { loaded = r; });
    QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 10000);
    QVERIFY(loaded->ok());
    QCOMPARE(loaded->value().kind, HouseholdServiceSetup::Kind::NotConfigured);
    QVERIFY2(loaded->value().problem.contains(QStringLiteral("no API key")), qPrintable(loaded->value().problem));

    std::optional<Status> written;
    credentials.write(key, QStringLiteral("k-123"), this, [&](const Status &st) { written = st; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 10000);
    QVERIFY2(written->ok(), qPrintable(written->ok() ? QString() : written->error().message));
    loaded.reset();
    loadHouseholdSetup(db, real, credentials, this, [&](const Result<HouseholdServiceSetup> &r) { loaded = r; });
    QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 10000);
    QCOMPARE(loaded->value().kind, HouseholdServiceSetup::Kind::City);
    QCOMPARE(loaded->value().config.apiKey, QByteArray("k-123"));
    std::unique_ptr<HouseholdService> service;
    bool created = false;
    createHouseholdServiceAsync(db, real, m_clock, credentials, this, [&](std::unique_ptr<HouseholdService> made) {
        service = std::move(made);
        created = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(created, 10000);
    QVERIFY(dynamic_cast<HttpHouseholdClient *>(service.get()));
    QCOMPARE(dynamic_cast<HttpHouseholdClient *>(service.get())->config().apiKey, QByteArray("k-123"));
    std::optional<Status> removed;
    credentials.remove(key, this, [&](const Status &st) { removed = st; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10000);
}

QTEST_GUILESS_MAIN(TestHouseholdSettings)
#include "tst_householdsettings.moc"
