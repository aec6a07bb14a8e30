#include "ui/appcontroller.h"

#include "app/auth/authservice.h"
#include "app/auth/credentialstore.h"
#include "app/session.h"
#include "app/settings.h"
#include "ui/changepassworddialog.h"
#include "ui/connectionstate.h"
#include "ui/demosetup.h"
#include "ui/logging.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/pagecontext.h"
#include "ui/prompter.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace cooc::ui {

AppController::AppController(const Services &services, QString demoPath, QObject *parent)
    : QObject(parent), m_services(services), m_demoPath(std::move(demoPath))
{}

AppController::~AppController()
{
    // Windows first: pages hold references into the session.
    m_mainWindow.reset();
    m_changePassword.reset();
    m_login.reset();
    m_session.reset();
}

QString AppController::defaultDemoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo-school.sqlite"));
}

template<typename T>
void AppController::dispose(std::unique_ptr<T> &object)
{
    // Often called from the object's own signal: delete it once that has returned.
    if (object) {
        object->hide();
        object.release()->deleteLater();
    }
}

void AppController::start(const std::optional<DatabaseUrl> &commandLineUrl)
{
    if (commandLineUrl) {
        showLogin(*commandLineUrl);
        return;
    }
    const QString configured = m_services.settings.databaseUrl();
    if (!configured.isEmpty()) {
        const auto url = DatabaseUrl::parse(configured);
        if (url) {
            showLogin(url.value());
            return;
        }
        qCWarning(lcUi) << "the configured database URL does not parse; using the demo school";
    }
    const DatabaseUrl demo = DatabaseUrl::sqlite(m_demoPath);
    const QFileInfo file(m_demoPath);
    if (file.exists() && file.size() > 0) {
        showLogin(demo);
        return;
    }
    // First start: create the demo school, off the GUI thread, with progress and Cancel.
    m_demoSetup = std::make_unique<DemoSetup>(m_demoPath, m_demoStudents);
    m_demoSetup->start(nullptr, [this, demo](const Status &created) {
        std::unique_ptr<DemoSetup> setup = std::move(m_demoSetup);
        setup.release()->deleteLater();
        if (created) {
            showLogin(demo);
            return;
        }
        if (created.error().code == Error::Code::Cancelled) {
            showLogin(DatabaseUrl(),
                      tr("The demo school was not created. Choose a database, or start CooC Desk again to "
                         "create the demo school."));
            return;
        }
        m_services.prompter.warn(nullptr, tr("Demo school not created"),
                                 tr("The demo school could not be created: %1\nNothing was kept. Choose another "
                                    "database, or start CooC Desk again to retry.")
                                     .arg(created.error().message));
        showLogin(DatabaseUrl());
    });
}

void AppController::showLogin(const DatabaseUrl &url, const QString &notice)
{
    m_url = url;
    dispose(m_login);
    m_login = std::make_unique<LoginDialog>(
        LoginDialog::Services{m_services.auth, m_services.settings, m_services.credentials, m_services.prompter}, url);
    if (!notice.isEmpty())
        m_login->setNotice(notice);
    connect(m_login.get(), &QDialog::accepted, this, &AppController::loginAccepted);
    connect(m_login.get(), &QDialog::rejected, this, &AppController::quitRequested);
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
}

void AppController::loginAccepted()
{
    m_session = m_login->takeSession();
    const QString password = m_login->takePassword();
    dispose(m_login);
    if (!m_session) // cannot happen: the dialog only accepts with a session
        return showLogin(m_url);
    // Log out returns to the database this login used (the user may have picked another).
    if (auto used = DatabaseUrl::parse(m_session->db().url().redacted()))
        m_url = used.value();
    qCInfo(lcUi) << "logged in; must change password:" << m_session->mustChangePassword;
    if (!m_session->mustChangePassword)
        return showMainWindow();

    m_changePassword = std::make_unique<ChangePasswordDialog>(m_services.auth, *m_session,
                                                              ChangePasswordDialog::Mode::Forced, password);
    connect(m_changePassword.get(), &QDialog::accepted, this, [this] {
        const QString next = m_changePassword->takeNewPassword();
        dispose(m_changePassword);
        if (m_services.settings.rememberLogin()) {
            // "Remember me" stored the default password a moment ago: keep the new one instead.
            m_services.credentials.write(CredentialStore::Key::forLogin(m_session->db().url(), m_session->login),
                                         next, this, [this](const Status &written) {
                                             if (!written)
                                                 m_services.settings.setRememberLogin(false);
                                         });
        }
        showMainWindow();
    });
    connect(m_changePassword.get(), &QDialog::rejected, this, [this] {
        dispose(m_changePassword);
        logout(tr("You logged out without choosing your own password. Log in again to choose it."));
    });
    m_changePassword->show();
    m_changePassword->raise();
    m_changePassword->activateWindow();
}

void AppController::showMainWindow()
{
    m_connection = std::make_unique<ConnectionState>();
    if (m_session->isCentral())
        m_connection->monitor(m_session->db());
    const PageContext context{*m_session,          m_services.auth,     m_services.settings,
                              m_services.clock,    m_services.prompter, m_services.language,
                              m_services.credentials, *m_connection};
    m_mainWindow = std::make_unique<MainWindow>(context);
    connect(m_mainWindow.get(), &MainWindow::logoutRequested, this,
            [this] { logout(tr("You logged out. Log in again to continue.")); });
    connect(m_mainWindow.get(), &MainWindow::closed, this, &AppController::quitRequested);
    m_mainWindow->show();
}

void AppController::logout(const QString &notice)
{
    // After the signal that asked for it has returned: the window goes first (its pages
    // use the session), then the session and its connection.
    QMetaObject::invokeMethod(
        this,
        [this, notice] {
            m_mainWindow.reset();
            m_connection.reset();
            m_session.reset();
            showLogin(m_url, notice);
        },
        Qt::QueuedConnection);
}

} // namespace cooc::ui
