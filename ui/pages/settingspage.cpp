#include "ui/pages/settingspage.h"

#include "app/auth/credentialstore.h"
#include "app/session.h"
#include "app/settings.h"
#include "ui/changepassworddialog.h"
#include "ui/prompter.h"
#include "ui/settings/trustsettingssection.h"
#include "ui/uilanguage.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cooc::ui {

SettingsPage::SettingsPage(const PageContext &context, QWidget *parent)
    : Page(parent), m_context(context), m_heading(new QLabel(this)), m_languageGroup(new QGroupBox(this)),
      m_languageLabel(new QLabel(this)), m_languageCombo(new QComboBox(this)), m_languageNote(new QLabel(this)),
      m_databaseGroup(new QGroupBox(this)), m_databaseValue(new QLabel(this)), m_databaseNote(new QLabel(this)),
      m_keychainGroup(new QGroupBox(this)), m_keychainStatus(new QLabel(this)),
      m_checkKeychainButton(new QPushButton(this)), m_forgetButton(new QPushButton(this)),
      m_accountGroup(new QGroupBox(this)), m_accountValue(new QLabel(this)),
      m_changePasswordButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    m_languageNote->setObjectName(QStringLiteral("languageNoteLabel"));
    m_databaseValue->setObjectName(QStringLiteral("databaseValueLabel"));
    m_keychainStatus->setObjectName(QStringLiteral("secretServiceStatusLabel"));
    m_checkKeychainButton->setObjectName(QStringLiteral("checkSecretServiceButton"));
    m_forgetButton->setObjectName(QStringLiteral("forgetPasswordButton"));
    m_accountValue->setObjectName(QStringLiteral("accountValueLabel"));
    m_changePasswordButton->setObjectName(QStringLiteral("changePasswordButton"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    for (QLabel *label : {m_languageNote, m_databaseValue, m_databaseNote, m_keychainStatus, m_accountValue})
        label->setWordWrap(true);
    m_databaseValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *label : {m_languageNote, m_databaseNote})
        label->setForegroundRole(QPalette::PlaceholderText);

    for (const QString &language : Settings::supportedLanguages())
        m_languageCombo->addItem(UiLanguage::nativeName(language), language);
    m_languageCombo->setCurrentIndex(m_languageCombo->findData(context.language.current()));
    m_languageLabel->setBuddy(m_languageCombo);

    auto *languageLayout = new QFormLayout(m_languageGroup);
    languageLayout->addRow(m_languageLabel, m_languageCombo);
    languageLayout->addRow(m_languageNote);

    auto *databaseLayout = new QVBoxLayout(m_databaseGroup);
    databaseLayout->addWidget(m_databaseValue);
    databaseLayout->addWidget(m_databaseNote);

    auto *keychainButtons = new QHBoxLayout;
    keychainButtons->addWidget(m_checkKeychainButton);
    keychainButtons->addWidget(m_forgetButton);
    keychainButtons->addStretch();
    auto *keychainLayout = new QVBoxLayout(m_keychainGroup);
    keychainLayout->addWidget(m_keychainStatus);
    keychainLayout->addLayout(keychainButtons);

    auto *accountButtons = new QHBoxLayout;
    accountButtons->addWidget(m_changePasswordButton);
    accountButtons->addStretch();
    auto *accountLayout = new QVBoxLayout(m_accountGroup);
    accountLayout->addWidget(m_accountValue);
    accountLayout->addLayout(accountButtons);

    // The sections scroll: other areas add theirs below (one line each, in this constructor).
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("settingsContent"));
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_heading);
    layout->addWidget(m_languageGroup);
    layout->addWidget(m_databaseGroup);
    layout->addWidget(m_keychainGroup);
    layout->addWidget(m_accountGroup);
    layout->addWidget(new TrustSettingsSection(m_context, content)); // e-signature trust, household service
    layout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScrollArea"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    setTabOrder(m_languageCombo, m_checkKeychainButton);
    setTabOrder(m_checkKeychainButton, m_forgetButton);
    setTabOrder(m_forgetButton, m_changePasswordButton);

    connect(m_languageCombo, &QComboBox::activated, this, &SettingsPage::chooseLanguage);
    connect(m_checkKeychainButton, &QPushButton::clicked, this, &SettingsPage::checkKeychain);
    connect(m_forgetButton, &QPushButton::clicked, this, &SettingsPage::forgetPassword);
    connect(m_changePasswordButton, &QPushButton::clicked, this, &SettingsPage::changePassword);
    connect(&context.language, &UiLanguage::changed, this, [this](const QString &language) {
        m_languageCombo->setCurrentIndex(m_languageCombo->findData(language));
    });
    retranslate();
}

SettingsPage::~SettingsPage() = default;

QString SettingsPage::title() const
{
    return QCoreApplication::translate("cooc::ui::Areas", "Settings");
}

QIcon SettingsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/settings.svg"));
}

