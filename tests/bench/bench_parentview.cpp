// Benchmark (not a test): opening a parent's view on a city-sized database.
//
//   cooc-desk-cli demo --db sqlite:///tmp/city.sqlite --students 300000
//   bench_parentview --db sqlite:///tmp/city.sqlite [--runs 50] [--parent ID]
//
// Finds a parent with three children (bindings), then times, in the same run:
//   baseline  a primary-key lookup on the view's read-only connection
//   open      ParentViewService::open(): every read of the view plus the audit entry
//   search    a keyset page of the e-mail prefix search (system actor; then as the homeroom
//             teacher of one of the children, a one-letter prefix: the scope check per candidate)
// and prints median / p95 / max and the ratio to the baseline. Then it shows the query plan
// of every statement one opening ran, and flags full scans of anything but tiny reference
// tables. Exit code 0 when the median opening is within 100 ms and no plan scans a big table.
#include "app/parentview/parentviewservice.h"
#include "models/migrator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlField>
#include <QTextStream>

#include <algorithm>

using namespace cooc;

namespace {

QTextStream out(stdout);

struct Stats
{
    double median = 0, p95 = 0, max = 0;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.isEmpty())
        return {};
    return { ms.at(ms.size() / 2), ms.at(std::min<qsizetype>(ms.size() - 1, ms.size() * 95 / 100)), ms.last() };
}

void print(const char *what, const Stats &s, double baseline)
{
    out << QStringLiteral("%1  median %2 ms   p95 %3 ms   max %4 ms   (%5× the baseline)\n")
               .arg(QString::fromLatin1(what).leftJustified(9))
               .arg(s.median, 8, 'f', 3)
               .arg(s.p95, 8, 'f', 3)
               .arg(s.max, 8, 'f', 3)
               .arg(baseline > 0 ? s.median / baseline : 0, 0, 'f', 1);
}

// The plan of one statement, with its values. SQLite binds them to EXPLAIN QUERY PLAN;
// PostgreSQL (QPSQL cannot PREPARE an EXPLAIN) gets them as literals quoted by the driver —
// only our own statements and values read back from the same database.
QStringList planOf(const Database &db, const QString &sql, const QVariantList &values)
{
    QStringList lines;
    if (db.dialect() == Dialect::Sqlite) {
        auto q = db.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql, values);
        if (!q)
            return { QStringLiteral("(no plan: %1)").arg(q.error().detail) };
        while (q.value().next())
            lines << q.value().value(3).toString();
        return lines;
    }
    QString text;
    int next = 0;
    for (QChar c : sql) {
        if (c == QLatin1Char('?') && next < values.size()) {
            QSqlField field(QStringLiteral("v"), values.at(next).metaType());
            field.setValue(values.at(next++));
            text += db.connection().driver()->formatValue(field);
        } else {
            text += c;
        }
    }
    auto q = db.exec(QStringLiteral("EXPLAIN ") + text);
    if (!q)
        return { QStringLiteral("(no plan: %1)").arg(q.error().detail) };
    while (q.value().next())
        lines << q.value().value(0).toString();
    return lines;
}

