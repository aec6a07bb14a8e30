#pragma once

#include "models/databaseurl.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace cooc {
class AuthService;
class Clock;
class CredentialStore;
class Settings;
struct Session;
} // namespace cooc

namespace cooc::ui {

class ChangePasswordDialog;
class ConnectionState;
class DemoSetup;
class LoginDialog;
class MainWindow;
class Prompter;
class UiLanguage;

// The GUI's flow from start to quit: choose the database (the command line, the settings, or
// the demo school, created on first start), log in, force the change of a default password,
// show the main window; log out back to the login dialog. Owns the session and the windows;
// the services are built once by app/gui_main.cpp and passed in.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    struct Services
    {
        const AuthService &auth;
        Settings &settings;
        const Clock &clock;
        Prompter &prompter;
        UiLanguage &language;
        CredentialStore &credentials;
    };

    // `demoPath`: where the demo school lives (AppDataLocation/demo-school.sqlite by default).
    AppController(const Services &services, QString demoPath, QObject *parent = nullptr);
    ~AppController() override;

    // `commandLineUrl` (--db) wins over the settings; with neither, the demo school at
    // demoPath, created first if it is not there yet.
    void start(const std::optional<DatabaseUrl> &commandLineUrl = std::nullopt);

    static QString defaultDemoPath();
    void setDemoStudents(int students) { m_demoStudents = students; }

    LoginDialog *loginDialog() const { return m_login.get(); }
    ChangePasswordDialog *changePasswordDialog() const { return m_changePassword.get(); }
    MainWindow *mainWindow() const { return m_mainWindow.get(); }
    // The status bar's connection state while the main window is up (null otherwise).
    ConnectionState *connectionState() const { return m_connection.get(); }
    DemoSetup *demoSetup() const { return m_demoSetup.get(); }
    Session *session() const { return m_session.get(); }

signals:
    // The user quit (the login dialog's Quit, or the main window closed).
    void quitRequested();

private:
    void showLogin(const DatabaseUrl &url, const QString &notice = {});
    void loginAccepted();
    void showMainWindow();
    void logout(const QString &notice);
    template<typename T>
    static void dispose(std::unique_ptr<T> &object);

    Services m_services;
    QString m_demoPath;
    int m_demoStudents = 720;
    DatabaseUrl m_url;
    std::unique_ptr<DemoSetup> m_demoSetup;
    std::unique_ptr<LoginDialog> m_login;
    std::unique_ptr<ChangePasswordDialog> m_changePassword;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ConnectionState> m_connection;
    std::unique_ptr<MainWindow> m_mainWindow;
};

} // namespace cooc::ui
