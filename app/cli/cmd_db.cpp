// cooc-desk-cli db init|migrate|version --db URL: creates or migrates a database (no demo
// data) and reports schema versions.
#include "app/central/ownersetup.h"
#include "app/cli/commandline.h"
#include "models/database.h"
#include "models/migrator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace cooc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::cli::db", text);
}

QString usageText()
{
    return tr("usage: cooc-desk-cli db init --db URL [--owner ROLE]\n"
              "       cooc-desk-cli db migrate --db URL [--owner ROLE]\n"
              "       cooc-desk-cli db version --db URL\n"
              "\n"
              "  init      Creates the CooC Desk schema in a new database, or migrates an existing one\n"
              "            to this version. Idempotent; writes no demo data.\n"
              "  migrate   Migrates an existing CooC Desk database to this version (refuses an empty\n"
              "            one). Idempotent. PostgreSQL: runs as the database's owner role — connect\n"
              "            as it, a member of it or a superuser; --owner, if given, must name it.\n"
              "  version   Prints the schema version this client knows and the database's version.\n"
              "\n"
              "  --db URL  sqlite:///absolute/path.sqlite or postgresql://user:password@host:port/dbname\n"
              "  --owner ROLE  PostgreSQL: create the objects as ROLE (created if missing, made the\n"
              "            database's owner) — the central deployment's owner role (docs/deploy.md)\n"
              "  --help    Shows this text.\n");
}

int run(const QStringList &args)
{
    CommandLine cli(QStringLiteral("db"), usageText());
    const QCommandLineOption ownerOption(QStringLiteral("owner"), tr("Owner role (PostgreSQL)."), QStringLiteral("ROLE"));
    cli.addOptions({ownerOption});
    if (auto exit = cli.parse(args, {QStringLiteral("init"), QStringLiteral("migrate"), QStringLiteral("version")},
                              tr("init, migrate or version")))
        return *exit;
    const auto url = cli.databaseUrl();
    if (!url)
        return UsageError;

    const bool writes = cli.subCommand() != QLatin1String("version");
    const bool migrateOnly = cli.subCommand() == QLatin1String("migrate");
    if (migrateOnly && url->dialect == Dialect::Sqlite && !QFileInfo::exists(url->path))
        return cli.fail(Error::make(Error::Code::NotFound,
                                    tr("There is no database file %1 to migrate. Nothing was created.").arg(url->path)));
    auto db = Database::open(*url, writes ? Database::Access::ReadWrite : Database::Access::ReadOnly);
    if (!db)
        return cli.fail(db.error());
    if (migrateOnly) {
        if (Status owner = central::actAsDatabaseOwner(*db.value(), cli.parser().value(ownerOption)); !owner)
            return cli.fail(owner.error());
    } else if (writes && cli.parser().isSet(ownerOption)) {
        if (Status owned = central::becomeOwner(*db.value(), cli.parser().value(ownerOption)); !owned)
            return cli.fail(owned.error());
    }
    Migrator migrator(*db.value());
    auto before = migrator.databaseVersion();
    if (!before)
        return cli.fail(before.error());
    if (migrateOnly && before.value() == 0)
        return cli.fail(Error::make(Error::Code::InvalidInput,
                                    tr("%1 has no CooC Desk schema to migrate: create it with `cooc-desk-cli db init`. "
                                       "Nothing was changed.")
                                        .arg(url->redacted())));
    const int client = Migrator::clientVersion();
    QTextStream out(stdout);

    if (!writes) {
        out << tr("client schema version:   %1").arg(client) << '\n'
            << tr("database schema version: %1").arg(before.value()) << '\n';
        if (before.value() == 0)
            out << tr("The database is empty: run `cooc-desk-cli db init --db URL`.") << '\n';
        else if (before.value() < client)
            out << tr("The database is older than this client: `db migrate` migrates it.") << '\n';
        else if (before.value() > client)
            out << tr("The database was updated by a newer CooC Desk: install the newer version.") << '\n';
        else
            out << tr("Up to date.") << '\n';
        return Success;
    }

    if (Status migrated = migrator.migrate(); !migrated)
        return cli.fail(migrated.error());
    const int after = migrator.databaseVersion().ok() ? migrator.databaseVersion().value() : client;
    if (before.value() == 0)
        out << tr("Created the CooC Desk schema (version %1) in %2.").arg(after).arg(url->redacted()) << '\n';
    else if (before.value() < after)
        out << tr("Migrated %1 from schema version %2 to %3.").arg(url->redacted()).arg(before.value()).arg(after)
            << '\n';
    else
        out << tr("%1 is already at schema version %2; nothing to do.").arg(url->redacted()).arg(after) << '\n';
    return Success;
}

const CommandRegistration registration({QStringLiteral("db"),
                                        QStringLiteral("create/migrate a database (init) or show its schema version"),
                                        run});

} // namespace

} // namespace cooc::cli
