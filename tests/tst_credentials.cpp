// "Remember me" against the real Secret Service that scripts/test.sh starts (gnome-keyring
// in a private D-Bus session), and against no keychain at all: a child process of this
// test whose session bus points nowhere must get a clear error and store nothing, anywhere.
#include "app/auth/credentialstore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace cooc;

namespace {

const char *const kChildMode = "COOC_TST_CREDENTIALS_CHILD";
const QString kService = QStringLiteral("CooC Desk tests");

template <typename T>
std::optional<T> waitFor(const std::function<void(std::function<void(const T &)>)> &start, int timeoutMs = 20000)
{
    QEventLoop loop;
    std::optional<T> result;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    start([&](const T &value) {
        result.emplace(value);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return result;
}

std::optional<Status> write(CredentialStore &store, const CredentialStore::Key &key, const QString &secret)
{
    return waitFor<Status>([&](auto done) { store.write(key, secret, &store, done); });
}

std::optional<Result<std::optional<QString>>> read(CredentialStore &store, const CredentialStore::Key &key)
{
    return waitFor<Result<std::optional<QString>>>([&](auto done) { store.read(key, &store, done); });
}

std::optional<Status> remove(CredentialStore &store, const CredentialStore::Key &key)
{
    return waitFor<Status>([&](auto done) { store.remove(key, &store, done); });
}

CredentialStore::Key testKey(const QString &account)
{
    auto url = DatabaseUrl::parse(QStringLiteral("postgresql://ignored:not-this-password@db.tp.edu.tw:5432/cooc"));
    return CredentialStore::Key::forLogin(url.value(), account);
}

QJsonObject describe(const Status &status)
{
    return { { QStringLiteral("ok"), status.ok() },
        { QStringLiteral("code"), status.ok() ? 0 : int(status.error().code) },
        { QStringLiteral("message"), status.ok() ? QString() : status.error().message },
        { QStringLiteral("detail"), status.ok() ? QString() : status.error().detail } };
}

// The child: tries to remember a secret with no reachable keychain, reports as JSON.
int childMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("cooc-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_credentials_child"));
    CredentialStore store(kService);
    const QString secret = qEnvironmentVariable("COOC_TST_SECRET");
    const auto key = testKey(QStringLiteral("child"));
    const auto written = write(store, key, secret);
    const auto readBack = read(store, key);
    QJsonObject report;
    report.insert(
        QStringLiteral("write"), written ? describe(*written) : QJsonObject { { QStringLiteral("timeout"), true } });
    if (readBack) {
        QJsonObject r { { QStringLiteral("ok"), readBack->ok() } };
        if (readBack->ok())
            r.insert(QStringLiteral("found"), readBack->value().has_value());
        else
            r.insert(QStringLiteral("code"), int(readBack->error().code));
        report.insert(QStringLiteral("read"), r);
    } else {
        report.insert(QStringLiteral("read"), QJsonObject { { QStringLiteral("timeout"), true } });
    }
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Compact).constData(), stdout);
    return 0;
}

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void keysSeparateServersAccountsAndPurposes();
    void removingNothingSucceeds();
    void destroyedContextDropsTheCallback();
    void noKeychainRemembersNothing();
    void settingsRememberNoPassword();
};

void TestCredentials::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
        "tst_credentials needs the private Secret Service that scripts/test.sh starts");
}

void TestCredentials::roundTrip()
{
    CredentialStore store(kService);
    const auto key = testKey(QStringLiteral("tpjh123456789"));
    const QString secret = QStringLiteral("我的密碼 𠀋 it's \"quoted\"");
    auto written = write(store, key, secret);
    QVERIFY(written);
    QVERIFY2(written->ok(), qPrintable(written->ok() ? QString() : written->error().detail));
    auto got = read(store, key);
    QVERIFY(got && got->ok());
    QCOMPARE(got->value(), std::optional<QString>(secret));

    QVERIFY(write(store, key, QStringLiteral("second-password"))->ok()); // overwrite
    QCOMPARE(read(store, key)->value(), std::optional<QString>(QStringLiteral("second-password")));

    auto removed = remove(store, key);
    QVERIFY(removed && removed->ok());
    auto gone = read(store, key);
    QVERIFY(gone && gone->ok());
    QVERIFY(!gone->value().has_value());
}

