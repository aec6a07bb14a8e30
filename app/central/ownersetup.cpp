#include "app/central/ownersetup.h"

#include "app/central/logging.h"
#include "app/central/roleprovisioner.h"

#include <QCoreApplication>

namespace cooc::central {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::central::OwnerSetup", text);
}

// The role that owns the current database.
Result<QString> databaseOwner(const Database &db)
{
    auto owner = db.scalar(QStringLiteral("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"));
    if (!owner)
        return owner.error();
    return owner.value().toString();
}

// This session acts as `role` from now on (SET ROLE takes no bound values: the name quoted).
Status setRole(const Database &db, const QString &role)
{
    return db.execDdl(QStringLiteral("SET ROLE \"") + QString(role).replace(QLatin1Char('"'), QStringLiteral("\"\""))
                      + QLatin1Char('"'));
}
} // namespace

Status becomeOwner(const Database &db, const QString &owner)
{
    using C = Error::Code;
    if (db.dialect() != Dialect::Postgres)
        return Error::make(C::InvalidInput, tr("--owner applies to PostgreSQL databases only."));
    if (!isValidRoleName(owner))
        return Error::make(C::InvalidInput,
                           tr("\"%1\" cannot be a role name: use lower-case letters, digits and _ only.").arg(owner.left(80)));
    const QString quoted = QLatin1Char('"') + owner + QLatin1Char('"');
    auto exists = db.scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {owner});
    if (!exists)
        return exists.error();
    if (exists.value().toInt() == 0) {
        if (Status s = db.execDdl(QStringLiteral("CREATE ROLE ") + quoted + QStringLiteral(" NOLOGIN CREATEROLE")); !s) {
            Error e = s.error();
            e.message = tr("The owner role %1 does not exist and could not be created: connect as a superuser.").arg(owner);
            return e;
        }
        qCInfo(lcCentral) << "created owner role" << owner;
    }
    auto isMember = db.scalar(QStringLiteral("SELECT pg_has_role(current_user, ?, 'MEMBER')"), {owner});
    if (!isMember)
        return isMember.error();
    if (!isMember.value().toBool()) {
        if (Status s = db.execDdl(QStringLiteral("GRANT ") + quoted + QStringLiteral(" TO CURRENT_USER")); !s)
            return s;
    }
    auto dbOwner = databaseOwner(db);
    if (!dbOwner)
        return dbOwner.error();
    if (dbOwner.value() != owner) {
        // ALTER DATABASE takes no bound values: the database's own name, quoted by the server.
        if (Status s = db.execDdl(QStringLiteral("DO $$ BEGIN EXECUTE format('ALTER DATABASE %I OWNER TO %I', current_database(), '")
                                  + owner + QStringLiteral("'); END $$"));
            !s) {
            Error e = s.error();
            e.message = tr("The database could not be given to the owner role %1: connect as a superuser.").arg(owner);
            return e;
        }
    }
    return setRole(db, owner);
}

Status actAsDatabaseOwner(const Database &db, const QString &expected)
{
    if (db.dialect() != Dialect::Postgres)
        return expected.isEmpty() ? okStatus()
                                  : Error::make(Error::Code::InvalidInput, tr("--owner applies to PostgreSQL databases only."));
    auto owner = databaseOwner(db);
    if (!owner)
        return owner.error();
    const QString name = owner.value();
    if (!expected.isEmpty() && expected != name)
        return Error::make(Error::Code::InvalidInput,
                           tr("The database belongs to the role %1, not %2: a migration does not hand it to another "
                              "role. Give --owner %1, or leave --owner out. Nothing was changed.")
                               .arg(name, expected.left(80)));
    auto relation = db.scalar(QStringLiteral("SELECT CASE WHEN current_user::text = ? THEN 'self'"
                                             " WHEN pg_has_role(current_user, ?, 'MEMBER') THEN 'member' ELSE 'none' END"),
                              {name, name});
    if (!relation)
        return relation.error();
    const QString how = relation.value().toString();
    if (how == QLatin1String("none"))
        return Error::make(Error::Code::PermissionDenied,
                           tr("The database belongs to the role %1, and a migration must run as it: connect as %1, a "
                              "member of it, or a superuser. Nothing was changed.")
                               .arg(name));
    if (how == QLatin1String("member"))
        return setRole(db, name);
    return okStatus();
}

} // namespace cooc::central
