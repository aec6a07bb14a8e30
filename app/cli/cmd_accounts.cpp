// cooc-desk-cli accounts sync --db URL --from staff.csv [--dry-run]: staff login roles from
// the school administration system's export (docs/deploy.md, "Accounts from the SIS").
#include "app/central/accountssync.h"
#include "app/cli/commandline.h"
#include "models/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace cooc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::cli::accounts", text);
}

QString usageText()
{
    return tr("usage: cooc-desk-cli accounts sync --db URL --from staff.csv [--dry-run] [--encoding NAME]\n"
              "                                  [--school-year N]\n"
              "\n"
              "  sync      Creates, updates and disables the PostgreSQL login roles of the staff in the\n"
              "            SIS export: account name = school code + last 9 characters of the national\n"
              "            ID (lower case), default password = last 6 characters (must be changed at\n"
              "            first login), groups by office, homeroom class and admin flag. Staff who left\n"
              "            (or are missing from a listed school) are disabled, never deleted. One\n"
              "            transaction: any problem in the file changes nothing.\n"
              "\n"
              "  --db URL          postgresql://owner@host:port/dbname, the database owner (CREATEROLE)\n"
              "  --from FILE       the SIS staff export, CSV with a header row (docs/deploy.md)\n"
              "  --dry-run         lists what would change and changes nothing\n"
              "  --encoding NAME   UTF-8 or Big5; detected when not given\n"
              "  --school-year N   ROC school year of the homeroom classes (default: the current one)\n"
              "  --help            Shows this text.\n"
              "\n"
              "Exit status: 0 done (or planned), 1 nothing was changed because of a problem, 3 usage error.\n");
}

QString marker(central::SyncChange::Kind kind)
{
    using K = central::SyncChange::Kind;
    switch (kind) {
    case K::Create:
        return QStringLiteral("+");
    case K::Disable:
        return QStringLiteral("-");
    case K::Update:
    case K::Homeroom:
    case K::Office:
        return QStringLiteral("~");
    }
    return QStringLiteral("~");
}

int run(const QStringList &args)
{
    CommandLine cli(QStringLiteral("accounts"), usageText());
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("SIS staff export."), QStringLiteral("FILE"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), tr("Change nothing."));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"), tr("Text encoding."), QStringLiteral("NAME"));
    const QCommandLineOption yearOption(QStringLiteral("school-year"), tr("ROC school year."), QStringLiteral("N"));
    cli.addOptions({fromOption, dryRunOption, encodingOption, yearOption});
    if (auto exit = cli.parse(args, {QStringLiteral("sync")}, tr("sync")))
        return *exit;
    const QCommandLineParser &parser = cli.parser();
    const QString required = tr("--db URL and --from FILE are required.");
    if (!parser.isSet(fromOption))
        return cli.usageError(required);
    const auto url = cli.databaseUrl(required);
    if (!url)
        return UsageError;
    if (url->dialect != Dialect::Postgres)
        return cli.usageError(tr("accounts sync manages PostgreSQL login roles: give a postgresql:// address."));
    central::SyncOptions options;
    options.dryRun = parser.isSet(dryRunOption);
    if (parser.isSet(yearOption)) {
        bool ok = false;
        options.schoolYear = parser.value(yearOption).toInt(&ok);
        if (!ok || options.schoolYear < 100 || options.schoolYear > 300)
            return cli.usageError(tr("--school-year takes an ROC year such as 115."));
    }

    QFile file(parser.value(fromOption));
    if (!file.open(QIODevice::ReadOnly))
        return cli.fail(Error::make(Error::Code::NotFound, tr("The staff file %1 cannot be read.").arg(file.fileName()),
                                        file.errorString()));
    auto csv = central::parseStaffCsv(file.readAll(), parser.value(encodingOption));
    if (!csv)
        return cli.fail(csv.error());

    auto db = Database::open(*url);
    if (!db)
        return cli.fail(db.error());
    const SystemClock clock;
    auto report = central::AccountsSync(*db.value(), clock).run(csv.value(), options);
    if (!report)
        return cli.fail(report.error());

    const central::SyncReport &r = report.value();
    QTextStream out(stdout);
    out << (options.dryRun ? tr("Dry run: nothing was changed. %1 would be changed as follows (file read as %2):")
                           : tr("Synchronised %1 (file read as %2):"))
               .arg(url->redacted(), r.encoding)
        << '\n';
    for (const central::SyncChange &c : r.changes)
        out << "  " << marker(c.kind) << ' ' << (c.login.isEmpty() ? QString() : c.login + QStringLiteral(": ")) << c.text << '\n';
    out << tr("%1 created, %2 updated, %3 disabled, %4 unchanged.")
               .arg(r.created)
               .arg(r.updated)
               .arg(r.disabled)
               .arg(r.unchanged)
        << '\n';
    return Success;
}

const CommandRegistration registration({QStringLiteral("accounts"),
                                        QStringLiteral("sync staff login roles from the SIS export (central PostgreSQL)"),
                                        run});

} // namespace

} // namespace cooc::cli
