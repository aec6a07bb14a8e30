// cooc-desk-cli db init|version --db URL: creates or migrates a database (no demo data) and
// reports schema versions.
#include "app/central/ownersetup.h"
#include "app/cli/command.h"
#include "models/database.h"
#include "models/databaseurl.h"
#include "models/migrator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
              "       cooc-desk-cli db version --db URL\n"
              "\n"
              "  init      Creates the CooC Desk schema in a new database, or migrates an existing one\n"
              "            to this version. Idempotent; writes no demo data.\n"
              "  version   Prints the schema version this client knows and the database's version.\n"
              "\n"
              "  --db URL  sqlite:///absolute/path.sqlite or postgresql://user:password@host:port/dbname\n"
              "  --owner ROLE  PostgreSQL: create the objects as ROLE (created if missing, made the\n"
              "            database's owner) — the central deployment's owner role (docs/deploy.md)\n"
              "  --help    Shows this text.\n");
}

int usageError(const QString &message)
{
    QTextStream err(stderr);
    err << "cooc-desk-cli db: " << message << "\n\n" << usageText();
    return UsageError;
}

int failure(const Error &error)
{
    QTextStream err(stderr);
    err << "cooc-desk-cli db: " << error.message << '\n';
    if (!error.detail.isEmpty())
        err << "  (" << error.detail.trimmed() << ")\n";
    return Failure;
}

int run(const QStringList &args)
{
    QTextStream out(stdout);
    if (args.isEmpty())
        return usageError(tr("a sub-command is required: init or version."));
    QStringList rest = args;
    const QString sub = rest.takeFirst();
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        out << usageText();
        return Success;
    }
    if (sub != QLatin1String("init") && sub != QLatin1String("version"))
        return usageError(tr("unknown sub-command \"%1\": use init or version.").arg(sub));

    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database URL."), QStringLiteral("URL"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Shows help."));
    const QCommandLineOption ownerOption(QStringLiteral("owner"), tr("Owner role (PostgreSQL)."), QStringLiteral("ROLE"));
    parser.addOption(dbOption);
    parser.addOption(ownerOption);
    parser.addOption(helpOption);
    if (!parser.parse(QStringList{QStringLiteral("cooc-desk-cli db ") + sub} + rest))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        out << usageText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    if (!parser.isSet(dbOption))
        return usageError(tr("--db URL is required."));
    auto url = DatabaseUrl::parse(parser.value(dbOption));
    if (!url)
        return usageError(url.error().message);

    const bool init = sub == QLatin1String("init");
    auto db = Database::open(url.value(), init ? Database::Access::ReadWrite : Database::Access::ReadOnly);
    if (!db)
        return failure(db.error());
    if (init && parser.isSet(ownerOption)) {
        if (Status owned = central::becomeOwner(*db.value(), parser.value(ownerOption)); !owned)
            return failure(owned.error());
    }
    Migrator migrator(*db.value());
    auto before = migrator.databaseVersion();
    if (!before)
        return failure(before.error());
    const int client = Migrator::clientVersion();

    if (!init) {
        out << tr("client schema version:   %1").arg(client) << '\n'
            << tr("database schema version: %1").arg(before.value()) << '\n';
        if (before.value() == 0)
            out << tr("The database is empty: run `cooc-desk-cli db init --db URL`.") << '\n';
        else if (before.value() < client)
            out << tr("The database is older than this client: `db init` migrates it.") << '\n';
        else if (before.value() > client)
            out << tr("The database was updated by a newer CooC Desk: install the newer version.") << '\n';
        else
            out << tr("Up to date.") << '\n';
        return Success;
    }

    if (Status migrated = migrator.migrate(); !migrated)
        return failure(migrated.error());
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
