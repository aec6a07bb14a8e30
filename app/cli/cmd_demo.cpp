// cooc-desk-cli demo --db URL [--students N] [--seed S] [--now TIME]: builds the deterministic
// demo world (one demo school up to a whole city) in one transaction, with progress on stderr.
// Ctrl-C cancels cleanly: the transaction rolls back and nothing is written.
#include "app/central/roleprovisioner.h"
#include "app/cli/commandline.h"
#include "app/demo/demoschool.h"
#include "models/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QTextStream>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace cooc::cli {

namespace {

std::atomic_bool g_cancel{false};

extern "C" void onInterrupt(int)
{
    g_cancel.store(true);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::cli::demo", text);
}

QString usageText()
{
    return tr("usage: cooc-desk-cli demo --db URL [--students N] [--seed S] [--now TIME]\n"
              "\n"
              "Builds the deterministic demo world into an empty database (created or migrated first):\n"
              "the demo school 臺北市立酷課示範國民中學 with its demo accounts, a second demo school, and\n"
              "beyond that a whole city of generated schools. Everything is written in one transaction;\n"
              "Ctrl-C cancels and leaves the database as it was.\n"
              "\n"
              "  --db URL        sqlite:///absolute/path.sqlite or postgresql://user:password@host:port/dbname\n"
              "  --students N    total number of students, %1 to %2 (default %3)\n"
              "  --seed S        seed of the generator, 0 to 18446744073709551615 (default %4)\n"
              "  --now TIME      the demo's \"now\", ISO 8601 (e.g. 2026-11-28T08:00:00Z; default: the clock).\n"
              "                  The same seed, size and time give identical data.\n"
              "  --quiet         no progress output\n"
              "  --help          shows this text\n")
        .arg(DemoSchool::kMinStudents)
        .arg(DemoSchool::kMaxStudents)
        .arg(DemoOptions{}.students)
        .arg(DemoOptions{}.seed);
}

QString duration(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2.%3").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0')).arg((ms % 1000) / 100);
}

int run(const QStringList &args)
{
    CommandLine cli(QStringLiteral("demo"), usageText());
    const QCommandLineOption studentsOption(QStringLiteral("students"), tr("Number of students."), QStringLiteral("N"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Seed."), QStringLiteral("S"));
    const QCommandLineOption nowOption(QStringLiteral("now"), tr("The demo's now."), QStringLiteral("TIME"));
    const QCommandLineOption quietOption(QStringLiteral("quiet"), tr("No progress output."));
    cli.addOptions({studentsOption, seedOption, nowOption, quietOption});
    if (auto exit = cli.parse(args))
        return *exit;
    const auto url = cli.databaseUrl();
    if (!url)
        return UsageError;
    const QCommandLineParser &parser = cli.parser();

    DemoOptions options;
    if (parser.isSet(studentsOption)) {
        bool ok = false;
        const int n = parser.value(studentsOption).toInt(&ok);
        if (!ok || n < DemoSchool::kMinStudents || n > DemoSchool::kMaxStudents)
            return cli.usageError(tr("--students must be a whole number from %1 to %2, not \"%3\".")
                                      .arg(DemoSchool::kMinStudents)
                                      .arg(DemoSchool::kMaxStudents)
                                      .arg(parser.value(studentsOption)));
        options.students = n;
    }
    if (parser.isSet(seedOption)) {
        bool ok = false;
        const quint64 seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok)
            return cli.usageError(tr("--seed must be a whole number from 0 to 18446744073709551615, not \"%1\".")
                                      .arg(parser.value(seedOption)));
        options.seed = seed;
    }
    std::unique_ptr<FixedClock> fixed;
    if (parser.isSet(nowOption)) {
        QDateTime now = QDateTime::fromString(parser.value(nowOption), Qt::ISODateWithMs);
        if (!now.isValid())
            now = QDateTime::fromString(parser.value(nowOption), Qt::ISODate);
        if (!now.isValid())
            return cli.usageError(tr("--now must be an ISO 8601 time such as 2026-11-28T08:00:00Z, not \"%1\".")
                                      .arg(parser.value(nowOption)));
        fixed = std::make_unique<FixedClock>(now);
        options.clock = fixed.get();
    }

    auto db = Database::open(*url);
    if (!db)
        return cli.fail(db.error());

    // Central deployment: a PostgreSQL login role per demo staff account (app/central, issue 4).
    if (url->dialect == Dialect::Postgres)
        options.onStaffAccount = central::provisionDemoRole;

    g_cancel.store(false);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const bool quiet = parser.isSet(quietOption);
    const bool tty = isatty(fileno(stderr));
    QElapsedTimer timer;
    timer.start();
    qint64 lastPrint = -100000;
    QString lastLine;
    const QLocale numbers(QLocale::English);
    auto progress = [&](qint64 done, qint64 total, const QString &step) {
        if (quiet)
            return;
        const qint64 now = timer.elapsed();
        if (now - lastPrint < (tty ? 200 : 2000))
            return;
        lastPrint = now;
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        const QString line = QStringLiteral("[%1%] %2/%3 students · %4 · %5")
                                 .arg(percent, 3)
                                 .arg(numbers.toString(done), numbers.toString(total), duration(now), step);
        if (tty)
            err << '\r' << line.leftJustified(lastLine.size()) << Qt::flush;
        else
            err << line << '\n' << Qt::flush;
        lastLine = line;
    };
    err << tr("Generating the demo world (%1 students, seed %2) into %3 …")
               .arg(numbers.toString(options.students))
               .arg(options.seed)
               .arg(url->redacted())
        << '\n'
        << Qt::flush;
    auto result = DemoSchool::generate(*db.value(), options, progress, &g_cancel);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (tty && !quiet)
        err << '\n' << Qt::flush;
    if (!result)
        return cli.fail(result.error());
    const DemoSummary &s = result.value();
    out << tr("Demo data written in %1: %2 schools, %3 students, %4 staff, %5 parents, %6 binding requests, "
              "%7 rows.")
               .arg(duration(s.elapsedMs), numbers.toString(s.schools), numbers.toString(s.students),
                    numbers.toString(s.staff), numbers.toString(s.parents), numbers.toString(s.bindingRequests),
                    numbers.toString(s.rows))
        << '\n';
    if (!s.demoAccounts.isEmpty()) {
        out << tr("Demo school %1 (%2): %3 staff accounts; the default password must be changed at first login.")
                   .arg(DemoSchool::demoSchoolName(), DemoSchool::demoSchoolCode())
                   .arg(s.demoAccounts.size())
            << '\n';
        for (qsizetype i = 0; i < s.demoAccounts.size() && i < 3; ++i) {
            const GeneratedAccount &a = s.demoAccounts.at(i);
            out << "  " << a.login.leftJustified(16) << ' ' << a.password << "  " << a.name << " (" << a.role
                << ")\n";
        }
    }
    return Success;
}

const CommandRegistration registration({QStringLiteral("demo"),
                                        QStringLiteral("build the deterministic demo school (or a whole city)"), run});

} // namespace

} // namespace cooc::cli