void SettingsPage::activated()
{
    if (m_keychain == Keychain::Unknown)
        checkKeychain();
}

void SettingsPage::refresh()
{
    checkKeychain();
}

void SettingsPage::chooseLanguage(int index)
{
    const QString language = m_languageCombo->itemData(index).toString();
    const Status applied = m_context.language.apply(language);
    if (!applied) {
        m_languageCombo->setCurrentIndex(m_languageCombo->findData(m_context.language.current()));
        m_context.prompter.warn(this, tr("Language not changed"), applied.error().message);
    }
}

void SettingsPage::checkKeychain()
{
    // Reading the entry of this very login tells both things at once: whether the keychain
    // answers at all, and whether a password is remembered for this account.
    m_keychain = Keychain::Checking;
    showKeychainState();
    const auto key = CredentialStore::Key::forLogin(m_context.session.db().url(), m_context.session.login);
    m_context.credentials.read(key, this, [this](const Result<std::optional<QString>> &result) {
        if (!result) {
            m_keychain = Keychain::Unavailable;
            m_keychainProblem = result.error().message;
        } else {
            m_keychain = result.value() ? Keychain::Remembered : Keychain::Available;
            m_keychainProblem.clear();
        }
        showKeychainState();
    });
}

void SettingsPage::forgetPassword()
{
    const auto key = CredentialStore::Key::forLogin(m_context.session.db().url(), m_context.session.login);
    m_context.settings.setRememberLogin(false);
    m_forgetButton->setEnabled(false);
    m_context.credentials.remove(key, this, [this](const Status &removed) {
        if (!removed)
            m_context.prompter.warn(this, tr("Password not forgotten"), removed.error().message);
        checkKeychain();
    });
}

void SettingsPage::changePassword()
{
    auto *dialog =
        new ChangePasswordDialog(m_context.auth, m_context.session, ChangePasswordDialog::Mode::Voluntary, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString next = dialog->takeNewPassword();
        m_context.prompter.inform(this, tr("Password changed"), tr("Your new password is in effect from now on."));
        if (m_keychain != Keychain::Remembered)
            return;
        // "Remember me" kept the old password: keep the new one instead.
        const auto key = CredentialStore::Key::forLogin(m_context.session.db().url(), m_context.session.login);
        m_context.credentials.write(key, next, this, [this](const Status &written) {
            if (!written) {
                m_context.settings.setRememberLogin(false);
                m_context.prompter.warn(this, tr("Password not remembered"), written.error().message);
            }
            checkKeychain();
        });
    });
    dialog->open();
}

void SettingsPage::showKeychainState()
{
    switch (m_keychain) {
    case Keychain::Unknown:
    case Keychain::Checking:
        m_keychainStatus->setText(tr("Checking the system keychain…"));
        break;
    case Keychain::Available:
        m_keychainStatus->setText(tr("Available: \"Remember me\" in the login dialog keeps your password in the "
                                     "system keychain (Secret Service), never in a file. No password is "
                                     "remembered for %1.")
                                      .arg(m_context.session.login));
        break;
    case Keychain::Remembered:
        m_keychainStatus->setText(tr("Available: the password of %1 is remembered in the system keychain "
                                     "(Secret Service).")
                                      .arg(m_context.session.login));
        break;
    case Keychain::Unavailable:
        m_keychainStatus->setText(tr("Unavailable: %1").arg(m_keychainProblem));
        break;
    }
    m_checkKeychainButton->setEnabled(m_keychain != Keychain::Checking);
    m_forgetButton->setEnabled(m_keychain == Keychain::Remembered);
}

void SettingsPage::retranslate()
{
    const Session &session = m_context.session;
    m_heading->setText(title());
    m_languageGroup->setTitle(tr("Language"));
    m_languageLabel->setText(tr("&Display language:"));
    m_languageNote->setText(tr("Applied at once to every window, and remembered for the next start."));
    m_databaseGroup->setTitle(tr("Database"));
    m_databaseValue->setText(session.databaseSummary() + QLatin1Char('\n') + session.db().url().redacted());
    m_databaseNote->setText(session.isCentral()
                                ? tr("Central mode: you are connected to the school's server with your own "
                                     "account; the server decides what you may see and change.")
                                : tr("Embedded mode: a database file on this computer. To open another database, "
                                     "log out (Ctrl+Shift+Q) and choose it in the login dialog."));
    m_keychainGroup->setTitle(tr("Remembered password"));
    m_checkKeychainButton->setText(tr("Check again"));
    m_checkKeychainButton->setToolTip(tr("Ask the system keychain again (F5)"));
    m_forgetButton->setText(tr("Forget remembered password"));
    m_accountGroup->setTitle(tr("Account"));
    m_accountValue->setText(tr("Logged in as %1 (%2), %3.")
                                .arg(session.actor.displayName, session.login, session.roleSummary()));
    m_changePasswordButton->setText(tr("Change password…"));
    showKeychainState();
}

} // namespace cooc::ui
