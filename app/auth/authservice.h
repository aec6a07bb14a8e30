#pragma once

#include "app/session.h"
#include "models/clock.h"
#include "models/databaseurl.h"
#include "models/result.h"

#include <QList>
#include <QString>

#include <chrono>
#include <memory>

namespace cooc {

// A demo-school account shown by the login dialog, with its password. Only ever read from
// a database whose school is_demo; the demo generator writes them to app_settings key
// "demo_accounts" as JSON: [{"login": "...", "password": "...", "name": "...", "role": "...",
// "office": "..." (optional), "class": "801" (optional)}].
struct DemoAccount
{
    QString login;
    QString password;
    QString name; // 林老師
    QString role; // "homeroom_teacher", "office_staff" or "school_admin"
    QString office;        // office code ("student_affairs" …), when there is one
    QString homeroomClass; // "801" for a homeroom teacher
};

// Logs staff in and changes their passwords.
//  - Embedded (sqlite://): checks the local accounts table. Only staff accounts may use the
//    desktop client. maxFailedAttempts wrong passwords in a row lock the account for
//    lockoutDuration (by the Clock). Disabled accounts and staff who left are refused.
//  - Central (postgresql://): connects as the user's own PostgreSQL login role with the
//    typed password (no shared application password anywhere) and builds the Actor from the
//    staff row whose db_role = current_user. Nothing here needs a privileged connection.
// Every success, failure, refusal and lockout that reaches a database is written to the
// audit log (never the password). Calls run on the caller's thread, which then owns the
// session's Database: embedded login takes ~0.1 s (scrypt), central login up to the
// connect_timeout of the URL (default 5 s) when the server is unreachable.
class AuthService final
{
public:
    struct Policy
    {
        int maxFailedAttempts = 5;
        std::chrono::minutes lockoutDuration { 15 };
    };

    explicit AuthService(const Clock &clock)
        : AuthService(clock, Policy {})
    { }
    AuthService(const Clock &clock, Policy policy);

    // Error codes: AuthFailed (wrong login or password: one message for both),
    // AccountLocked (message says until when, school time), PermissionDenied (disabled,
    // left, not a staff account, role without a staff row), Unavailable (server/file),
    // SchemaTooNew, Corrupt, InvalidInput (empty login/password).
    Result<std::unique_ptr<Session>> login(const DatabaseUrl &url, const QString &login, const QString &password) const;

    // Checks AccountRules::checkNewPassword, verifies `current`, then
    //  - embedded: stores an Interactive-cost hash, clears must_change_password, audits;
    //  - central: ALTER ROLE <own role> PASSWORD '<literal>' on the session's connection,
    //    clears the must-change flag (accounts row of the staff member), audits.
    // Updates session.mustChangePassword. A wrong `current` is AuthFailed and changes nothing.
    Status changePassword(Session &session, const QString &current, const QString &next) const;

    // Re-reads whether the session's password must change (embedded: accounts.must_change_password;
    // central: the accounts row linked to the staff row whose db_role = current_user — an
    // assumption the central deployment keeps; no row means false).
    Result<bool> mustChangePassword(const Session &session) const;

    // The demo accounts with their passwords, only when the database's school is the demo
    // school (schools.is_demo); otherwise an empty list. Malformed JSON is Corrupt.
    static Result<QList<DemoAccount>> demoAccounts(const Database &db);
    // The same for the login dialog before anyone is logged in: opens `url` read-only
    // (SQLite only; a PostgreSQL URL gives an empty list, as reading needs a login).
    static Result<QList<DemoAccount>> demoAccounts(const DatabaseUrl &url);

    const Policy &policy() const { return m_policy; }

private:
    Result<std::unique_ptr<Session>> loginEmbedded(
        const DatabaseUrl &url, const QString &login, const QString &password) const;
    Result<std::unique_ptr<Session>> loginCentral(
        const DatabaseUrl &url, const QString &login, const QString &password) const;
    Status changePasswordCentral(Session &session, const QString &current, const QString &next) const;

    const Clock &m_clock;
    Policy m_policy;
};

} // namespace cooc
