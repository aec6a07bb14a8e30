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
    auto dbOwner = db.scalar(QStringLiteral("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"));
    if (!dbOwner)
        return dbOwner.error();
    if (dbOwner.value().toString() != owner) {
        // ALTER DATABASE takes no bound values: the database's own name, quoted by the server.
        if (Status s = db.execDdl(QStringLiteral("DO $$ BEGIN EXECUTE format('ALTER DATABASE %I OWNER TO %I', current_database(), '")
                                  + owner + QStringLiteral("'); END $$"));
            !s) {
            Error e = s.error();
            e.message = tr("The database could not be given to the owner role %1: connect as a superuser.").arg(owner);
            return e;
        }
    }
    return db.execDdl(QStringLiteral("SET ROLE ") + quoted);
}

Status isDatabaseOwner(const Database &db)
{
    if (db.dialect() != Dialect::Postgres)
        return okStatus();
    auto owner = db.scalar(QStringLiteral("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"));
    if (!owner)
        return owner.error();
    const QString name = owner.value().toString();
    auto self = db.scalar(QStringLiteral("SELECT current_user::text = ? OR pg_has_role(current_user, ?, 'MEMBER')"), {name, name});
    if (!self)
        return self.error();
    if (!self.value().toBool())
        return Error::make(Error::Code::PermissionDenied,
                           tr("The database belongs to the role %1, and a migration must run as it: connect as %1, or add "
                              "--owner %1. Nothing was changed.")
                               .arg(name));
    auto isSelf = db.scalar(QStringLiteral("SELECT current_user::text = ?"), {name});
    if (isSelf && !isSelf.value().toBool())
        return db.execDdl(QStringLiteral("SET ROLE \"") + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\""))
                          + QLatin1Char('"'));
    return okStatus();
}

} // namespace cooc::central
