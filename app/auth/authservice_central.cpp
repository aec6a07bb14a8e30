// Central mode: the staff member's own PostgreSQL login role is the credential. The client
// holds no shared application password and never needs a privileged connection: every
// statement here runs as the user, so row-level security and grants (issue 4) bind it.
#include "app/auth/accountrules.h"
#include "app/auth/authservice.h"
#include "app/auth/authservice_p.h"
#include "app/auth/pgpassword.h"
#include "app/logging.h"
#include "models/accountrepository.h"
#include "models/staffrepository.h"

#include <QCoreApplication>

namespace cooc {

using namespace auth_detail;

Result<std::unique_ptr<Session>> AuthService::loginCentral(
    const DatabaseUrl &url, const QString &loginName, const QString &password) const
{
    // The login name is the role name. Roles are created from normalised logins (lower
    // case), the same form as accounts.login in embedded mode.
    DatabaseUrl own = url;
    own.user = AccountRules::normalizeLogin(loginName);
    own.password = password;
    auto opened = Database::open(own, Database::Access::ReadWrite);
    if (!opened) {
        // Database::open already says it in plain words (wrong password, disabled role,
        // server unreachable, certificate); a wrong password reads the same as in embedded
        // mode. PostgreSQL does not lock roles: docs/deploy.md §1 slows guessing on the
        // server (auth_delay) and bans repeat offenders (fail2ban).
        Error error = opened.error();
        if (error.code == Error::Code::AuthFailed)
            error.message = wrongCredentials().message;
        qCInfo(lcAuth) << "central login refused by" << url.redacted() << int(error.code);
        return error;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    if (Status schema = checkSchema(*db); !schema)
        return schema.error();

    const QString role = db->serverUser();
    const StaffRepository staffRepo(*db);
    auto found = staffRepo.findByDbRole(role);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::make(Error::Code::PermissionDenied,
            tr("The server accepted your password, but your account is not linked to a staff member "
               "of a school. Ask the school's system administrator."));
    const StaffMember staff = *found.value();
    const QDateTime now = m_clock.now();

    Actor auditActor;
    auditActor.login = own.user;
    auditActor.staffId = staff.id;
    auditActor.schoolId = staff.schoolId;
    auditActor.displayName = staff.name;

    const AccountRepository accounts(*db);
    auto account = accounts.findForCurrentDbRole();
    if (!account)
        return account.error();
    const qint64 accountId = account.value() ? account.value()->id : 0;

    auto refuse = [&](const QString &reason, Error error) -> Error {
        if (Status written = auditAlone(*db, auditActor, QStringLiteral("auth.login_refused"), accountId,
                { { QStringLiteral("reason"), reason }, { QStringLiteral("mode"), QStringLiteral("central") } }, now);
            !written)
            qCWarning(lcAuth) << "could not audit a refused login:" << written.error().detail;
        return error;
    };
    if (staff.hasLeft())
        return refuse(QStringLiteral("left_school"),
            Error::make(Error::Code::PermissionDenied,
                tr("This account belongs to someone who has left the school and can no longer "
                   "sign in.")));
    if (account.value() && account.value()->disabled)
        return refuse(QStringLiteral("disabled"),
            Error::make(
                Error::Code::PermissionDenied, tr("This account is disabled. Ask the school's system administrator.")));

    auto actor = staffRepo.actorFor(staff, SchoolYear::fromDate(m_clock.schoolToday()), own.user);
    if (!actor)
        return actor.error();
    const bool mustChange = account.value() && account.value()->mustChangePassword;

    auto transaction = Transaction::begin(*db);
    if (!transaction)
        return transaction.error();
    auto session = completeLogin(db, *transaction.value(),
        { .mode = Session::Mode::Central, .actor = std::move(actor).value(), .login = own.user,
            .accountId = accountId, .isDemoSchool = staff.schoolIsDemo, .mustChangePassword = mustChange },
        m_clock, now);
    if (session)
        qCInfo(lcAuth) << "central login, staff" << staff.id;
    return session;
}

Status AuthService::changePasswordCentral(Session &session, const QString &current, const QString &next) const
{
    const Database &db = session.db();
    const QDateTime now = m_clock.now();

    // The server is the only judge of the current password: a second connection with it.
    DatabaseUrl check = db.url();
    check.password = current;
    if (auto probe = Database::open(check, Database::Access::ReadOnly); !probe) {
        if (probe.error().code != Error::Code::AuthFailed)
            return probe.error();
        if (Status written = auditAlone(db, session.actor, QStringLiteral("auth.password_change_failed"),
                session.accountId, { { QStringLiteral("reason"), QStringLiteral("wrong_current_password") } }, now);
            !written)
            return written;
        return Error::make(Error::Code::AuthFailed, tr("The current password is wrong. The password was not changed."));
    }

    const QString value = PgPassword::alterRolePasswordValue(next, db.connection());
    if (value.isEmpty())
        return Error::make(Error::Code::Generic, tr("The new password could not be prepared. Nothing was changed."));

    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    // ALTER ROLE is a utility statement: PostgreSQL cannot bind a parameter there, so the
    // value goes in as a literal: a SCRAM verifier (the password itself never reaches the
    // server or its logs), quoted by PgPassword::escapeLiteral — libpq's
    // PQescapeLiteral rules, correct whatever standard_conforming_strings is; the policy
    // already refused control characters (and so NUL). CURRENT_USER names the role: no
    // identifier from outside is spliced in, and an ordinary role may change only its own
    // password, which is all this needs.
    if (Status altered
        = db.execDdl(QStringLiteral("ALTER ROLE CURRENT_USER PASSWORD ") + PgPassword::escapeLiteral(value));
        !altered)
        return altered;
    if (session.accountId) {
        // Assumption kept by the central deployment: the staff member may clear the
        // must-change flag of their own accounts row (RLS: staff.db_role = current_user).
        if (Status cleared = AccountRepository(db).setMustChangePassword(session.accountId, false); !cleared)
            return cleared;
    }
    if (Status written = audit(db, session.actor, QStringLiteral("auth.password_changed"), session.accountId,
            { { QStringLiteral("mode"), QStringLiteral("central") },
                { QStringLiteral("was_default"), session.mustChangePassword } },
            now);
        !written)
        return written;
    if (Status committed = transaction.value()->commit(); !committed)
        return committed;
    session.database->setPassword(next);
    session.mustChangePassword = false;
    qCInfo(lcAuth) << "central password changed, staff" << session.actor.staffId;
    return okStatus();
}

} // namespace cooc
