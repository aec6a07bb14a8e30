// cooc-desk-cli audit verify --db URL: checks the audit log's hash chain and names the first
// broken entry (docs/deploy.md, "Audit log").
#include "app/central/auditcheck.h"
#include "app/cli/commandline.h"
#include "models/database.h"

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

int run(const QStringList &args)
{
    CommandLine cli(QStringLiteral("audit"), usageText());
    if (auto exit = cli.parse(args, {QStringLiteral("verify")}, tr("verify")))
        return *exit;
    const auto url = cli.databaseUrl();
    if (!url)
        return UsageError;

    auto db = Database::open(*url, Database::Access::ReadOnly);
    if (!db)
        return cli.fail(db.error(), Indeterminate);
    auto report = central::verifyAuditTrail(*db.value());
    if (!report)
        return cli.fail(report.error(), Indeterminate);
    QTextStream out(stdout);
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
