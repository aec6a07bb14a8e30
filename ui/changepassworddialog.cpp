#include "ui/changepassworddialog.h"
#include "ui_changepassworddialog.h"

#include "app/auth/accountrules.h"
#include "app/auth/authservice.h"
#include "app/session.h"
#include "ui/logging.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPushButton>

namespace cooc::ui {

ChangePasswordDialog::ChangePasswordDialog(const AuthService &auth, Session &session, Mode mode,
                                           const QString &currentPassword, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ChangePasswordDialog>()), m_auth(auth), m_session(session),
      m_mode(mode), m_knownCurrent(currentPassword)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("changePasswordDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("changePasswordButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_askCurrent = mode == Mode::Voluntary || m_knownCurrent.isEmpty();
    m_ui->currentPasswordLabel->setVisible(m_askCurrent);
    m_ui->currentPasswordLineEdit->setVisible(m_askCurrent);
    m_ui->messageLabel->setStyleSheet(QStringLiteral("QLabel { color: #a61b1b; }"));
    m_ui->messageLabel->setObjectName(QStringLiteral("messageLabel"));

    for (QLineEdit *edit : {m_ui->currentPasswordLineEdit, m_ui->newPasswordLineEdit, m_ui->confirmPasswordLineEdit})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_serverError.clear();
            validate();
        });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    retranslate();
    validate();
    (m_askCurrent ? m_ui->currentPasswordLineEdit : m_ui->newPasswordLineEdit)->setFocus();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

QString ChangePasswordDialog::currentPassword() const
{
    return m_askCurrent ? m_ui->currentPasswordLineEdit->text() : m_knownCurrent;
}

void ChangePasswordDialog::validate()
{
    const QString next = m_ui->newPasswordLineEdit->text();
    const QString confirm = m_ui->confirmPasswordLineEdit->text();
    QString problem;
    bool ready = false;
    if (!m_serverError.isEmpty()) {
        problem = m_serverError;
    } else if (currentPassword().isEmpty()) {
        problem.clear(); // nothing typed yet: no scolding
    } else if (!next.isEmpty()) {
        const Status policy = AccountRules::checkNewPassword(m_session.login, currentPassword(), next);
        if (!policy)
            problem = policy.error().message;
        else if (confirm.isEmpty())
            problem.clear();
        else if (confirm != next)
            problem = tr("The two new passwords differ. Type the same password twice.");
        else
            ready = true;
    }
    m_ui->messageLabel->setText(problem);
    m_ui->messageLabel->setVisible(!problem.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

void ChangePasswordDialog::accept()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    // scrypt takes a few tens of milliseconds and the session's connection belongs to this
    // thread: a busy cursor for that moment, the form locked against a double submit.
    setEnabled(false);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status changed = m_auth.changePassword(m_session, currentPassword(), m_ui->newPasswordLineEdit->text());
    QGuiApplication::restoreOverrideCursor();
    setEnabled(true);
    if (!changed) {
        qCInfo(lcUi) << "password change refused:" << int(changed.error().code);
        m_serverError = changed.error().message;
        if (changed.error().code == Error::Code::AuthFailed) {
            m_askCurrent = true;
            m_knownCurrent.clear();
            m_ui->currentPasswordLabel->show();
            m_ui->currentPasswordLineEdit->show();
            m_ui->currentPasswordLineEdit->clear();
            m_ui->currentPasswordLineEdit->setFocus();
            m_serverError = tr("The current password is wrong. Nothing was changed; type it again.");
        }
        validate();
        return;
    }
    m_newPassword = m_ui->newPasswordLineEdit->text();
    QDialog::accept();
}

void ChangePasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ChangePasswordDialog::retranslate()
{
    if (m_mode == Mode::Forced) {
        m_ui->introLabel->setText(tr("<b>Choose your own password.</b><br>You logged in with the default password "
                                     "(the last 6 characters of your national ID), which others could guess. "
                                     "Choose a new password to continue."));
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Log out"));
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setToolTip(tr("Log out without changing the password (Esc)"));
    } else {
        m_ui->introLabel->setText(tr("Choose a new password for %1.").arg(m_session.login));
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without changing anything (Esc)"));
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Change password"));
    m_ui->policyLabel->setText(tr("At least %1 characters; not your login name and not your current password; "
                                  "no spaces at the start or end.")
                                   .arg(AccountRules::kMinPasswordLength));
    validate();
}

} // namespace cooc::ui
