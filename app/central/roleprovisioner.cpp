#include "app/central/roleprovisioner.h"

#include "app/auth/pgpassword.h"
#include "app/central/logging.h"
#include "app/demo/demoschool.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cooc::central {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::central::RoleProvisioner", text);
}

const QStringList &officeCodes()
{
    static const QStringList codes = {QStringLiteral("student_affairs"), QStringLiteral("academic_affairs"),
                                      QStringLiteral("counseling"), QStringLiteral("general_affairs"),
                                      QStringLiteral("principal")};
    return codes;
}

// Identifiers cannot be bound: only names that passed isValidRoleName (or our own group
// names) get here, and they are double-quoted anyway.
QString ident(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

Error invalidName(const QString &name)
{
    return Error::make(Error::Code::InvalidInput,
                       tr("\"%1\" cannot be a database login name: use lower-case letters, digits and _ only, starting "
                          "with a letter, at most 63 characters.")
                           .arg(name.left(80)));
}

} // namespace

namespace GroupRole {

QString staff() { return QStringLiteral("cooc_staff"); }
QString homeroomTeacher() { return QStringLiteral("homeroom_teacher"); }
QString officeStaff() { return QStringLiteral("office_staff"); }
QString schoolAdmin() { return QStringLiteral("school_admin"); }
QString parentViewReader() { return QStringLiteral("parent_view_reader"); }

QString forOffice(const QString &officeCode)
{
    return officeCodes().contains(officeCode) ? QStringLiteral("office_") + officeCode : QString();
}

QStringList managed()
{
    QStringList groups = {staff(), homeroomTeacher(), officeStaff(), schoolAdmin(), parentViewReader()};
    for (const QString &code : officeCodes())
        groups << forOffice(code);
    groups.sort();
    return groups;
}

QStringList forStaff(bool homeroomTeacher, const QString &officeCode, bool schoolAdmin)
{
    QStringList groups = {staff(), parentViewReader()};
    if (homeroomTeacher)
        groups << GroupRole::homeroomTeacher();
    if (!forOffice(officeCode).isEmpty())
        groups << forOffice(officeCode);
    if (schoolAdmin)
        groups << GroupRole::schoolAdmin();
    groups.sort();
    return groups;
}

} // namespace GroupRole

bool isValidRoleName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch() && !name.startsWith(QLatin1String("pg_"));
}

Result<std::optional<LoginRole>> RoleProvisioner::find(const QString &name) const
{
    auto q = m_db.exec(QStringLiteral("SELECT r.rolcanlogin, coalesce(array_to_string(ARRAY("
                                      "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
                                      " WHERE m.member = r.oid ORDER BY 1), ','), '') FROM pg_roles r WHERE r.rolname = ?"),
                       {name}, Database::Rows::Buffered);
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<LoginRole>();
    LoginRole role;
    role.name = name;
    role.canLogin = q.value().value(0).toBool();
    const QStringList managed = GroupRole::managed();
    for (const QString &group : q.value().value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (managed.contains(group))
            role.groups << group;
    }
    role.groups.sort();
    return std::optional<LoginRole>(role);
}

Status RoleProvisioner::setMemberships(const QString &name, const QStringList &current, const QStringList &wanted) const
{
    QStringList grant, revoke;
    for (const QString &g : wanted) {
        if (!current.contains(g))
            grant << ident(g);
    }
    for (const QString &g : current) {
        if (!wanted.contains(g))
            revoke << ident(g);
    }
    if (!grant.isEmpty()) {
        if (Status s = m_db.execDdl(QStringLiteral("GRANT ") + grant.join(QStringLiteral(", ")) + QStringLiteral(" TO ")
                                    + ident(name));
            !s)
            return s;
    }
    if (!revoke.isEmpty()) {
        if (Status s = m_db.execDdl(QStringLiteral("REVOKE ") + revoke.join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
                                    + ident(name));
            !s)
            return s;
    }
    return okStatus();
}

Status RoleProvisioner::ensureLogin(const QString &name, const QString &initialPassword, const QStringList &groups,
                                    bool resetPassword) const
{
    if (!isValidRoleName(name))
        return invalidName(name);
    const QStringList managed = GroupRole::managed();
    for (const QString &g : groups) {
        if (!managed.contains(g))
            return Error::make(Error::Code::InvalidInput, tr("\"%1\" is not a CooC Desk group role.").arg(g));
    }
    auto existing = find(name);
    if (!existing)
        return existing.error();
    auto passwordClause = [&]() -> Result<QString> {
        const QString value = PgPassword::alterRolePasswordValue(initialPassword, m_db.connection());
        if (value.isEmpty())
            return Error::make(Error::Code::Generic, tr("The initial password could not be prepared."));
        return QString(QStringLiteral(" PASSWORD ") + PgPassword::escapeLiteral(value));
    };
    if (!existing.value()) {
        // INHERIT is what gives a member its groups' privileges: say so explicitly.
        QString sql = QStringLiteral("CREATE ROLE ") + ident(name) + QStringLiteral(" LOGIN INHERIT");
        if (!initialPassword.isEmpty()) {
            auto clause = passwordClause();
            if (!clause)
                return clause.error();
            sql += clause.value();
        }
        if (Status s = m_db.execDdl(sql); !s)
            return s;
        qCInfo(lcCentral) << "created login role" << name;
        return setMemberships(name, {}, groups);
    }
    const LoginRole &role = *existing.value();
    if (!role.canLogin || (resetPassword && !initialPassword.isEmpty())) {
        QString sql = QStringLiteral("ALTER ROLE ") + ident(name) + QStringLiteral(" LOGIN");
        if (resetPassword && !initialPassword.isEmpty()) {
            auto clause = passwordClause();
            if (!clause)
                return clause.error();
            sql += clause.value();
        }
        if (Status s = m_db.execDdl(sql); !s)
            return s;
    }
    return setMemberships(name, role.groups, groups);
}

Status RoleProvisioner::disable(const QString &name) const
{
    if (!isValidRoleName(name))
        return invalidName(name);
    auto existing = find(name);
    if (!existing)
        return existing.error();
    if (!existing.value())
        return okStatus();
    if (existing.value()->canLogin) {
        if (Status s = m_db.execDdl(QStringLiteral("ALTER ROLE ") + ident(name) + QStringLiteral(" NOLOGIN")); !s)
            return s;
    }
    return setMemberships(name, existing.value()->groups, {});
}

Status RoleProvisioner::provisionDemoAccount(const GeneratedAccount &account) const
{
    const QString name = account.login.trimmed().toLower();
    const bool homeroom = account.role == QLatin1String("homeroom_teacher");
    const bool admin = account.role == QLatin1String("school_admin");
    if (Status s = ensureLogin(name, account.password, GroupRole::forStaff(homeroom, account.office, admin), true); !s)
        return s;
    auto linked = m_db.exec(QStringLiteral("UPDATE staff SET db_role = ? WHERE id = ? AND db_role IS DISTINCT FROM ?"),
                            {name, account.staffId, name});
    if (!linked)
        return linked.error();
    return okStatus();
}

Status provisionDemoRole(const Database &db, const GeneratedAccount &account)
{
    return RoleProvisioner(db).provisionDemoAccount(account);
}

} // namespace cooc::central