bool scansBigTable(const QString &line)
{
    static const QStringList small
        = { QStringLiteral("schools"), QStringLiteral("leave_types"), QStringLiteral("sc"), QStringLiteral("lt") };
    QString table;
    if (line.startsWith(QLatin1String("SCAN "))) // SQLite: "SCAN x" or "SCAN x USING COVERING INDEX i"
        table = line.section(QLatin1Char(' '), 1, 1);
    else if (line.contains(QLatin1String("Seq Scan on "))) // PostgreSQL
        table = line.section(QLatin1String("Seq Scan on "), 1).section(QLatin1Char(' '), 0, 0);
    else
        return false;
    return !small.contains(table);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Parent view benchmark"));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("db"), QStringLiteral("Database URL (a city from `cooc-desk-cli demo`)."),
        QStringLiteral("url") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Timed runs of each kind (default 50)."),
        QStringLiteral("n"), QStringLiteral("50") });
    parser.addOption({ QStringLiteral("parent"), QStringLiteral("Parent id (default: one with three children)."),
        QStringLiteral("id") });
    parser.process(app);
    if (!parser.isSet(QStringLiteral("db"))) {
        out << "usage: bench_parentview --db URL [--runs N] [--parent ID]\n";
        return 2;
    }
    auto url = DatabaseUrl::parse(parser.value(QStringLiteral("db")));
    if (!url) {
        out << url.error().message << '\n';
        return 2;
    }
    auto main = Database::open(url.value());
    if (!main) {
        out << main.error().message << ' ' << main.error().detail << '\n';
        return 2;
    }
    Database &db = *main.value();
    QElapsedTimer migrateTimer;
    migrateTimer.start();
    if (Status migrated = Migrator(db).migrate(); !migrated) {
        out << migrated.error().message << ' ' << migrated.error().detail << '\n';
        return 2;
    }
    const qint64 migrateMs = migrateTimer.elapsed();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    SystemClock clock;
    auto created = ParentViewService::create(db, clock);
    if (!created) {
        out << created.error().message << '\n';
        return 2;
    }
    ParentViewService &service = *created.value();
    const Database &reader = service.reader();

    const qint64 students = db.scalar(QStringLiteral("SELECT count(*) FROM students")).value().toLongLong();
    qint64 parentId = parser.value(QStringLiteral("parent")).toLongLong();
    if (!parentId) {
        auto q = db.exec(QStringLiteral("SELECT parent_id, count(*) FROM parent_bindings GROUP BY parent_id "
                                        "ORDER BY count(*) = 3 DESC, count(*) DESC, parent_id LIMIT 1"));
        if (q && q.value().next())
            parentId = q.value().value(0).toLongLong();
    }
    auto parent = db.exec(QStringLiteral("SELECT email FROM parents WHERE id = ?"), { parentId });
    if (!parent || !parent.value().next()) {
        out << "no parent with children in this database\n";
        return 2;
    }
    const QString email = parent.value().value(0).toString();
    const Actor actor = Actor::system(QStringLiteral("bench"));
    // The homeroom teacher of one of the parent's children: on SQLite the search keeps only the
    // parents a teacher may open, checking each candidate (a page refilled from later rows).
    Actor teacher;
    auto klass = db.exec(QStringLiteral("SELECT c.school_id, c.id, c.homeroom_teacher_id FROM parent_bindings pb"
                                        " JOIN enrollments e ON e.student_id = pb.student_id AND e.status = 'enrolled'"
                                        " JOIN classes c ON c.id = e.class_id WHERE pb.parent_id = ?"
                                        " AND c.homeroom_teacher_id IS NOT NULL ORDER BY e.school_year DESC LIMIT 1"),
                         { parentId });
    if (klass && klass.value().next()) {
        teacher.schoolId = klass.value().value(0).toLongLong();
        teacher.homeroomClassIds = { klass.value().value(1).toLongLong() };
        teacher.staffId = klass.value().value(2).toLongLong();
        teacher.roles = { Actor::Role::HomeroomTeacher };
        teacher.login = QStringLiteral("bench-teacher");
    }

    auto first = service.open(actor, parentId, clock.now());
    if (!first) {
        out << first.error().message << ' ' << first.error().detail << '\n';
        return 2;
    }
    int records = 0;
    for (const ChildView &c : first->children)
        records += int(c.grades.size() + c.absences.size() + c.merits.size() + c.gateSwipes.size() + c.notices.size()
            + c.leaveRequests.size() + c.contactBook.size() + c.activities.size() + c.hidden.size());
    out << QStringLiteral("database   %1 (%2 students; migrate check %3 ms)\n")
               .arg(url.value().redacted())
               .arg(students)
               .arg(migrateMs);
    out << QStringLiteral("parent     #%1: %2 children (%3 visible), %4 records and hidden items shown\n")
               .arg(parentId)
               .arg(first->children.size())
               .arg(first->visibleChildren())
               .arg(records);

    // Warm-up, then the three measurements interleaved run by run (same cache state).
    for (int i = 0; i < 3; ++i)
        (void)service.open(actor, parentId, clock.now());
    QList<double> baseline, opening, searching, teacherSearching;
    QElapsedTimer t;
    const QString prefix = email.left(std::min<qsizetype>(4, email.indexOf(QLatin1Char('@'))));
    for (int i = 0; i < runs; ++i) {
        t.start();
        auto q = reader.exec(QStringLiteral("SELECT name FROM parents WHERE id = ?"), { parentId });
        if (!q || !q.value().next())
            return 1;
        baseline << t.nsecsElapsed() / 1e6;

        t.start();
        auto view = service.open(actor, parentId, clock.now());
        if (!view)
            return 1;
        opening << t.nsecsElapsed() / 1e6;

        t.start();
        auto page = service.search(actor, prefix);
        if (!page)
            return 1;
        searching << t.nsecsElapsed() / 1e6;

        t.start();
        auto scoped = service.search(teacher, prefix.left(1)); // one letter: the most candidates to check
        if (!scoped)
            return 1;
        teacherSearching << t.nsecsElapsed() / 1e6;
    }
    const Stats b = stats(baseline), o = stats(opening), s = stats(searching), ts = stats(teacherSearching);
    out << QStringLiteral("runs       %1 of each\n").arg(runs);
    print("baseline", b, b.median);
    print("open", o, b.median);
    print("search", s, b.median);
    print("search, teacher, 1 letter", ts, b.median);

    // The plans of exactly what one opening runs.
    QList<QPair<QString, QVariantList>> statements;
    service.setQueryObserver([&](const QString &sql, const QVariantList &values) {
        if (std::none_of(statements.cbegin(), statements.cend(), [&](const auto &p) { return p.first == sql; }))
            statements.append({ sql, values });
    });
    (void)service.open(actor, parentId, clock.now());
    (void)service.search(actor, prefix);
    service.setQueryObserver({});
    int bad = 0;
    out << QStringLiteral("\nquery plans (%1 distinct statements)\n").arg(statements.size());
    for (const auto &[sql, values] : statements) {
        out << "-- " << sql.simplified().left(150) << '\n';
        for (const QString &line : planOf(reader, sql, values)) {
            const bool scan = scansBigTable(line.trimmed());
            bad += scan ? 1 : 0;
            out << (scan ? "   !! " : "      ") << line << '\n';
        }
    }
    const bool ok = o.median <= 100.0 && bad == 0;
    out << QStringLiteral("\nresult     open median %1 ms (target ≤ 100 ms); %2 full scan(s) of big tables: %3\n")
               .arg(o.median, 0, 'f', 2)
               .arg(bad)
               .arg(ok ? QStringLiteral("OK") : QStringLiteral("NOT MET"));
    out.flush();
    return ok ? 0 : 1;
}
