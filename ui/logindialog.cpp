#include "ui/logindialog.h"
#include "ui_logindialog.h"

#include "app/auth/accountrules.h"
#include "app/auth/credentialstore.h"
#include "app/session.h"
#include "app/settings.h"
#include "ui/logging.h"
#include "ui/loginrunner.h"
#include "ui/prompter.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace cooc::ui {

namespace {
QString urlText(const DatabaseUrl &url)
{
    return url.dialect == Dialect::Sqlite ? url.path : url.redacted();
}
} // namespace

LoginDialog::LoginDialog(const Services &services, const DatabaseUrl &url, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_services(services), m_initialUrl(url),
      m_runner(std::make_unique<LoginRunner>(services.auth))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("loginDialog"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/cooc-desk.svg")));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("loginButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("quitButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setIcon(QIcon(QStringLiteral(":/icons/lock.svg")));
    m_ui->logoLabel->setPixmap(QIcon(QStringLiteral(":/icons/cooc-desk.svg")).pixmap(QSize(56, 56)));
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("QLabel { color: #a61b1b; }"));
    m_ui->errorLabel->hide();
    m_ui->keychainNoteLabel->hide();
    m_ui->keychainNoteLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->loginProgressBar->hide();
    m_ui->busyLabel->hide();
    m_ui->demoAccountsGroupBox->hide();
    m_ui->demoNoteLabel->setForegroundRole(QPalette::PlaceholderText);

    QTableWidget *table = m_ui->demoAccountsTableWidget;
    table->setColumnCount(4);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    for (int column = 0; column < 3; ++column)
        table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    table->setMinimumHeight(150);

    m_ui->databaseLineEdit->setText(urlText(url));
    m_ui->databaseLineEdit->setClearButtonEnabled(true);
    m_ui->loginLineEdit->setText(m_services.settings.lastLogin());
    m_ui->rememberCheckBox->setChecked(m_services.settings.rememberLogin());

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_ui->databaseLineEdit, &QLineEdit::editingFinished, this, &LoginDialog::databaseChanged);
    connect(m_ui->databaseBrowseButton, &QPushButton::clicked, this, &LoginDialog::browseDatabase);
    connect(m_ui->loginLineEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_ui->rememberCheckBox->isChecked() && m_ui->passwordLineEdit->text().isEmpty())
            checkKeychain();
    });
    connect(m_ui->loginLineEdit, &QLineEdit::textEdited, this, &LoginDialog::clearError);
    connect(m_ui->passwordLineEdit, &QLineEdit::textEdited, this, &LoginDialog::clearError);
    connect(table, &QTableWidget::cellClicked, this, [this](int row, int) { fillFromDemo(row); });
    connect(table, &QTableWidget::cellActivated, this, [this](int row, int) { fillFromDemo(row); });
    connect(&m_demoWatcher, &QFutureWatcher<DemoList>::finished, this,
            [this] { showDemoAccounts(m_demoWatcher.result()); });

    retranslate();
    loadDemoAccounts(url);
    checkKeychain();
    (m_ui->loginLineEdit->text().isEmpty() ? m_ui->loginLineEdit : m_ui->passwordLineEdit)->setFocus();
}

LoginDialog::~LoginDialog()
{
    // QDialog's destructor hides the dialog, which takes the focus from a line edit and
    // would emit editingFinished into this half-destroyed object.
    for (QObject *edit : {static_cast<QObject *>(m_ui->databaseLineEdit), static_cast<QObject *>(m_ui->loginLineEdit)})
        disconnect(edit, nullptr, this, nullptr);
    m_demoWatcher.waitForFinished();
}

std::unique_ptr<Session> LoginDialog::takeSession()
{
    return std::move(m_session);
}

QString LoginDialog::takePassword()
{
    return std::exchange(m_password, QString());
}

bool LoginDialog::isBusy() const
{
    return m_busy;
}