void TestCredentials::keysSeparateServersAccountsAndPurposes()
{
    const auto a = testKey(QStringLiteral("lin"));
    const auto b = CredentialStore::Key::forLogin(
        DatabaseUrl::sqlite(QStringLiteral("/tmp/demo.sqlite")), QStringLiteral("lin"));
    const auto c = testKey(QStringLiteral("wang"));
    QCOMPARE(a.toString(), QStringLiteral("login-password:lin@db.tp.edu.tw:5432/cooc"));
    QCOMPARE(b.toString(), QStringLiteral("login-password:lin@sqlite:/tmp/demo.sqlite"));
    QVERIFY(!a.toString().contains(QStringLiteral("not-this-password")));
    QCOMPARE(testKey(QStringLiteral(" LIN ")).toString(), a.toString());

    CredentialStore store(kService);
    QVERIFY(write(store, a, QStringLiteral("secret-a"))->ok());
    QVERIFY(write(store, b, QStringLiteral("secret-b"))->ok());
    QCOMPARE(read(store, a)->value(), std::optional<QString>(QStringLiteral("secret-a")));
    QCOMPARE(read(store, b)->value(), std::optional<QString>(QStringLiteral("secret-b")));
    QVERIFY(!read(store, c)->value().has_value());
    // Another service name is another namespace.
    CredentialStore other(QStringLiteral("CooC Desk other tests"));
    QVERIFY(!read(other, a)->value().has_value());
    QVERIFY(remove(store, a)->ok());
    QVERIFY(remove(store, b)->ok());
}

void TestCredentials::removingNothingSucceeds()
{
    CredentialStore store(kService);
    auto removed = remove(store, testKey(QStringLiteral("never-stored")));
    QVERIFY(removed);
    QVERIFY2(removed->ok(), qPrintable(removed->ok() ? QString() : removed->error().detail));
}

void TestCredentials::destroyedContextDropsTheCallback()
{
    CredentialStore store(kService);
    bool called = false;
    auto *context = new QObject;
    store.read(testKey(QStringLiteral("ctx")), context, [&](const Result<std::optional<QString>> &) { called = true; });
    delete context;
    // The job still finishes (and deletes itself); nobody is called back.
    QTest::qWait(1500);
    QVERIFY(!called);
}

void TestCredentials::noKeychainRemembersNothing()
{
    // A child process of this test, with its session bus pointing at nothing and its own
    // empty home and config folders: exactly a desktop without a Secret Service.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString secret = QStringLiteral("Plaintext-canary-7f3a");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildMode), QStringLiteral("1"));
    env.insert(QStringLiteral("COOC_TST_SECRET"), secret);
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-bus")));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    QProcess child;
    child.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitCode(), 0);
    const QByteArray out = child.readAllStandardOutput();
    const QJsonObject report = QJsonDocument::fromJson(out).object();
    QVERIFY2(!report.isEmpty(), out.constData());
    qInfo("no keychain: answered in %lld ms, %s", timer.elapsed(), out.constData());

    const QJsonObject w = report.value(QStringLiteral("write")).toObject();
    QVERIFY2(!w.value(QStringLiteral("timeout")).toBool(), "the keychain job must finish, not hang");
    QCOMPARE(w.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(w.value(QStringLiteral("code")).toInt(), int(Error::Code::Unavailable));
    QCOMPARE(w.value(QStringLiteral("message")).toString(), CredentialStore::unavailableMessage());
    QVERIFY(w.value(QStringLiteral("message")).toString().contains(QStringLiteral("not remembered")));
    const QJsonObject r = report.value(QStringLiteral("read")).toObject();
    QCOMPARE(r.value(QStringLiteral("ok")).toBool(), false); // unavailable, not "nothing stored"

    // Nothing in any file the child could write (no plaintext fallback)…
    QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
    }
    // …and nothing in the real keychain either.
    CredentialStore store(kService);
    auto real = read(store, testKey(QStringLiteral("child")));
    QVERIFY(real && real->ok());
    QVERIFY(!real->value().has_value());
}

void TestCredentials::settingsRememberNoPassword()
{
    QCoreApplication::setOrganizationName(QStringLiteral("cooc-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_credentials"));
    auto url = DatabaseUrl::parse(
        QStringLiteral("postgresql://lin:Top-secret-9@db.tp.edu.tw:5432/cooc?sslmode=verify-full"));
    QVERIFY(url.ok());
    RememberedLogin::save(url.value(), QStringLiteral(" lin "));
    QCOMPARE(RememberedLogin::lastLogin(), QStringLiteral("lin"));
    QVERIFY(RememberedLogin::lastDatabaseUrl().contains(QStringLiteral("db.tp.edu.tw")));
    QVERIFY(!RememberedLogin::lastDatabaseUrl().contains(QStringLiteral("Top-secret-9")));
    {
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("Top-secret-9"));
    }
    RememberedLogin::forget();
    QVERIFY(RememberedLogin::lastLogin().isEmpty());
    QVERIFY(RememberedLogin::lastDatabaseUrl().isEmpty());
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(kChildMode))
        return childMain(argc, argv);
    QCoreApplication app(argc, argv);
    TestCredentials test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentials.moc"
