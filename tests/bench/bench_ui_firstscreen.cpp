// Benchmark (not a test): how long the GUI takes to show its first screens on a demo
// database of any size — e.g. the city of `cooc-desk-cli demo --students 300000` — against
// the smallest demo school generated in the same run (the baseline).
//
//   bench_ui_firstscreen --db sqlite:///tmp/city.sqlite [--runs 5]
//
// For each run, with the real widgets offscreen and a demo account the login dialog lists:
//   start  → the login dialog is shown with its demo accounts (opening the database, schema
//            check, the account list)
//   login  → from the final click (log in, or change the default password) to the main
//            window shown with its first page filled and every queued event handled
// Each run logs in with the next listed account (a first login changes the default password
// and writes to the database). Medians, and the median as a multiple of the baseline's.
// Run it offscreen: QT_QPA_PLATFORM=offscreen, under scripts/private-keyring.sh.
#include "tst_ui_support.h"

#include "ui/page.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <algorithm>

using namespace cooc;
using namespace cooc::test;

namespace {

struct Times
{
    double startMs = 0;
    double loginMs = 0;
    QString page;
};

template<typename Done>
bool waitFor(Done done)
{
    return QTest::qWaitFor(done, 120'000);
}

// One start and login on `url` with the demo account in row `row` of the login dialog.
std::optional<Times> measureOnce(const DatabaseUrl &url, int row)
{
    UiHarness h;
    h.clock.set(QDateTime::currentDateTimeUtc());
    QElapsedTimer timer;
    timer.start();
    h.controller->start(url);
    QTableWidget *accounts = nullptr;
    if (!waitFor([&] {
            accounts = h.login() && h.login()->isVisible() ? child<QTableWidget>(h.login(), "demoAccountsTableWidget")
                                                           : nullptr;
            return accounts && accounts->rowCount() > row;
        }))
        return std::nullopt;
    Times t;
    t.startMs = double(timer.nsecsElapsed()) / 1e6;
    typeInto(child<QLineEdit>(h.login(), "loginLineEdit"), accounts->item(row, 2)->text());
    typeInto(child<QLineEdit>(h.login(), "passwordLineEdit"), accounts->item(row, 3)->text());
    timer.restart();
    QTest::mouseClick(child<QAbstractButton>(h.login(), "loginButton"), Qt::LeftButton);
    if (!waitFor([&] { return h.changePassword() || (h.window() && h.window()->isVisible()); }))
        return std::nullopt;
    if (auto *change = h.changePassword()) {
        const QString password = QStringLiteral("Bench-first-screen-") + QString::number(row);
        typeInto(child<QLineEdit>(change, "newPasswordLineEdit"), password);
        typeInto(child<QLineEdit>(change, "confirmPasswordLineEdit"), password);
        timer.restart();
        QTest::mouseClick(child<QAbstractButton>(change, "changePasswordButton"), Qt::LeftButton);
    }
    if (!waitFor([&] { return h.window() && h.window()->isVisible(); }))
        return std::nullopt;
    QApplication::processEvents(); // what the first page queued for itself
    t.loginMs = double(timer.nsecsElapsed()) / 1e6;
    if (auto *page = h.window()->currentPage())
        t.page = page->pageId();
    return t;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

struct Summary
{
    double start = 0;
    double login = 0;
    QString page;
};

std::optional<Summary> measure(const DatabaseUrl &url, int runs, QTextStream &out, const QString &label)
{
    QList<double> starts;
    QList<double> logins;
    Summary s;
    for (int i = 0; i < runs; ++i) {
        auto t = measureOnce(url, i);
        if (!t) {
            out << label << ": run " << i + 1 << " did not reach the main window" << Qt::endl;
            return std::nullopt;
        }
        out << "  " << label << " run " << i + 1 << ": start " << QString::number(t->startMs, 'f', 1) << " ms, login "
            << QString::number(t->loginMs, 'f', 1) << " ms (page " << t->page << ")" << Qt::endl;
        starts << t->startMs;
        logins << t->loginMs;
        s.page = t->page;
    }
    s.start = median(starts);
    s.login = median(logins);
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("cooc-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_ui_firstscreen"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("The demo database to open (a copy is not made)."),
                                   QStringLiteral("URL"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs per database (default 5)."),
                                     QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({dbOpt, runsOpt});
    parser.process(app);
    QTextStream out(stdout);
    auto url = DatabaseUrl::parse(parser.value(dbOpt));
    const int runs = std::clamp(parser.value(runsOpt).toInt(), 1, 20);
    if (!parser.isSet(dbOpt) || !url) {
        out << "usage: bench_ui_firstscreen --db URL [--runs N]" << Qt::endl;
        return 3;
    }

    QTemporaryDir dir;
    const DatabaseUrl baseline = DatabaseUrl::sqlite(DemoTemplate::copyInto(dir));
    auto small = measure(baseline, runs, out, QStringLiteral("baseline (smallest demo school)"));
    auto large = measure(url.value(), runs, out, QStringLiteral("database"));
    if (!small || !large)
        return 1;
    auto ratio = [](double a, double b) { return b > 0 ? QString::number(a / b, 'f', 2) + QStringLiteral("x") : QString(); };
    out << "median start → login dialog: baseline " << QString::number(small->start, 'f', 1) << " ms, database "
        << QString::number(large->start, 'f', 1) << " ms (" << ratio(large->start, small->start) << ")" << Qt::endl;
    out << "median login → first screen (" << large->page << "): baseline " << QString::number(small->login, 'f', 1)
        << " ms, database " << QString::number(large->login, 'f', 1) << " ms (" << ratio(large->login, small->login)
        << ")" << Qt::endl;
    return 0;
}
