#pragma once
// Shared by the tst_ui_* widget tests: a small demo school generated once per test
// executable (and copied for each test), a prompter that records instead of blocking, and a
// harness with every service the GUI's composition root builds.

#include "app/auth/authservice.h"
#include "app/auth/credentialstore.h"
#include "app/demo/demoschool.h"
#include "app/settings.h"
#include "models/clock.h"
#include "ui/appcontroller.h"
#include "ui/changepassworddialog.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/prompter.h"
#include "ui/uilanguage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace cooc::test {

// "Now" for every UI test: a Saturday morning in Taipei.
inline QDateTime uiTestNow()
{
    return QDateTime(QDate(2026, 11, 28), QTime(9, 30), QTimeZone(8 * 3600)).toUTC();
}

// Answers modal prompts without blocking, and remembers what was asked.
class RecordingPrompter final : public ui::Prompter
{
public:
    struct Call
    {
        QString kind;
        QString title;
        QString text;
    };
    QList<Call> calls;
    bool confirmAnswer = true;
    QString fileToChoose;

    void inform(QWidget *, const QString &title, const QString &text) override
    {
        calls.append({QStringLiteral("inform"), title, text});
    }
    void warn(QWidget *, const QString &title, const QString &text) override
    {
        calls.append({QStringLiteral("warn"), title, text});
    }
    bool confirm(QWidget *, const QString &title, const QString &text, const QString &) override
    {
        calls.append({QStringLiteral("confirm"), title, text});
        return confirmAnswer;
    }
    QString chooseFile(QWidget *, const QString &title, const QString &, const QString &) override
    {
        calls.append({QStringLiteral("chooseFile"), title, QString()});
        return fileToChoose;
    }
};

// The demo school at its smallest size, generated once per test executable; every test
// works on its own copy (logins change passwords, lock accounts, write audit entries).
class DemoTemplate
{
public:
    static const QString &path()
    {
        static QTemporaryDir dir;
        static QString file;
        if (file.isEmpty()) {
            file = dir.filePath(QStringLiteral("template.sqlite"));
            QElapsedTimer timer;
            timer.start();
            auto db = Database::open(DatabaseUrl::sqlite(file));
            if (!db)
                qFatal("cannot create the demo template: %s", qPrintable(db.error().message));
            FixedClock clock(uiTestNow());
            DemoOptions options;
            options.students = DemoSchool::kMinStudents;
            options.clock = &clock;
            auto summary = DemoSchool::generate(*db.value(), options);
            if (!summary)
                qFatal("cannot generate the demo template: %s", qPrintable(summary.error().message));
            qInfo("demo template: %lld students, %lld rows in %lld ms", summary->students, summary->rows,
                  qint64(timer.elapsed()));
        }
        return file;
    }

    static QString copyInto(const QTemporaryDir &dir, const QString &name = QStringLiteral("demo-school.sqlite"))
    {
        const QString target = dir.filePath(name);
        QFile::remove(target);
        if (!QFile::copy(path(), target))
            qFatal("cannot copy the demo template");
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        return target;
    }
};

// Every service app/gui_main.cpp builds, with test doubles only where a test must answer
// (prompter) or pin time (clock); a real keychain under a service name of the tests' own.
struct UiHarness
{
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    FixedClock clock{uiTestNow()};
    AuthService auth{clock};
    CredentialStore credentials{QStringLiteral("CooC Desk UI tests")};
    RecordingPrompter prompter;
    std::unique_ptr<ui::UiLanguage> language;
    std::unique_ptr<ui::AppController> controller;
    QString demoPath;
    int quitRequests = 0;

    explicit UiHarness(const QString &languageCode = QStringLiteral("en"))
        : settings(std::make_unique<Settings>(
              std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)))
    {
        (void)settings->setLanguage(languageCode);
        language = std::make_unique<ui::UiLanguage>(*settings);
        language->applyStored();
        demoPath = dir.filePath(QStringLiteral("demo-school.sqlite"));
        makeController();
    }

    ~UiHarness()
    {
        controller.reset();
        language.reset();
    }

    void makeController()
    {
        controller = std::make_unique<ui::AppController>(
            ui::AppController::Services{auth, *settings, clock, prompter, *language, credentials}, demoPath);
        QObject::connect(controller.get(), &ui::AppController::quitRequested, controller.get(),
                         [this] { ++quitRequests; });
    }

    // Starts on a fresh copy of the demo school.
    void startOnDemo()
    {
        DemoTemplate::copyInto(dir);
        controller->start();
    }

    ui::LoginDialog *login() const { return controller->loginDialog(); }
    ui::MainWindow *window() const { return controller->mainWindow(); }
    ui::ChangePasswordDialog *changePassword() const { return controller->changePasswordDialog(); }
};

template<typename T>
T *child(QObject *parent, const char *name)
{
    return parent ? parent->findChild<T *>(QString::fromLatin1(name)) : nullptr;
}

inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    if (!edit->text().isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

inline void clickButton(QObject *parent, const char *name)
{
    auto *button = child<QAbstractButton>(parent, name);
    QVERIFY2(button, name);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

// Starts on a fresh demo school, logs in with the first listed demo account, replaces its
// default password with `newPassword` and waits for the main window. Returns the account.
inline QString logInToMainWindow(UiHarness &h, const QString &newPassword = QStringLiteral("Moonlit-harbour-31"))
{
    h.startOnDemo();
    if (!QTest::qWaitFor([&] { return h.login() != nullptr; }, 10000))
        return {};
    auto *table = child<QTableWidget>(h.login(), "demoAccountsTableWidget");
    if (!QTest::qWaitFor([&] { return table->rowCount() > 0; }, 10000))
        return {};
    const QString login = table->item(0, 2)->text();
    typeInto(child<QLineEdit>(h.login(), "loginLineEdit"), login);
    typeInto(child<QLineEdit>(h.login(), "passwordLineEdit"), table->item(0, 3)->text());
    QTest::mouseClick(child<QAbstractButton>(h.login(), "loginButton"), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return h.changePassword() != nullptr; }, 20000))
        return {};
    typeInto(child<QLineEdit>(h.changePassword(), "newPasswordLineEdit"), newPassword);
    typeInto(child<QLineEdit>(h.changePassword(), "confirmPasswordLineEdit"), newPassword);
    QTest::mouseClick(child<QAbstractButton>(h.changePassword(), "changePasswordButton"), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return h.window() && h.window()->isVisible(); }, 20000))
        return {};
    return login;
}

} // namespace cooc::test
