// Settings → "E-signature trust" and "Household-registration service" driven as a user would
// (offscreen): an administrator adds a PEM through the file chooser, confirms its fingerprint
// and sees it listed, removes it; a non-administrator sees everything read-only; the household
// settings are saved per school, the API key goes to the keychain (or, with no keychain, the
// widget says so and stores nothing), and "Test connection" talks to a local HTTPS server.
#include "app/auth/authservice.h"
#include "app/auth/credentialstore.h"
#include "app/esign/certificateauthority.h"
#include "app/household/householdsettings.h"
#include "app/session.h"
#include "app/settings.h"
#include "models/auditlog.h"
#include "models/esigntrustrepository.h"
#include "support/householdtestserver.h"
#include "support/testdatabase.h"
#include "tst_ui_support.h"
#include "ui/connectionstate.h"
#include "ui/pagecontext.h"
#include "ui/settings/householdsettingswidget.h"
#include "ui/settings/trustsettingssection.h"
#include "ui/settings/trustsettingswidget.h"
#include "ui/uilanguage.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

using namespace cooc;
using namespace cooc::test;

namespace {

const char *const kChildMode = "COOC_TST_UI_TRUST_CHILD";

template<typename T>
T must(Result<T> r)
{
    if (!r)
        qFatal("unexpected error: %s (%s)", qPrintable(r.error().message), qPrintable(r.error().detail));
    return std::move(r).value();
}

// Every service a settings page gets, around a fresh SQLite database with one school.
struct Harness
{
    std::unique_ptr<TestDatabase> database = TestDatabase::create(Dialect::Sqlite);
    QTemporaryDir dir;
    FixedClock clock{uiTestNow()};
    std::unique_ptr<Settings> settings = std::make_unique<Settings>(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
    AuthService auth{clock};
    CredentialStore credentials{QStringLiteral("CooC Desk UI trust tests ")
                                + QString::number(QCoreApplication::applicationPid())};
    RecordingPrompter prompter;
    ui::UiLanguage language{*settings};
    ui::ConnectionState connection;
    Session session;
    std::unique_ptr<ui::PageContext> context;
    qint64 schoolId = 0;

    explicit Harness(bool schoolAdmin, bool demoSchool = false)
    {
        if (!database || !database->error().isEmpty())
            qFatal("no test database");
        schoolId = must(database->db().insert(
            QStringLiteral("INSERT INTO schools (code, name, is_demo) VALUES ('tpjh', '臺北市立測試國中', ?)"), {demoSchool}));
        session.database = database->openAnother();
        session.login = schoolAdmin ? QStringLiteral("admin") : QStringLiteral("clerk");
        session.isDemoSchool = demoSchool;
        session.actor.login = session.login;
        session.actor.displayName = session.login;
        session.actor.schoolId = schoolId;
        session.actor.schoolCode = QStringLiteral("tpjh");
        session.actor.roles = {Actor::Role::OfficeStaff};
        if (schoolAdmin)
            session.actor.roles << Actor::Role::SchoolAdmin;
        context.reset(new ui::PageContext{session, auth, *settings, clock, prompter, language, credentials, connection});
    }

    Actor admin() const
    {
        Actor a = session.actor;
        a.roles = {Actor::Role::SchoolAdmin};
        return a;
    }
};

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(name));
    return f.fileName();
}

