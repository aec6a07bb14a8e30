// The login flow as a user meets it, on the real widgets (offscreen): the demo accounts,
// the forced password change, wrong passwords, lockout, bad databases, an unreachable
// server that must not freeze the window, and "Remember me" with and without a keychain.
#include "app/session.h"
#include "models/migrator.h"
#include "ui/demosetup.h"
#include "tst_ui_support.h"

#include <QApplication>
#include <QProcess>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QTcpServer>
#include <QTimer>

using namespace cooc;
using namespace cooc::test;

namespace {

constexpr char kNoKeychainChild[] = "COOC_TST_UI_LOGIN_NO_KEYCHAIN";

// The first demo account that the login dialog lists (a homeroom teacher comes first).
struct Listed
{
    QString login;
    QString password;
    QString name;
};

} // namespace

class TestUiLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoAccountsFillTheForm();
    void forcedPasswordChangeThenMainWindow();
    void forcedChangeCancelledLogsOut();
    void wrongPasswordSaysSoAndKeepsNothing();
    void lockoutSaysUntilWhen();
    void corruptFileIsReportedAndKept();
    void newerSchemaIsRefused();
    void unreachableServerDoesNotFreeze();
    void rememberMeFillsThePasswordNextTime();
    void noKeychainIsSaidAndNothingRemembered();
    void tabOrderFollowsTheForm();
    void firstStartCreatesTheDemoSchool();

private:
    static Listed firstListed(ui::LoginDialog *dialog);
    static void submit(ui::LoginDialog *dialog, const QString &login, const QString &password);
    static void changeDefaultPassword(UiHarness &h, const QString &next);
};

void TestUiLogin::initTestCase()
{
    QVERIFY(!DemoTemplate::path().isEmpty());
}

Listed TestUiLogin::firstListed(ui::LoginDialog *dialog)
{
    auto *table = child<QTableWidget>(dialog, "demoAccountsTableWidget");
    if (!table || table->rowCount() == 0)
        return {};
    return {table->item(0, 2)->text(), table->item(0, 3)->text(), table->item(0, 0)->text()};
}

void TestUiLogin::submit(ui::LoginDialog *dialog, const QString &login, const QString &password)
{
    typeInto(child<QLineEdit>(dialog, "loginLineEdit"), login);
    typeInto(child<QLineEdit>(dialog, "passwordLineEdit"), password);
    clickButton(dialog, "loginButton");
}

void TestUiLogin::changeDefaultPassword(UiHarness &h, const QString &next)
{
    QTRY_VERIFY(h.changePassword() && h.changePassword()->isVisible());
    typeInto(child<QLineEdit>(h.changePassword(), "newPasswordLineEdit"), next);
    typeInto(child<QLineEdit>(h.changePassword(), "confirmPasswordLineEdit"), next);
    clickButton(h.changePassword(), "changePasswordButton");
}

void TestUiLogin::demoAccountsFillTheForm()
{
    UiHarness h;
    h.startOnDemo();
    QTRY_VERIFY(h.login() && h.login()->isVisible());
    ui::LoginDialog *dialog = h.login();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *table = child<QTableWidget>(dialog, "demoAccountsTableWidget");
    QTRY_VERIFY(table->rowCount() > 0);
    QVERIFY(child<QWidget>(dialog, "demoAccountsGroupBox")->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, "databaseLineEdit")->text(), h.demoPath);

    // Every listed account has a login and a password; one click fills the form.
    for (int row = 0; row < table->rowCount(); ++row) {
        QVERIFY(!table->item(row, 2)->text().isEmpty());
        QVERIFY(!table->item(row, 3)->text().isEmpty());
    }
    const int row = table->rowCount() - 1;
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(row, 0)).center());
    QCOMPARE(child<QLineEdit>(dialog, "loginLineEdit")->text(), table->item(row, 2)->text());
    QCOMPARE(child<QLineEdit>(dialog, "passwordLineEdit")->text(), table->item(row, 3)->text());
}

