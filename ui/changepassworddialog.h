#pragma once

#include <QDialog>

#include <memory>
#include <utility>

namespace Ui {
class ChangePasswordDialog;
}

namespace cooc {
class AuthService;
struct Session;
} // namespace cooc

namespace cooc::ui {

// Changes the logged-in user's password, checking the policy (AccountRules) as they type.
//  - Forced: the first login with a default password. The current password is the one just
//    typed in the login dialog (given here, not asked again); Cancel means "log out".
//  - Voluntary: from the settings page; asks for the current password.
// The change runs through AuthService::changePassword (a wrong current password changes
// nothing); the dialog only closes with Accepted once the new password is stored.
class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePasswordDialog)

public:
    enum class Mode { Forced, Voluntary };

    ChangePasswordDialog(const AuthService &auth, Session &session, Mode mode, const QString &currentPassword = {},
                         QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;

    void accept() override;
    // After Accepted: the new password (for a keychain entry that remembered the old one);
    // cleared on read.
    QString takeNewPassword() { return std::exchange(m_newPassword, QString()); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();
    QString currentPassword() const;

    std::unique_ptr<Ui::ChangePasswordDialog> m_ui;
    const AuthService &m_auth;
    Session &m_session;
    Mode m_mode;
    QString m_knownCurrent;
    bool m_askCurrent = true;
    QString m_newPassword;
    QString m_serverError; // the last refusal from AuthService, shown until the user edits
};

} // namespace cooc::ui
