#include "app/auth/authservice.h"

#include "app/auth/accountrules.h"
#include "app/auth/authservice_p.h"
#include "app/auth/passwordhasher.h"
#include "app/logging.h"
#include "models/accountrepository.h"
#include "models/auditlog.h"
#include "models/migrator.h"
#include "models/staffrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cooc {

namespace auth_detail {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::AuthService", text);
}

Error wrongCredentials()
{
    return Error::make(Error::Code::AuthFailed, tr("The login name or password is wrong."));
}

QString schoolTime(const QDateTime &utc)
{
    return utc.toTimeZone(Clock::schoolTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

Status checkSchema(const Database &db)
{
    const Migrator migrator(db);
    if (Status compatible = migrator.checkCompatible(); !compatible)
        return compatible;
    auto version = migrator.databaseVersion();
    if (!version)
        return version.error();
    if (version.value() == 0)
        return Error::make(Error::Code::InvalidInput,
            tr("This database has not been set up for CooC Desk yet (run \"cooc-desk-cli db init\")."));
    return okStatus();
}

Status audit(const Database &db, const Actor &actor, const QString &action, qint64 accountId, const QJsonObject &detail,
    const QDateTime &at)
{
    auto id = AuditLog(db).append(actor, action, QStringLiteral("account"), accountId, detail, at);
    if (!id)
        return id.error();
    return okStatus();
}

Status auditAlone(const Database &db, const Actor &actor, const QString &action, qint64 accountId,
    const QJsonObject &detail, const QDateTime &at)
{
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (Status written = audit(db, actor, action, accountId, detail, at); !written)
        return written;
    return transaction.value()->commit();
}

Result<std::unique_ptr<Session>> completeLogin(std::unique_ptr<Database> &db, Transaction &transaction,
    LoginIdentity identity, const Clock &clock, const QDateTime &now)
{
    const QString mode
        = identity.mode == Session::Mode::Central ? QStringLiteral("central") : QStringLiteral("embedded");
    if (Status written = audit(*db, identity.actor, QStringLiteral("auth.login"), identity.accountId,
            { { QStringLiteral("mode"), mode }, { QStringLiteral("must_change_password"), identity.mustChangePassword } },
            now);
        !written)
        return written.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();

    auto session = std::make_unique<Session>();
    session->database = std::move(db);
    session->mode = identity.mode;
    session->actor = std::move(identity.actor);
    session->login = identity.login;
    session->accountId = identity.accountId;
    session->isDemoSchool = identity.isDemoSchool;
    session->mustChangePassword = identity.mustChangePassword;
    session->term = SchoolTerm::fromDate(clock.schoolToday());
    session->loggedInAt = now;
    return session;
}

} // namespace auth_detail

using namespace auth_detail;

namespace {

// Checked against when the login is unknown, so that an unknown login takes as long as a
// wrong password and the timing does not tell which logins exist.
const QString &dummyHash()
{
    static const QString hash = PasswordHasher::hash(QStringLiteral("cooc-desk-no-such-account"));
    return hash;
}

Actor auditActorFor(const AccountRecord &account, const std::optional<StaffMember> &staff)
{
    Actor actor;
    actor.login = account.login;
    if (staff) {
        actor.staffId = staff->id;
        actor.schoolId = staff->schoolId;
        actor.schoolCode = staff->schoolCode;
        actor.displayName = staff->name;
    }
    return actor;
}

// Writes a refusal to the audit log and returns `error`; if the audit itself fails the
// login is refused all the same, with the refusal's own message.
Error refuse(const Database &db, const Actor &actor, qint64 accountId, const QString &reason, const QDateTime &at,
    Error error, QJsonObject detail = {})
{
    detail.insert(QStringLiteral("reason"), reason);
    if (Status written = auditAlone(db, actor, QStringLiteral("auth.login_refused"), accountId, detail, at); !written)
        qCWarning(lcAuth) << "could not audit a refused login:" << written.error().detail;
    return error;
}

} // namespace

AuthService::AuthService(const Clock &clock, Policy policy)
    : m_clock(clock)
    , m_policy(policy)
{
    if (m_policy.maxFailedAttempts < 1)
        m_policy.maxFailedAttempts = 1;
}

Result<std::unique_ptr<Session>> AuthService::login(
    const DatabaseUrl &url, const QString &loginName, const QString &password) const
{
    if (loginName.trimmed().isEmpty() || password.isEmpty())
        return Error::make(Error::Code::InvalidInput, tr("Enter your login name and password."));
    if (url.dialect == Dialect::Postgres)
        return loginCentral(url, loginName, password);
    return loginEmbedded(url, loginName, password);
}

Result<std::unique_ptr<Session>> AuthService::loginEmbedded(
    const DatabaseUrl &url, const QString &loginName, const QString &password) const
{
    auto opened = Database::open(url, Database::Access::ReadWrite);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> db = std::move(opened).value();
    if (Status schema = checkSchema(*db); !schema)
        return schema.error();

    const AccountRepository accounts(*db);
    const StaffRepository staffRepo(*db);
    const QString login = AccountRules::normalizeLogin(loginName);
    auto found = accounts.findByLogin(login);
    if (!found)
        return found.error();
    if (!found.value()) {
        (void)PasswordHasher::verify(password, dummyHash());
        Actor unknown;
        unknown.login = QStringLiteral("(unknown)");
        // The typed name is not recorded: people type their password into the wrong field.
        if (Status written = auditAlone(*db, unknown, QStringLiteral("auth.login_failed"), 0,
                { { QStringLiteral("reason"), QStringLiteral("unknown_login") } }, m_clock.now());
            !written)
            qCWarning(lcAuth) << "could not audit a failed login:" << written.error().detail;
        return wrongCredentials();
    }
    const AccountRecord account = *found.value();
    std::optional<StaffMember> staff;
    if (account.kind == AccountRecord::Kind::Staff && account.staffId) {
        auto s = staffRepo.find(account.staffId);
        if (!s)
            return s.error();
        staff = s.value();
    }
    const Actor auditActor = auditActorFor(account, staff);
    const QDateTime now = m_clock.now();

    if (account.isLockedAt(now)) {
        return refuse(*db, auditActor, account.id, QStringLiteral("locked"), now,
            Error::make(Error::Code::AccountLocked,
                tr("This account is locked after too many wrong passwords. Try again after %1.")
                    .arg(schoolTime(account.lockedUntil))),
            { { QStringLiteral("locked_until"), account.lockedUntil.toString(Qt::ISODateWithMs) } });
    }

    if (!PasswordHasher::verify(password, account.passwordHash)) {
        auto transaction = Transaction::begin(*db);
        if (!transaction)
            return transaction.error();
        auto failures = accounts.recordFailure(account.id);
        if (!failures)
            return failures.error();
        if (failures.value() >= m_policy.maxFailedAttempts) {
            const QDateTime until = now.addSecs(qint64(m_policy.lockoutDuration.count()) * 60);
            if (Status locked = accounts.lock(account.id, until); !locked)
                return locked.error();
            if (Status written = audit(*db, auditActor, QStringLiteral("auth.locked"), account.id,
                    { { QStringLiteral("failed_attempts"), failures.value() },
                        { QStringLiteral("locked_until"), until.toString(Qt::ISODateWithMs) } },
                    now);
                !written)
                return written.error();
            if (Status committed = transaction.value()->commit(); !committed)
                return committed.error();
            qCInfo(lcAuth) << "account" << account.id << "locked after" << failures.value() << "failures";
            return Error::make(Error::Code::AccountLocked,
                tr("Too many wrong passwords: this account is locked until %1.").arg(schoolTime(until)));
        }
        if (Status written = audit(*db, auditActor, QStringLiteral("auth.login_failed"), account.id,
                { { QStringLiteral("reason"), QStringLiteral("wrong_password") },
                    { QStringLiteral("failed_attempts"), failures.value() } },
                now);
            !written)
            return written.error();
        if (Status committed = transaction.value()->commit(); !committed)
            return committed.error();
        const int left = m_policy.maxFailedAttempts - failures.value();
        Error error = wrongCredentials();
        error.message += QLatin1Char(' ')
            + QCoreApplication::translate(
                "cooc::AuthService", "%n more wrong attempt(s) will lock the account for a while.", nullptr, left);
        return error;
    }

    // The password is right: only now say why the account may not be used, so that these
    // messages do not tell a stranger which accounts exist.
    if (account.kind != AccountRecord::Kind::Staff)
        return refuse(*db, auditActor, account.id, QStringLiteral("not_staff"), now,
            Error::make(Error::Code::PermissionDenied,
                tr("CooC Desk is for school staff. Parents and students sign in to the CooC app "
                   "or website instead.")),
            { { QStringLiteral("kind"), AccountRecord::kindCode(account.kind) } });
    if (account.disabled)
        return refuse(*db, auditActor, account.id, QStringLiteral("disabled"), now,
            Error::make(
                Error::Code::PermissionDenied, tr("This account is disabled. Ask the school's system administrator.")));
    if (!staff)
        return refuse(*db, auditActor, account.id, QStringLiteral("no_staff_record"), now,
            Error::make(
                Error::Code::PermissionDenied, tr("This account is not linked to a staff member of the school.")));
    if (staff->hasLeft())
        return refuse(*db, auditActor, account.id, QStringLiteral("left_school"), now,
            Error::make(Error::Code::PermissionDenied,
                tr("This account belongs to someone who has left the school and can no longer "
                   "sign in.")));

    auto actor = staffRepo.actorFor(*staff, SchoolYear::fromDate(m_clock.schoolToday()), account.login);
    if (!actor)
        return actor.error();

    auto transaction = Transaction::begin(*db);
    if (!transaction)
        return transaction.error();
    auto recorded = accounts.recordSuccess(account.id, now);
    if (!recorded)
        return recorded.error();
    if (!recorded.value()) // another attempt locked it between our read and now
        return Error::make(Error::Code::AccountLocked,
            tr("This account was just locked after too many wrong passwords. Try again later."));
    // A hash made with weaker parameters (an older client) is upgraded while we hold the
    // password; default passwords are replaced at the forced change anyway.
    if (!account.mustChangePassword && PasswordHasher::needsRehash(account.passwordHash)) {
        const QString upgraded = PasswordHasher::hash(password, PasswordHasher::Cost::Interactive);
        if (!upgraded.isEmpty()) {
            if (Status stored = accounts.setPassword(account.id, upgraded, false); !stored)
                return stored.error();
        }
    }
    auto session = completeLogin(db, *transaction.value(),
        { .mode = Session::Mode::Embedded, .actor = std::move(actor).value(), .login = account.login,
            .accountId = account.id, .isDemoSchool = staff->schoolIsDemo,
            .mustChangePassword = account.mustChangePassword },
        m_clock, now);
    if (session)
        qCInfo(lcAuth) << "embedded login, account" << account.id;
    return session;
}

Status AuthService::changePassword(Session &session, const QString &current, const QString &next) const
{
    if (Status allowed = AccountRules::checkNewPassword(session.login, current, next); !allowed)
        return allowed;
    if (session.mode == Session::Mode::Central)
        return changePasswordCentral(session, current, next);

    const Database &db = session.db();
    const AccountRepository accounts(db);
    auto found = accounts.find(session.accountId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::make(Error::Code::NotFound, tr("Your account no longer exists."));
    const QDateTime now = m_clock.now();
    if (!PasswordHasher::verify(current, found.value()->passwordHash)) {
        if (Status written = auditAlone(db, session.actor, QStringLiteral("auth.password_change_failed"),
                session.accountId, { { QStringLiteral("reason"), QStringLiteral("wrong_current_password") } }, now);
            !written)
            return written;
        return Error::make(Error::Code::AuthFailed, tr("The current password is wrong. The password was not changed."));
    }
    const QString hashed = PasswordHasher::hash(next, PasswordHasher::Cost::Interactive);
    if (hashed.isEmpty())
        return Error::make(Error::Code::Generic, tr("The new password could not be stored. Nothing was changed."));

    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (Status stored = accounts.setPassword(session.accountId, hashed, false); !stored)
        return stored;
    if (Status written = audit(db, session.actor, QStringLiteral("auth.password_changed"), session.accountId,
            { { QStringLiteral("was_default"), found.value()->mustChangePassword } }, now);
        !written)
        return written;
    if (Status committed = transaction.value()->commit(); !committed)
        return committed;
    session.mustChangePassword = false;
    return okStatus();
}

Result<bool> AuthService::mustChangePassword(const Session &session) const
{
    const AccountRepository accounts(session.db());
    auto found
        = session.mode == Session::Mode::Central ? accounts.findForCurrentDbRole() : accounts.find(session.accountId);
    if (!found)
        return found.error();
    return found.value() ? found.value()->mustChangePassword : false;
}

Result<QList<DemoAccount>> AuthService::demoAccounts(const Database &db)
{
    auto schools = db.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN is_demo THEN 1 ELSE 0 END), 0) "
                                          "FROM schools"));
    if (!schools)
        return schools.error();
    if (!schools.value().next())
        return QList<DemoAccount>();
    const qint64 total = schools.value().value(0).toLongLong();
    const qint64 demo = schools.value().value(1).toLongLong();
    // Only a database that holds nothing but the demo school shows passwords.
    if (total == 0 || demo != total)
        return QList<DemoAccount>();
    auto stored = db.scalar(
        QStringLiteral("SELECT value FROM app_settings WHERE key = ?"), { QStringLiteral("demo_accounts") });
    if (!stored)
        return stored.error();
    if (stored.value().isNull())
        return QList<DemoAccount>();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(stored.value().toString().toUtf8(), &parseError);
    const Error corrupt = Error::make(
        Error::Code::Corrupt, tr("The list of demo accounts in this database is damaged."), parseError.errorString());
    if (!doc.isArray())
        return corrupt;
    QList<DemoAccount> result;
    for (const QJsonValue &value : doc.array()) {
        const QJsonObject o = value.toObject();
        DemoAccount account { o.value(QStringLiteral("login")).toString(),
            o.value(QStringLiteral("password")).toString(), o.value(QStringLiteral("name")).toString(),
            o.value(QStringLiteral("role")).toString(), o.value(QStringLiteral("office")).toString(),
            o.value(QStringLiteral("class")).toString() };
        if (!value.isObject() || account.login.isEmpty() || account.password.isEmpty())
            return corrupt;
        result << account;
    }
    return result;
}

Result<QList<DemoAccount>> AuthService::demoAccounts(const DatabaseUrl &url)
{
    if (url.dialect != Dialect::Sqlite)
        return QList<DemoAccount>();
    auto db = Database::open(url, Database::Access::ReadOnly);
    if (!db)
        return db.error();
    if (Status schema = checkSchema(*db.value()); !schema)
        return schema.error();
    return demoAccounts(*db.value());
}

} // namespace cooc