// Clicks an enabled button found by name; false when there is none or it is disabled.
bool press(QObject *parent, const char *name)
{
    auto *button = child<QAbstractButton>(parent, name);
    if (!button || !button->isEnabled()) {
        qWarning("button %s missing or disabled", name);
        return false;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

bool waitIdle(ui::TrustSettingsWidget *w)
{
    return QTest::qWaitFor([w] { return !w->isBusy(); }, 20000);
}

// The child process: a keychain-less session tries to store an API key; reports as JSON.
int childMain(int argc, char **argv)
{
    QApplication app(argc, argv);
    Harness h(true);
    ui::HouseholdSettingsWidget widget(*h.context);
    widget.show();
    QSignalSpy keyState(&widget, &ui::HouseholdSettingsWidget::apiKeyStateChanged);
    auto *url = child<QLineEdit>(&widget, "householdBaseUrlLineEdit");
    auto *key = child<QLineEdit>(&widget, "householdApiKeyLineEdit");
    auto *status = child<QLabel>(&widget, "householdApiKeyStatusLabel");
    if (!url || !key || !status)
        return 2;
    url->setText(QStringLiteral("https://household.gov.taipei"));
    press(&widget, "saveHouseholdButton");
    keyState.wait(20000); // the first read of the (unreachable) keychain
    keyState.clear();
    key->setText(QStringLiteral("k-secret-123"));
    press(&widget, "storeHouseholdApiKeyButton");
    const bool answered = QTest::qWaitFor([&] { return !status->text().startsWith(QStringLiteral("Checking")); }, 20000);
    QJsonObject report{{QStringLiteral("answered"), answered},
                       {QStringLiteral("status"), status->text()},
                       {QStringLiteral("fieldCleared"), key->text().isEmpty()},
                       {QStringLiteral("warned"), !h.prompter.calls.isEmpty()
                                                      && h.prompter.calls.last().kind == QLatin1String("warn")}};
    QTextStream(stdout) << QJsonDocument(report).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

} // namespace

class TestUiTrustSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void adminAddsAnchorThroughFileChooser();
    void declinedFingerprintAddsNothing();
    void badFileIsExplained();
    void adminRemovesEntry();
    void nonAdminSeesItReadOnly();
    void demoBadge();
    void householdSaveKeyAndTestConnection();
    void householdUnconfiguredTestSaysSo();
    void noKeychainStoresNothing();

private:
    QTemporaryDir m_files;
    QString m_rootPem;
    QString m_rootSha;
};

void TestUiTrustSettings::initTestCase()
{
    QVERIFY(m_files.isValid());
    const auto root = must(esign::demo::rootCa());
    m_rootPem = writeFile(m_files, QStringLiteral("demo-root.pem"), root.certificate().toPem());
    m_rootSha = root.certificate().sha256Hex();
}

void TestUiTrustSettings::adminAddsAnchorThroughFileChooser()
{
    Harness h(true);
    ui::TrustSettingsSection section(*h.context);
    section.resize(1000, 800);
    section.show();
    auto *trust = section.trust();
    QVERIFY(trust->isEditable());
    QVERIFY(waitIdle(trust));
    auto *table = child<QTableWidget>(trust, "trustTableWidget");
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(child<QLabel>(trust, "trustStatusLabel")->text().contains(QStringLiteral("No trust anchor")));

    auto *kind = child<QComboBox>(trust, "trustKindComboBox");
    kind->setCurrentIndex(kind->findData(QStringLiteral("anchor")));
    h.prompter.fileToChoose = m_rootPem;
    h.prompter.confirmAnswer = true;
    QVERIFY(press(trust, "addTrustButton"));
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 1, 20000);
    QVERIFY(waitIdle(trust));

    // The file chooser, then the fingerprint confirmation showing subject and SHA-256.
    QCOMPARE(h.prompter.calls.size(), 2);
    QCOMPARE(h.prompter.calls.at(0).kind, QStringLiteral("chooseFile"));
    QCOMPARE(h.prompter.calls.at(1).kind, QStringLiteral("confirm"));
    QVERIFY(h.prompter.calls.at(1).text.contains(TrustMaterialInfo::displayFingerprint(m_rootSha)));
    QVERIFY(h.prompter.calls.at(1).text.contains(QStringLiteral("NOT REAL")));

    QCOMPARE(table->item(0, ui::TrustSettingsWidget::KindColumn)->text(), QStringLiteral("Trust anchor"));
    QVERIFY(table->item(0, ui::TrustSettingsWidget::LabelColumn)->text().contains(QStringLiteral("NOT REAL")));
    QCOMPARE(table->item(0, ui::TrustSettingsWidget::Sha256Column)->text(), TrustMaterialInfo::displayFingerprint(m_rootSha));
    QCOMPARE(table->item(0, ui::TrustSettingsWidget::ValidityColumn)->text(), QStringLiteral("2046-01-01"));
    QVERIFY(child<QLabel>(trust, "trustStatusLabel")->text().startsWith(QStringLiteral("Added")));
    if (const QString shots = qEnvironmentVariable("COOC_SCREENSHOT_DIR"); !shots.isEmpty())
        section.grab().save(QDir(shots).filePath(QStringLiteral("trust-settings.png")));

    // In the database, audited as this administrator.
    const auto rows = must(EsignTrustRepository(h.session.db(), h.session.actor, h.clock).list(h.schoolId));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).sha256, m_rootSha);
    const auto entries = must(AuditLog(h.session.db()).forEntity(QStringLiteral("esign_trust"), rows.at(0).id));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).actorLogin, QStringLiteral("admin"));
    QCOMPARE(entries.at(0).detail.value(QStringLiteral("fingerprint_confirmed")).toBool(), true);
}