void TestUiLogin::forcedPasswordChangeThenMainWindow()
{
    UiHarness h;
    h.startOnDemo();
    QTRY_VERIFY(h.login() && h.login()->isVisible());
    QTRY_VERIFY(!firstListed(h.login()).login.isEmpty());
    const Listed account = firstListed(h.login());
    submit(h.login(), account.login, account.password);

    // A default password: the change dialog comes first, and the main window waits.
    QTRY_VERIFY(h.changePassword() && h.changePassword()->isVisible());
    QVERIFY(!h.window());
    ui::ChangePasswordDialog *change = h.changePassword();
    auto *ok = child<QAbstractButton>(change, "changePasswordButton");
    auto *message = child<QLabel>(change, "messageLabel");
    QVERIFY(!child<QLineEdit>(change, "currentPasswordLineEdit")->isVisible()); // just typed at login

    // Too short: the policy says why and the button stays off.
    typeInto(child<QLineEdit>(change, "newPasswordLineEdit"), QStringLiteral("short1"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("8")), qPrintable(message->text()));
    // The default password again is refused as well.
    typeInto(child<QLineEdit>(change, "newPasswordLineEdit"), account.password);
    QVERIFY(!ok->isEnabled());
    // Two different entries.
    typeInto(child<QLineEdit>(change, "newPasswordLineEdit"), QStringLiteral("Lantern-river-42"));
    typeInto(child<QLineEdit>(change, "confirmPasswordLineEdit"), QStringLiteral("Lantern-river-43"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(message->text().contains(QStringLiteral("differ")));
    typeInto(child<QLineEdit>(change, "confirmPasswordLineEdit"), QStringLiteral("Lantern-river-42"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    QTRY_VERIFY(h.window() && h.window()->isVisible());
    QVERIFY(!h.changePassword());
    auto *user = child<QLabel>(h.window(), "userStatusLabel");
    QCOMPARE(user->text(), account.name);
    QVERIFY(!child<QLabel>(h.window(), "roleStatusLabel")->text().isEmpty());
    // As UI.md's status bar: 示範學校（SQLite）; where it is, in the tooltip.
    QCOMPARE(child<QLabel>(h.window(), "databaseStatusLabel")->text(), QStringLiteral("Demo school (SQLite)"));
    QVERIFY(child<QLabel>(h.window(), "databaseStatusLabel")->toolTip().contains(QStringLiteral("demo-school.sqlite")));
    QCOMPARE(child<QLabel>(h.window(), "connectionStatusLabel")->text(), QStringLiteral("Connected"));

    // Log out: back to the login dialog, which says so. The old password no longer works;
    // the new one goes straight to the main window.
    h.window()->findChild<QAction *>(QStringLiteral("logoutAction"))->trigger();
    QTRY_VERIFY(h.login() && h.login()->isVisible());
    QVERIFY(!h.window());
    QVERIFY(child<QLabel>(h.login(), "subtitleLabel")->text().contains(QStringLiteral("logged out")));
    QCOMPARE(child<QLineEdit>(h.login(), "loginLineEdit")->text(), account.login);
    submit(h.login(), account.login, account.password);
    auto *error = child<QLabel>(h.login(), "errorLabel");
    QTRY_VERIFY(error->isVisible());
    submit(h.login(), account.login, QStringLiteral("Lantern-river-42"));
    QTRY_VERIFY(h.window() && h.window()->isVisible());
    QVERIFY(!h.changePassword());
}

void TestUiLogin::forcedChangeCancelledLogsOut()
{
    UiHarness h;
    h.startOnDemo();
    QTRY_VERIFY(h.login() && !firstListed(h.login()).login.isEmpty());
    const Listed account = firstListed(h.login());
    submit(h.login(), account.login, account.password);
    QTRY_VERIFY(h.changePassword() && h.changePassword()->isVisible());
    QTest::keyClick(h.changePassword(), Qt::Key_Escape); // Esc = "Log out"
    QTRY_VERIFY(h.login() && h.login()->isVisible());
    QVERIFY(!h.window());
    QVERIFY(!h.controller->session());
    QVERIFY(child<QLabel>(h.login(), "subtitleLabel")->text().contains(QStringLiteral("own password")));
    QCOMPARE(h.quitRequests, 0);
}

void TestUiLogin::wrongPasswordSaysSoAndKeepsNothing()
{
    UiHarness h;
    h.startOnDemo();
    QTRY_VERIFY(h.login() && !firstListed(h.login()).login.isEmpty());
    const Listed account = firstListed(h.login());
    submit(h.login(), account.login, QStringLiteral("not-the-password"));
    auto *error = child<QLabel>(h.login(), "errorLabel");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Wrong account or password")), qPrintable(error->text()));
    QVERIFY(child<QLineEdit>(h.login(), "passwordLineEdit")->text().isEmpty());
    QCOMPARE(child<QLineEdit>(h.login(), "loginLineEdit")->text(), account.login);
    QVERIFY(h.login()->isVisible());
    QVERIFY(!h.controller->session());
    QVERIFY(!h.window());
    QVERIFY(h.settings->lastLogin().isEmpty()); // only a successful login is remembered

    // An unknown account gets the same words (no hint which accounts exist).
    submit(h.login(), QStringLiteral("nobody-here"), QStringLiteral("whatever-1234"));
    QTRY_VERIFY(error->isVisible() && error->text().contains(QStringLiteral("Wrong account or password")));

    // Typing again clears the message.
    QTest::keyClicks(child<QLineEdit>(h.login(), "passwordLineEdit"), QStringLiteral("x"));
    QVERIFY(!error->isVisible());
}

void TestUiLogin::lockoutSaysUntilWhen()
{
    UiHarness h;
    h.startOnDemo();
    QTRY_VERIFY(h.login() && !firstListed(h.login()).login.isEmpty());
    const Listed account = firstListed(h.login());
    auto *error = child<QLabel>(h.login(), "errorLabel");
    const int attempts = h.auth.policy().maxFailedAttempts;
    for (int i = 0; i < attempts; ++i) {
        submit(h.login(), account.login, QStringLiteral("wrong-%1").arg(i));
        QTRY_VERIFY(!h.login()->isBusy() && error->isVisible());
    }
    const QString until = h.clock.now()
                              .addSecs(qint64(h.auth.policy().lockoutDuration.count()) * 60)
                              .toTimeZone(Clock::schoolTimeZone())
                              .toString(QStringLiteral("HH:mm"));
    QVERIFY2(error->text().contains(QStringLiteral("locked")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(until), qPrintable(error->text() + QStringLiteral(" / expected ") + until));

    // Even the right password is refused until then, with the same time.
    submit(h.login(), account.login, account.password);
    QTRY_VERIFY(!h.login()->isBusy());
    QVERIFY(error->text().contains(until));
    QVERIFY(!h.changePassword() && !h.window());

    // After the lockout the right password works again.
    h.clock.advance(qint64(h.auth.policy().lockoutDuration.count()) * 60 + 1);
    submit(h.login(), account.login, account.password);
    QTRY_VERIFY(h.changePassword() && h.changePassword()->isVisible());
}

void TestUiLogin::corruptFileIsReportedAndKept()
{
    UiHarness h;
    const QString path = h.dir.filePath(QStringLiteral("broken.sqlite"));
    QByteArray garbage;
    for (int i = 0; i < 200; ++i)
        garbage += "this is not a database, just a file someone renamed. ";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    h.controller->start(DatabaseUrl::sqlite(path));
    QTRY_VERIFY(h.login() && h.login()->isVisible());
    submit(h.login(), QStringLiteral("cooc123456789"), QStringLiteral("whatever-1234"));
    auto *error = child<QLabel>(h.login(), "errorLabel");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("damaged")), qPrintable(error->text()));
    QVERIFY(!child<QWidget>(h.login(), "demoAccountsGroupBox")->isVisible());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage); // reported, never overwritten
}

void TestUiLogin::newerSchemaIsRefused()
{
    UiHarness h;
    const QString path = DemoTemplate::copyInto(h.dir, QStringLiteral("future.sqlite"));
    {
        auto db = Database::open(DatabaseUrl::sqlite(path));
        QVERIFY(db.ok());
        QVERIFY(db.value()
                    ->exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
                           {Migrator::clientVersion() + 50, QStringLiteral("from_the_future"),
                            db.value()->timestamp(uiTestNow())})
                    .ok());
    }
    const auto accounts = AuthService::demoAccounts(DatabaseUrl::sqlite(DemoTemplate::path()));
    QVERIFY(accounts.ok() && !accounts->isEmpty());
    h.controller->start(DatabaseUrl::sqlite(path));
    QTRY_VERIFY(h.login() && h.login()->isVisible());
    submit(h.login(), accounts->first().login, accounts->first().password);
    auto *error = child<QLabel>(h.login(), "errorLabel");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("newer")), qPrintable(error->text()));
    QVERIFY(!h.changePassword() && !h.window());
}

