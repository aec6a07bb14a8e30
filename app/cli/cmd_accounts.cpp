// cooc-desk-cli accounts sync --db URL --from staff.csv [--dry-run]: staff login roles from
// the school administration system's export (docs/deploy.md, "Accounts from the SIS").
#include "app/central/accountssync.h"
#include "app/cli/command.h"
#include "models/database.h"
#include "models/databaseurl.h"

#include <QCommandLineParser>
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

int usageError(const QString &message)
{
    QTextStream err(stderr);
    err << "cooc-desk-cli accounts: " << message << "\n\n" << usageText();
    return UsageError;
}

int failure(const Error &error)
{
    QTextStream err(stderr);
    err << "cooc-desk-cli accounts: " << error.message << '\n';
    if (!error.detail.isEmpty())
        err << "  (" << error.detail.trimmed() << ")\n";
    return Failure;
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
    QTextStream out(stdout);
    if (args.isEmpty())
        return usageError(tr("a sub-command is required: sync."));
    QStringList rest = args;
    const QString sub = rest.takeFirst();
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        out << usageText();
        return Success;
    }
    if (sub != QLatin1String("sync"))
        return usageError(tr("unknown sub-command \"%1\": use sync.").arg(sub));

    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database URL."), QStringLiteral("URL"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("SIS staff export."), QStringLiteral("FILE"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), tr("Change nothing."));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"), tr("Text encoding."), QStringLiteral("NAME"));
    const QCommandLineOption yearOption(QStringLiteral("school-year"), tr("ROC school year."), QStringLiteral("N"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Shows help."));
    parser.addOptions({dbOption, fromOption, dryRunOption, encodingOption, yearOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("cooc-desk-cli accounts sync")} + rest))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        out << usageText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    if (!parser.isSet(dbOption) || !parser.isSet(fromOption))
        return usageError(tr("--db URL and --from FILE are required."));
    auto url = DatabaseUrl::parse(parser.value(dbOption));
    if (!url)
        return usageError(url.error().message);
    if (url->dialect != Dialect::Postgres)
        return usageError(tr("accounts sync manages PostgreSQL login roles: give a postgresql:// address."));
    central::SyncOptions options;
    options.dryRun = parser.isSet(dryRunOption);
    if (parser.isSet(yearOption)) {
        bool ok = false;
        options.schoolYear = parser.value(yearOption).toInt(&ok);
        if (!ok || options.schoolYear < 100 || options.schoolYear > 300)
            return usageError(tr("--school-year takes an ROC year such as 115."));
    }

    QFile file(parser.value(fromOption));
    if (!file.open(QIODevice::ReadOnly))
        return failure(Error::make(Error::Code::NotFound, tr("The staff file %1 cannot be read.").arg(file.fileName()),
                                   file.errorString()));
    auto csv = central::parseStaffCsv(file.readAll(), parser.value(encodingOption));
    if (!csv)
        return failure(csv.error());

    auto db = Database::open(url.value());
    if (!db)
        return failure(db.error());
    const SystemClock clock;
    auto report = central::AccountsSync(*db.value(), clock).run(csv.value(), options);
    if (!report)
        return failure(report.error());

    const central::SyncReport &r = report.value();
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