void TestUiTrustSettings::declinedFingerprintAddsNothing()
{
    Harness h(true);
    ui::TrustSettingsWidget trust(*h.context);
    trust.show();
    QVERIFY(waitIdle(&trust));
    h.prompter.fileToChoose = m_rootPem;
    h.prompter.confirmAnswer = false;
    QVERIFY(press(&trust, "addTrustButton"));
    QTRY_COMPARE_WITH_TIMEOUT(h.prompter.calls.size(), 2, 20000);
    QVERIFY(waitIdle(&trust));
    QCOMPARE(child<QTableWidget>(&trust, "trustTableWidget")->rowCount(), 0);
    QCOMPARE(must(h.session.db().scalar(QStringLiteral("SELECT COUNT(*) FROM esign_trust"))).toInt(), 0);
    // Cancelling the file chooser asks nothing more.
    h.prompter.fileToChoose.clear();
    QVERIFY(press(&trust, "addTrustButton"));
    QCOMPARE(h.prompter.calls.size(), 3);
    QVERIFY(!trust.isBusy());
}

void TestUiTrustSettings::badFileIsExplained()
{
    Harness h(true);
    ui::TrustSettingsWidget trust(*h.context);
    trust.show();
    QVERIFY(waitIdle(&trust));
    h.prompter.fileToChoose = writeFile(m_files, QStringLiteral("garbage.pem"), "not a certificate at all");
    QVERIFY(press(&trust, "addTrustButton"));
    QTRY_COMPARE_WITH_TIMEOUT(h.prompter.calls.size(), 2, 20000);
    QCOMPARE(h.prompter.calls.at(1).kind, QStringLiteral("warn"));
    QVERIFY2(h.prompter.calls.at(1).text.contains(QStringLiteral("not a certificate")), qPrintable(h.prompter.calls.at(1).text));
    QVERIFY(waitIdle(&trust));
    QCOMPARE(child<QTableWidget>(&trust, "trustTableWidget")->rowCount(), 0);
}

void TestUiTrustSettings::adminRemovesEntry()
{
    Harness h(true);
    const auto root = must(esign::demo::rootCa());
    TrustAddition a;
    a.kind = TrustMaterial::Kind::Anchor;
    a.bytes = root.certificate().toPem();
    must(EsignTrustRepository(h.session.db(), h.admin(), h.clock).add(h.schoolId, a));
    ui::TrustSettingsWidget trust(*h.context);
    trust.show();
    QVERIFY(waitIdle(&trust));
    auto *table = child<QTableWidget>(&trust, "trustTableWidget");
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(!child<QPushButton>(&trust, "removeTrustButton")->isEnabled()); // nothing selected
    table->selectRow(0);
    h.prompter.confirmAnswer = true;
    QVERIFY(press(&trust, "removeTrustButton"));
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 0, 20000);
    QVERIFY(waitIdle(&trust));
    QCOMPARE(h.prompter.calls.last().kind, QStringLiteral("confirm"));
    QVERIFY(h.prompter.calls.last().text.contains(QStringLiteral("no longer verify")));
    QVERIFY(child<QLabel>(&trust, "trustStatusLabel")->text().contains(QStringLiteral("Removed")));
    QCOMPARE(must(h.session.db().scalar(QStringLiteral("SELECT COUNT(*) FROM esign_trust"))).toInt(), 0);
}

