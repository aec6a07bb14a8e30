// cooc-desk-cli audit verify --db URL: checks the audit log's hash chain and names the first
// broken entry (docs/deploy.md, "Audit log").
#include "app/central/auditcheck.h"
#include "app/cli/command.h"
#include "models/database.h"
#include "models/databaseurl.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace cooc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::cli::audit", text);
}

QString usageText()
{
    return tr("usage: cooc-desk-cli audit verify --db URL\n"
              "\n"
              "  verify    Recomputes every audit entry's hash and checks that each links to the one\n"
              "            before (and, on PostgreSQL, that the newest entry is the chain's head).\n"
              "            Run it as the database owner: staff accounts see only part of the log.\n"
              "\n"
              "  --db URL  sqlite:///absolute/path.sqlite or postgresql://owner@host:port/dbname\n"
              "            (the password from the URL, PGPASSWORD or ~/.pgpass)\n"
              "  --help    Shows this text.\n"
              "\n"
              "Exit status: 0 the chain is intact, 1 it is broken (the first broken entry is named),\n"
              "2 the check could not run, 3 usage error.\n");
}

int usageError(const QString &message)
{
    QTextStream err(stderr);
    err << "cooc-desk-cli audit: " << message << "\n\n" << usageText();
    return UsageError;
}

int cannotCheck(const Error &error)
{
    QTextStream err(stderr);
    err << "cooc-desk-cli audit: " << error.message << '\n';
    if (!error.detail.isEmpty())
        err << "  (" << error.detail.trimmed() << ")\n";
    return Indeterminate;
}

int run(const QStringList &args)
{
    QTextStream out(stdout);
    if (args.isEmpty())
        return usageError(tr("a sub-command is required: verify."));
    QStringList rest = args;
    const QString sub = rest.takeFirst();
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        out << usageText();
        return Success;
    }
    if (sub != QLatin1String("verify"))
        return usageError(tr("unknown sub-command \"%1\": use verify.").arg(sub));

    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database URL."), QStringLiteral("URL"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Shows help."));
    parser.addOption(dbOption);
    parser.addOption(helpOption);
    if (!parser.parse(QStringList{QStringLiteral("cooc-desk-cli audit verify")} + rest))
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

    auto db = Database::open(url.value(), Database::Access::ReadOnly);
    if (!db)
        return cannotCheck(db.error());
    auto report = central::verifyAuditTrail(*db.value());
    if (!report)
        return cannotCheck(report.error());
    if (report->firstBrokenId != 0) {
        out << tr("BROKEN: the audit log of %1 was tampered with. First broken entry: %2 (%3 entries checked).")
                   .arg(url->redacted())
                   .arg(report->firstBrokenId)
                   .arg(report->checked)
            << '\n'
            << "  " << report->problem << '\n';
        return Failure;
    }
    out << tr("Intact: every hash and link is correct in %1 (audit entries checked: %2).")
               .arg(url->redacted())
               .arg(report->checked)
        << '\n';
    return Success;
}

const CommandRegistration registration({QStringLiteral("audit"),
                                        QStringLiteral("verify the audit log's hash chain (names the first broken entry)"),
                                        run});

} // namespace

} // namespace cooc::cli