void LoginDialog::setNotice(const QString &notice)
{
    m_notice = notice;
    retranslate();
}

Result<DatabaseUrl> LoginDialog::databaseUrl() const
{
    const QString text = m_ui->databaseLineEdit->text().trimmed();
    if (text.isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           tr("Choose a database: a CooC Desk file, or the postgresql:// address of your "
                              "school's server."));
    if (QDir::isAbsolutePath(text) && !text.contains(QLatin1String("://")))
        return DatabaseUrl::sqlite(QDir::cleanPath(text));
    return DatabaseUrl::parse(text);
}

void LoginDialog::databaseChanged()
{
    clearError();
    const auto url = databaseUrl();
    if (!url) {
        showError(url.error());
        showDemoAccounts(QList<DemoAccount>());
        return;
    }
    loadDemoAccounts(url.value());
    checkKeychain();
}

void LoginDialog::browseDatabase()
{
    const auto current = databaseUrl();
    const QString folder = current && current->dialect == Dialect::Sqlite ? QFileInfo(current->path).absolutePath()
                                                                           : QDir::homePath();
    const QString file = m_services.prompter.chooseFile(this, tr("Open a CooC Desk database"), folder,
                                                        tr("CooC Desk databases (*.sqlite *.db);;All files (*)"));
    if (file.isEmpty())
        return;
    m_ui->databaseLineEdit->setText(QDir::toNativeSeparators(file));
    databaseChanged();
}

void LoginDialog::loadDemoAccounts(const DatabaseUrl &url)
{
    // Only a SQLite demo school lists accounts; reading one opens the file read-only, off the
    // GUI thread (a city-sized file on a slow disk must not stall the dialog).
    if (url.dialect != Dialect::Sqlite || !QFileInfo::exists(url.path)) {
        showDemoAccounts(QList<DemoAccount>());
        return;
    }
    m_demoWatcher.setFuture(QtConcurrent::run([url]() -> DemoList { return AuthService::demoAccounts(url); }));
}

void LoginDialog::showDemoAccounts(const DemoList &accounts)
{
    QTableWidget *table = m_ui->demoAccountsTableWidget;
    table->clearContents();
    m_demoAccounts.clear();
    if (!accounts) {
        // Not a reason to stop anyone logging in: the login itself reports a bad file clearly.
        qCInfo(lcUi) << "demo accounts not listed:" << accounts.error().detail;
        m_ui->demoAccountsGroupBox->hide();
        return;
    }
    m_demoAccounts = accounts.value();
    table->setRowCount(int(m_demoAccounts.size()));
    for (int row = 0; row < m_demoAccounts.size(); ++row) {
        const DemoAccount &a = m_demoAccounts[row];
        const QStringList cells = {a.name, demoRoleLabel(a), a.login, a.password};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(tr("Click to fill in the form with %1's account").arg(a.name));
            table->setItem(row, column, item);
        }
    }
    m_ui->demoAccountsGroupBox->setVisible(!m_demoAccounts.isEmpty());
}

void LoginDialog::fillFromDemo(int row)
{
    if (row < 0 || row >= m_demoAccounts.size() || m_busy)
        return;
    m_ui->loginLineEdit->setText(m_demoAccounts[row].login);
    m_ui->passwordLineEdit->setText(m_demoAccounts[row].password);
    clearError();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setFocus();
}

QString LoginDialog::demoRoleLabel(const DemoAccount &account)
{
    // What the account decides, as a colleague would say it: 801 導師, 學務處, 學校管理者（教務處）.
    const QString &role = account.role;
    if (role == QLatin1String("homeroom_teacher"))
        return account.homeroomClass.isEmpty() ? roleName(Actor::Role::HomeroomTeacher)
                                               : tr("Homeroom teacher of %1").arg(account.homeroomClass);
    if (role == QLatin1String("office_staff"))
        return account.office.isEmpty() ? roleName(Actor::Role::OfficeStaff) : officeName(account.office);
    if (role == QLatin1String("school_admin"))
        return account.office.isEmpty() ? roleName(Actor::Role::SchoolAdmin)
                                        : tr("%1 (%2)").arg(roleName(Actor::Role::SchoolAdmin), officeName(account.office));
    return role;
}