void TestUiTrustSettings::nonAdminSeesItReadOnly()
{
    Harness h(false);
    const auto root = must(esign::demo::rootCa());
    TrustAddition a;
    a.kind = TrustMaterial::Kind::Anchor;
    a.bytes = root.certificate().toPem();
    must(EsignTrustRepository(h.session.db(), h.admin(), h.clock).add(h.schoolId, a));
    ui::TrustSettingsSection section(*h.context);
    section.show();
    auto *trust = section.trust();
    QVERIFY(!trust->isEditable());
    QVERIFY(waitIdle(trust));
    auto *table = child<QTableWidget>(trust, "trustTableWidget");
    QCOMPARE(table->rowCount(), 1); // the list is visible
    table->selectRow(0);
    for (const char *name : {"addTrustButton", "removeTrustButton", "trustKindComboBox"})
        QVERIFY2(!child<QWidget>(trust, name)->isEnabled(), name);
    QVERIFY(child<QLabel>(trust, "trustNoteLabel")->text().contains(QStringLiteral("Only the school's administrators")));
    auto *household = section.household();
    QVERIFY(!household->isEditable());
    for (const char *name : {"householdBaseUrlLineEdit", "householdPinLineEdit", "saveHouseholdButton",
                             "householdApiKeyLineEdit", "chooseHouseholdCaButton"})
        QVERIFY2(!child<QWidget>(household, name)->isEnabled(), name);
    QVERIFY(child<QWidget>(household, "testHouseholdConnectionButton")->isEnabled());
}

void TestUiTrustSettings::demoBadge()
{
    Harness h(true);
    const auto root = must(esign::demo::rootCa());
    must(h.session.db().insert(QStringLiteral("INSERT INTO esign_trust (school_id, kind, label, sha256, pem, is_demo, "
                                              "added_at) VALUES (?, 'anchor', 'DEMO root', ?, ?, ?, ?)"),
                               {h.schoolId, m_rootSha, QString::fromLatin1(root.certificate().toPem()), true,
                                h.session.db().timestamp(h.clock.now())}));
    ui::TrustSettingsWidget trust(*h.context);
    trust.show();
    QVERIFY(waitIdle(&trust));
    auto *table = child<QTableWidget>(&trust, "trustTableWidget");
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(table->item(0, ui::TrustSettingsWidget::StatusColumn)->text().contains(QStringLiteral("DEMO")));
    QVERIFY(table->item(0, ui::TrustSettingsWidget::StatusColumn)->toolTip().contains(QStringLiteral("NOT a real")));
}