void TestUiLogin::unreachableServerDoesNotFreeze()
{
    // A server that accepts the TCP connection and then never answers: the login waits for
    // connect_timeout, on the login thread, while the window keeps handling events.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    silent.pauseAccepting();
    UiHarness h;
    const auto url = DatabaseUrl::parse(
        QStringLiteral("postgresql://lin@127.0.0.1:%1/cooc?connect_timeout=2&sslmode=disable").arg(silent.serverPort()));
    QVERIFY(url.ok());
    h.controller->start(url.value());
    QTRY_VERIFY(h.login() && h.login()->isVisible());
    QVERIFY(!child<QWidget>(h.login(), "demoAccountsGroupBox")->isVisible()); // not the demo school

    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&ticks] { ++ticks; });
    ticker.start(50);
    QElapsedTimer timer;
    timer.start();
    submit(h.login(), QStringLiteral("lin"), QStringLiteral("Some-password-1"));
    QVERIFY(h.login()->isBusy());
    QVERIFY(child<QProgressBar>(h.login(), "loginProgressBar")->isVisible());
    QVERIFY(!child<QAbstractButton>(h.login(), "loginButton")->isEnabled());
    auto *error = child<QLabel>(h.login(), "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    const qint64 waited = timer.elapsed();
    qInfo("unreachable server reported after %lld ms; the event loop ran %d times meanwhile", waited, ticks);
    QVERIFY2(error->text().contains(QStringLiteral("cannot be reached")), qPrintable(error->text()));
    QVERIFY(ticks >= int(waited / 50) / 2); // the GUI thread was free the whole time
    QVERIFY(!child<QProgressBar>(h.login(), "loginProgressBar")->isVisible());
    QVERIFY(child<QAbstractButton>(h.login(), "loginButton")->isEnabled());
    // What was typed is kept for another try.
    QCOMPARE(child<QLineEdit>(h.login(), "passwordLineEdit")->text(), QStringLiteral("Some-password-1"));
}

