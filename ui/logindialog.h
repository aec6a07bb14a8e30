#pragma once

#include "app/auth/authservice.h"
#include "models/databaseurl.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace cooc {
class CredentialStore;
class Settings;
struct Session;
} // namespace cooc

namespace cooc::ui {

class LoginRunner;
class Prompter;

// Logs a staff member in: the database (the demo school's file, another SQLite file, or a
// postgresql:// URL for central mode), the account and password, "Remember me" through the
// system keychain (never a plaintext fallback), and — on the demo school only — the demo
// accounts with their passwords (a click fills the form). The login itself runs off the GUI
// thread (LoginRunner); errors say what happened and what to do next.
//
// On success the dialog is Accepted and takeSession() hands over the session.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    struct Services
    {
        const AuthService &auth;
        Settings &settings;
        CredentialStore &credentials;
        Prompter &prompter;
    };

    // `url`: the database to offer first. `rememberUrl`: store a database the user picks
    // here in Settings (false when the URL came from the command line and the user keeps it).
    LoginDialog(const Services &services, const DatabaseUrl &url, QWidget *parent = nullptr);
    ~LoginDialog() override;

    std::unique_ptr<Session> takeSession();
    // The password that just logged in, for the forced password change; cleared on read.
    QString takePassword();
    bool isBusy() const;
    // A line shown above the form (e.g. "You logged out.").
    void setNotice(const QString &notice);

public slots:
    void accept() override; // starts the login
    void reject() override; // ignored while a login runs

protected:
    void changeEvent(QEvent *event) override;

private:
    using DemoList = Result<QList<DemoAccount>>;

    void retranslate();
    Result<DatabaseUrl> databaseUrl() const;
    void databaseChanged();
    void browseDatabase();
    void loadDemoAccounts(const DatabaseUrl &url);
    void showDemoAccounts(const DemoList &accounts);
    void fillFromDemo(int row);
    void checkKeychain();
    void loginFinished(Result<std::unique_ptr<Session>> result);
    void rememberAndFinish(const DatabaseUrl &url);
    void setBusy(bool busy, const QString &what = {});
    void showError(const Error &error);
    void clearError();
    static QString demoRoleLabel(const DemoAccount &account);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    Services m_services;
    DatabaseUrl m_initialUrl;
    std::unique_ptr<LoginRunner> m_runner;
    std::unique_ptr<Session> m_session;
    QString m_password;
    QList<DemoAccount> m_demoAccounts;
    QFutureWatcher<DemoList> m_demoWatcher;
    QString m_notice;
    bool m_keychainAvailable = true;
    QString m_keychainProblem;
    bool m_busy = false;
    int m_keychainRequest = 0;
};

} // namespace cooc::ui