void TestUiTrustSettings::householdSaveKeyAndTestConnection()
{
    QString error;
    auto pki = HouseholdTestPki::create(&error);
    QVERIFY2(pki, qPrintable(error));
    HouseholdTestServer server(pki->server);
    QVERIFY(server.listen());
    server.setSteps({HouseholdTestServer::Step::answer("NOT_REGISTERED_IN_TAIPEI")});
    server.expectedApiKey = "k-ui-test-42";

    Harness h(true);
    ui::HouseholdSettingsWidget household(*h.context);
    household.show();
    QVERIFY(household.isEditable());
    auto *url = child<QLineEdit>(&household, "householdBaseUrlLineEdit");
    typeInto(url, server.baseUrl().toString());
    h.prompter.fileToChoose = pki->caPath;
    QVERIFY(press(&household, "chooseHouseholdCaButton"));
    QVERIFY(child<QLabel>(&household, "householdCaLabel")->text().contains(QStringLiteral("Household Test CA")));
    child<QSpinBox>(&household, "householdTimeoutSpinBox")->setValue(5);
    child<QSpinBox>(&household, "householdAttemptsSpinBox")->setValue(1);
    QVERIFY(press(&household, "saveHouseholdButton"));
    QCOMPARE(child<QLabel>(&household, "householdSaveStatusLabel")->text(), QStringLiteral("Saved."));
    const HouseholdSettings saved = must(HouseholdSettingsStore(h.session.db(), h.session.actor, h.clock).load(h.schoolId));
    QCOMPARE(saved.baseUrl, server.baseUrl().toString());
    QCOMPARE(saved.caCertificates().size(), 1);
    QCOMPARE(saved.transferTimeoutMs, 5000);

    // The API key: into the keychain, never into the database or the form.
    auto *keyStatus = child<QLabel>(&household, "householdApiKeyStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(keyStatus->text().contains(QStringLiteral("No API key")), 20000);
    auto *key = child<QLineEdit>(&household, "householdApiKeyLineEdit");
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    typeInto(key, QStringLiteral("k-ui-test-42"));
    QVERIFY(press(&household, "storeHouseholdApiKeyButton"));
    QVERIFY(key->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(keyStatus->text().contains(QStringLiteral("is stored")), 20000);
    QCOMPARE(must(h.session.db().scalar(QStringLiteral("SELECT COUNT(*) FROM school_settings WHERE value LIKE "
                                                       "'%k-ui-test-42%'"))).toInt(), 0);

    // Test connection: one check with the stored key, answered by the server.
    QSignalSpy finished(&household, &ui::HouseholdSettingsWidget::testFinished);
    QVERIFY(press(&household, "testHouseholdConnectionButton"));
    QVERIFY(finished.wait(20000));
    const auto result = finished.at(0).at(0).value<HouseholdResult>();
    QCOMPARE(result.outcome, HouseholdResult::Outcome::NotRegisteredInTaipei);
    QVERIFY2(child<QLabel>(&household, "householdTestResultLabel")->text().startsWith(QStringLiteral("Connection works")),
             qPrintable(child<QLabel>(&household, "householdTestResultLabel")->text()));
    QCOMPARE(server.received().size(), 1);
    QCOMPARE(server.received().at(0).headers.value("authorization"), QByteArray("Bearer k-ui-test-42"));

    // The service the binding review gets for this school is the city's, with this key.
    std::optional<Result<HouseholdServiceSetup>> setup;
    loadHouseholdSetup(h.session.db(), h.schoolId, h.credentials, &household,
                       [&](const Result<HouseholdServiceSetup> &r) { setup = r; });
    QTRY_VERIFY_WITH_TIMEOUT(setup.has_value(), 20000);
    QCOMPARE(setup->value().kind, HouseholdServiceSetup::Kind::City);
    QCOMPARE(setup->value().config.apiKey, QByteArray("k-ui-test-42"));

    // Forget the key: the status says so.
    h.prompter.confirmAnswer = true;
    QVERIFY(press(&household, "forgetHouseholdApiKeyButton"));
    QTRY_VERIFY_WITH_TIMEOUT(keyStatus->text().contains(QStringLiteral("No API key")), 20000);
}

void TestUiTrustSettings::householdUnconfiguredTestSaysSo()
{
    Harness h(true);
    ui::HouseholdSettingsWidget household(*h.context);
    household.show();
    QSignalSpy finished(&household, &ui::HouseholdSettingsWidget::testFinished);
    QVERIFY(press(&household, "testHouseholdConnectionButton"));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).value<HouseholdResult>().outcome, HouseholdResult::Outcome::Unavailable);
    QVERIFY2(child<QLabel>(&household, "householdTestResultLabel")->text().contains(QStringLiteral("not configured")),
             qPrintable(child<QLabel>(&household, "householdTestResultLabel")->text()));
    // An http:// address is refused when saving, and nothing is stored.
    typeInto(child<QLineEdit>(&household, "householdBaseUrlLineEdit"), QStringLiteral("http://insecure.example"));
    QVERIFY(press(&household, "saveHouseholdButton"));
    QCOMPARE(h.prompter.calls.last().kind, QStringLiteral("warn"));
    QVERIFY(h.prompter.calls.last().text.contains(QStringLiteral("https://")));
    QCOMPARE(must(h.session.db().scalar(QStringLiteral("SELECT COUNT(*) FROM school_settings"))).toInt(), 0);
}

void TestUiTrustSettings::noKeychainStoresNothing()
{
    // A child process of this test without any reachable Secret Service (no session bus).
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildMode), QStringLiteral("1"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-bus")));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(process.waitForFinished(90000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray out = process.readAllStandardOutput();
    qInfo("no keychain: %s", out.trimmed().constData());
    const QJsonObject report = QJsonDocument::fromJson(out.trimmed()).object();
    QVERIFY2(!report.isEmpty(), out.constData());
    QVERIFY(report.value(QStringLiteral("answered")).toBool());
    QVERIFY(report.value(QStringLiteral("fieldCleared")).toBool());
    QVERIFY(report.value(QStringLiteral("warned")).toBool());
    const QString status = report.value(QStringLiteral("status")).toString();
    QVERIFY2(status.contains(QStringLiteral("not available")) && status.contains(QStringLiteral("not stored")),
             qPrintable(status));
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(kChildMode))
        return childMain(argc, argv);
    QApplication app(argc, argv);
    TestUiTrustSettings test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_trustsettings.moc"