void TestUiLogin::rememberMeFillsThePasswordNextTime()
{
    UiHarness h;
    h.startOnDemo();
    QTRY_VERIFY(h.login() && !firstListed(h.login()).login.isEmpty());
    const Listed account = firstListed(h.login());
    auto *remember = child<QCheckBox>(h.login(), "rememberCheckBox");
    QTRY_VERIFY(remember->isEnabled()); // the keychain answered
    QVERIFY(!child<QLabel>(h.login(), "keychainNoteLabel")->isVisible());
    remember->setChecked(true);
    submit(h.login(), account.login, account.password);
    changeDefaultPassword(h, QStringLiteral("Harbour-lights-77"));
    QTRY_VERIFY(h.window() && h.window()->isVisible());
    QVERIFY(h.settings->rememberLogin());

    // The password is nowhere in the settings file.
    h.settings->sync();
    QFile ini(h.settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QByteArray settingsText = ini.readAll();
    QVERIFY(!settingsText.contains("Harbour-lights-77"));
    // (A default password is the end of the login name, which the settings do keep.)
    QVERIFY(!settingsText.replace(account.login.toUtf8(), QByteArray()).contains(account.password.toUtf8()));

    // Next time: login and the new password are filled in from the keychain.
    h.window()->findChild<QAction *>(QStringLiteral("logoutAction"))->trigger();
    QTRY_VERIFY(h.login() && h.login()->isVisible());
    QTRY_COMPARE(child<QLineEdit>(h.login(), "passwordLineEdit")->text(), QStringLiteral("Harbour-lights-77"));
    QVERIFY(child<QCheckBox>(h.login(), "rememberCheckBox")->isChecked());
    clickButton(h.login(), "loginButton");
    QTRY_VERIFY(h.window() && h.window()->isVisible());

    // Unticked: the keychain entry goes away.
    h.window()->findChild<QAction *>(QStringLiteral("logoutAction"))->trigger();
    QTRY_VERIFY(h.login() && h.login()->isVisible());
    QTRY_VERIFY(!child<QLineEdit>(h.login(), "passwordLineEdit")->text().isEmpty());
    child<QCheckBox>(h.login(), "rememberCheckBox")->setChecked(false);
    clickButton(h.login(), "loginButton");
    QTRY_VERIFY(h.window() && h.window()->isVisible());
    QVERIFY(!h.settings->rememberLogin());
    bool done = false;
    std::optional<QString> stored = QStringLiteral("?");
    h.credentials.read(CredentialStore::Key::forLogin(DatabaseUrl::sqlite(h.demoPath), account.login), h.window(),
                       [&](const Result<std::optional<QString>> &r) {
                           done = true;
                           if (r.ok())
                               stored = r.value();
                       });
    QTRY_VERIFY(done);
    QVERIFY(!stored.has_value());
}

void TestUiLogin::noKeychainIsSaidAndNothingRemembered()
{
    // A child process of this test whose session bus points at nothing: a desktop without a
    // Secret Service. It logs in with "Remember me" and reports what it saw.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kNoKeychainChild), QStringLiteral("1"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-bus")));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    QProcess childProcess;
    childProcess.setProcessEnvironment(env);
    childProcess.setProcessChannelMode(QProcess::MergedChannels);
    childProcess.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(childProcess.waitForFinished(120000));
    const QByteArray output = childProcess.readAll();
    QVERIFY2(childProcess.exitCode() == 0, output.constData());
}

void TestUiLogin::tabOrderFollowsTheForm()
{
    UiHarness h;
    h.startOnDemo();
    QTRY_VERIFY(h.login() && h.login()->isVisible());
    ui::LoginDialog *dialog = h.login();
    const QStringList expected = {QStringLiteral("databaseLineEdit"), QStringLiteral("databaseBrowseButton"),
                                  QStringLiteral("loginLineEdit"), QStringLiteral("passwordLineEdit"),
                                  QStringLiteral("rememberCheckBox")};
    QWidget *w = child<QWidget>(dialog, "databaseLineEdit");
    for (int i = 1; i < expected.size(); ++i) {
        w = w->nextInFocusChain();
        while (w && (w->focusPolicy() & Qt::TabFocus) != Qt::TabFocus)
            w = w->nextInFocusChain();
        QVERIFY(w);
        QCOMPARE(w->objectName(), expected[i]);
    }
    // With no remembered login the focus starts in the account field.
    QCOMPARE(dialog->focusWidget(), child<QWidget>(dialog, "loginLineEdit"));
}

void TestUiLogin::firstStartCreatesTheDemoSchool()
{
    // No database configured and none in the data folder: the demo school is generated off
    // the GUI thread behind a progress dialog, then the login lists its accounts.
    UiHarness h;
    h.controller->setDemoStudents(DemoSchool::kMinStudents);
    QVERIFY(!QFile::exists(h.demoPath));
    h.controller->start();
    QVERIFY(h.controller->demoSetup());
    QVERIFY(h.controller->demoSetup()->progressDialog()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(h.login() && h.login()->isVisible(), 120000);
    QVERIFY(QFile::exists(h.demoPath));
    QTRY_VERIFY(!firstListed(h.login()).login.isEmpty());
    QVERIFY(h.prompter.calls.isEmpty());

    // Cancelled: nothing is left behind, and the login dialog says what happened.
    UiHarness second;
    second.controller->setDemoStudents(DemoSchool::kMinStudents);
    second.controller->start();
    QVERIFY(second.controller->demoSetup());
    QProgressDialog *progress = second.controller->demoSetup()->progressDialog();
    QVERIFY(progress->isVisible());
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(second.login() && second.login()->isVisible(), 120000);
    QVERIFY(!QFile::exists(second.demoPath));
    QVERIFY(child<QLabel>(second.login(), "subtitleLabel")->text().contains(QStringLiteral("not created")));
    QVERIFY(child<QLineEdit>(second.login(), "databaseLineEdit")->text().isEmpty());
}

// ---- the child process of noKeychainIsSaidAndNothingRemembered -------------------------

static int runNoKeychainChild()
{
    UiHarness h;
    h.startOnDemo();
    auto fail = [](const char *what) {
        QTextStream(stdout) << "FAILED: " << what << '\n';
        return 1;
    };
    if (!QTest::qWaitFor([&] { return h.login() != nullptr; }, 10000))
        return fail("no login dialog");
    auto *note = child<QLabel>(h.login(), "keychainNoteLabel");
    auto *remember = child<QCheckBox>(h.login(), "rememberCheckBox");
    if (!QTest::qWaitFor([&] { return note->isVisibleTo(h.login()) && !remember->isEnabled(); }, 30000))
        return fail("the dialog did not say that the keychain is unavailable");
    if (!note->text().contains(QStringLiteral("not be remembered")))
        return fail("the note does not say that the password will not be remembered");
    if (remember->isChecked())
        return fail("Remember me is still ticked");
    auto *table = child<QTableWidget>(h.login(), "demoAccountsTableWidget");
    if (!QTest::qWaitFor([&] { return table->rowCount() > 0; }, 30000))
        return fail("no demo accounts");
    const QString login = table->item(0, 2)->text();
    const QString password = table->item(0, 3)->text();
    typeInto(child<QLineEdit>(h.login(), "loginLineEdit"), login);
    typeInto(child<QLineEdit>(h.login(), "passwordLineEdit"), password);
    QTest::mouseClick(child<QAbstractButton>(h.login(), "loginButton"), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return h.changePassword() != nullptr; }, 30000))
        return fail("the login did not go through without a keychain");
    if (h.settings->rememberLogin())
        return fail("the settings say remembered");
    h.settings->sync();
    QFile ini(h.settings->fileName());
    // (A default password is the end of the login name, which the settings do keep.)
    if (ini.open(QIODevice::ReadOnly) && ini.readAll().replace(login.toUtf8(), QByteArray()).contains(password.toUtf8()))
        return fail("the password is in the settings file");
    QTextStream(stdout) << "OK\n";
    return 0;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("cooc-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_login"));
    if (qEnvironmentVariableIsSet(kNoKeychainChild))
        return runNoKeychainChild();
    TestUiLogin test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_login.moc"