void LoginDialog::checkKeychain()
{
    // Reading this login's entry tells whether the keychain answers and, when "Remember me"
    // was on, gives the remembered password.
    const auto url = databaseUrl();
    if (!url)
        return;
    const QString login = AccountRules::normalizeLogin(m_ui->loginLineEdit->text());
    const int request = ++m_keychainRequest;
    m_services.credentials.read(
        CredentialStore::Key::forLogin(url.value(), login), this,
        [this, request](const Result<std::optional<QString>> &result) {
            if (request != m_keychainRequest)
                return; // the form changed since: a newer answer is on its way
            m_keychainAvailable = result.ok();
            m_keychainProblem = result.ok() ? QString() : result.error().message;
            if (!result.ok()) {
                m_ui->rememberCheckBox->setChecked(false);
            } else if (result.value() && m_ui->rememberCheckBox->isChecked()
                       && m_ui->passwordLineEdit->text().isEmpty() && !m_busy) {
                m_ui->passwordLineEdit->setText(*result.value());
            }
            retranslate();
        });
}

void LoginDialog::accept()
{
    if (m_busy)
        return;
    clearError();
    const auto url = databaseUrl();
    if (!url) {
        showError(url.error());
        m_ui->databaseLineEdit->setFocus();
        return;
    }
    const QString login = m_ui->loginLineEdit->text().trimmed();
    const QString password = m_ui->passwordLineEdit->text();
    if (login.isEmpty() || password.isEmpty()) {
        showError(Error::make(Error::Code::InvalidInput, tr("Type your account and your password.")));
        (login.isEmpty() ? m_ui->loginLineEdit : m_ui->passwordLineEdit)->setFocus();
        return;
    }
    setBusy(true, url->dialect == Dialect::Postgres ? tr("Connecting to %1…").arg(url->host) : tr("Logging in…"));
    m_password = password;
    m_runner->start(url.value(), login, password,
                    [this](Result<std::unique_ptr<Session>> result) { loginFinished(std::move(result)); });
}

void LoginDialog::loginFinished(Result<std::unique_ptr<Session>> result)
{
    setBusy(false);
    if (!result) {
        const Error &error = result.error();
        qCInfo(lcUi) << "login refused, code" << int(error.code);
        m_password.clear();
        showError(error);
        if (error.code == Error::Code::AuthFailed || error.code == Error::Code::AccountLocked
            || error.code == Error::Code::InvalidInput) {
            m_ui->passwordLineEdit->clear();
            m_ui->passwordLineEdit->setFocus();
        } else if (error.code == Error::Code::PermissionDenied) {
            m_ui->loginLineEdit->setFocus();
            m_ui->loginLineEdit->selectAll();
        } else {
            m_ui->databaseLineEdit->setFocus();
        }
        return;
    }
    m_session = std::move(result).value();
    rememberAndFinish(databaseUrl().value());
}

void LoginDialog::rememberAndFinish(const DatabaseUrl &url)
{
    Settings &settings = m_services.settings;
    settings.setLastLogin(m_session->login);
    if (url.redacted() != m_initialUrl.redacted()) // the user picked another database here
        (void)settings.setDatabaseUrl(url.redacted());
    const auto key = CredentialStore::Key::forLogin(url, m_session->login);
    const bool remember = m_ui->rememberCheckBox->isChecked() && m_keychainAvailable;
    settings.setRememberLogin(remember);
    settings.sync();
    if (!remember) {
        // Unticked: forget a password remembered earlier (nothing to do if none was).
        if (m_keychainAvailable)
            m_services.credentials.remove(key, this, [](const Status &) {});
        QDialog::accept();
        return;
    }
    setBusy(true, tr("Saving the password in the system keychain…"));
    m_services.credentials.write(key, m_password, this, [this](const Status &written) {
        setBusy(false);
        if (!written) {
            m_services.settings.setRememberLogin(false);
            m_services.prompter.warn(this, tr("Password not remembered"), written.error().message);
        }
        QDialog::accept();
    });
}

void LoginDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void LoginDialog::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->databaseLineEdit, m_ui->databaseBrowseButton,
                                                       m_ui->loginLineEdit, m_ui->passwordLineEdit,
                                                       m_ui->rememberCheckBox, m_ui->demoAccountsTableWidget})
        w->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setEnabled(!busy);
    m_ui->loginProgressBar->setVisible(busy);
    m_ui->busyLabel->setVisible(busy);
    m_ui->busyLabel->setText(what);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void LoginDialog::showError(const Error &error)
{
    QString heading;
    switch (error.code) {
    case Error::Code::AuthFailed:
        heading = tr("Wrong account or password.");
        break;
    case Error::Code::AccountLocked:
        heading = tr("This account is locked for now.");
        break;
    case Error::Code::Unavailable:
        heading = tr("The database cannot be reached.");
        break;
    case Error::Code::Corrupt:
        heading = tr("The database file is damaged or is not a CooC Desk database.");
        break;
    case Error::Code::SchemaTooNew:
        heading = tr("This database was written by a newer CooC Desk.");
        break;
    case Error::Code::PermissionDenied:
        heading = tr("This account may not use CooC Desk.");
        break;
    case Error::Code::NotFound:
        heading = tr("The database was not found.");
        break;
    default:
        heading = tr("You are not logged in.");
        break;
    }
    QString text = QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped());
    if (!error.message.isEmpty() && error.message != heading)
        text += QStringLiteral("<br>") + error.message.toHtmlEscaped();
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setToolTip(error.detail);
    m_ui->errorLabel->show();
}

void LoginDialog::clearError()
{
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void LoginDialog::retranslate()
{
    m_ui->titleLabel->setText(tr("CooC Desk"));
    m_ui->subtitleLabel->setText(m_notice.isEmpty()
                                     ? tr("Log in with your school account to review and decide what waits.")
                                     : m_notice);
    m_ui->databaseLineEdit->setPlaceholderText(tr("/path/to/school.sqlite or postgresql://server/database"));
    m_ui->databaseLineEdit->setToolTip(
        tr("A CooC Desk file on this computer, or postgresql://user@host:port/dbname?sslmode=verify-full for "
           "your school's server (central mode). The password is never part of the address."));
    m_ui->databaseBrowseButton->setText(tr("&Browse…"));
    m_ui->loginLineEdit->setPlaceholderText(tr("school code + last 9 characters of your ID"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Log in"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setToolTip(tr("Log in (Enter)"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("&Quit"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setToolTip(tr("Close CooC Desk (Esc)"));
    m_ui->rememberCheckBox->setEnabled(m_keychainAvailable && !m_busy);
    m_ui->rememberCheckBox->setToolTip(tr("Keeps your password in the system keychain (Secret Service), never "
                                          "in a file."));
    m_ui->keychainNoteLabel->setText(
        m_keychainAvailable ? QString()
                            : tr("%1 Your password will not be remembered; type it each time.").arg(m_keychainProblem));
    m_ui->keychainNoteLabel->setVisible(!m_keychainAvailable);
    m_ui->demoAccountsGroupBox->setTitle(tr("Demo school accounts"));
    m_ui->demoNoteLabel->setText(tr("This is the demo school: its accounts and passwords are public, and every "
                                    "name in it is made up. Click an account to fill in the form."));
    m_ui->demoAccountsTableWidget->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Account"), tr("Password")});
    if (!m_demoAccounts.isEmpty())
        showDemoAccounts(QList<DemoAccount>(m_demoAccounts));
}

} // namespace cooc::ui
