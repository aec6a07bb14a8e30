// Benchmark (not a test): the binding-review queue on a 300,000-student database, SQLite and
// PostgreSQL. Open (first page of "waiting for me", counts, fast-track count, classes),
// filter, search, the orders (submitted date, class) and page must each take at most 50 ms; every time is reported beside a primary-key lookup measured in the same run,
// and every queue statement's plan is printed and checked for full scans of the big tables.
//
//   bench_bindingqueue                          generate two shapes on SQLite and on
//                                               $COOC_TEST_PG_URL's server and measure each: one
//                                               school holding all 300,000 students (~330,000
//                                               requests: the worst case for a school's queue) and
//                                               a city of 400 schools (the worst case for the
//                                               city-wide indexes)
//   bench_bindingqueue --students N --schools K another size
//   bench_bindingqueue --db URL [--db URL …]    measure existing databases instead, e.g. one made
//                                               by `cooc-desk-cli demo --students 300000` (the
//                                               school with the most requests is used)
//
// Exit code 0 when every operation stayed within 50 ms and no plan scans a big table.
#include "models/bindingrequestrepository.h"
#include "models/migrator.h"
#include "pgexplain.h"
#include "support/testdatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace cooc;

namespace {

constexpr double kLimitMs = 50.0;
constexpr int kRuns = 15;
int g_failures = 0;

void out(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

template<typename T>
T must(Result<T> r, const char *what)
{
    if (!r)
        qFatal("%s: %s (%s)", what, qPrintable(r.error().message), qPrintable(r.error().detail));
    return std::move(r).value();
}

void mustRun(const Database &db, const QString &sql, const QVariantList &values = {})
{
    auto q = db.exec(sql, values);
    if (!q)
        qFatal("%s\n%s", qPrintable(q.error().detail), qPrintable(sql));
}

// ---- generated data: one huge school, or a city of schools ----------------------------
// Generated in the database itself (recursive CTEs, the same SQL on both dialects), so that
// 300,000 students take seconds, not minutes. Students come in blocks of `perSchool`
// (a multiple of 30), classes of 30.
void generate(const Database &db, int students, int schools)
{
    QElapsedTimer timer;
    timer.start();
    const int year = 115;
    const int perSchool = ((students / schools + 29) / 30) * 30;
    students = perSchool * schools;
    const int classes = students / 30;
    auto tx = must(Transaction::begin(db), "begin");
    const QString seq = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) ");
    mustRun(db, seq + QStringLiteral("INSERT INTO schools (id, code, name) SELECT i, 'school' || i, '臺北市立第' || i || '國中'"
                                     " FROM n"),
            {schools});
    mustRun(db, QStringLiteral("INSERT INTO offices (id, school_id, code, name) VALUES (1, 1, 'student_affairs', '學務處')"));
    // Staff 1 is school 1's office; staff k + 1 is class k's homeroom teacher.
    mustRun(db, seq + QStringLiteral("INSERT INTO staff (id, school_id, office_id, name, national_id_hash, national_id_masked)"
                                     " SELECT i, CASE WHEN i = 1 THEN 1 ELSE ((i - 2) * 30) / ? + 1 END,"
                                     " CASE WHEN i = 1 THEN 1 END, 'staff' || i, 'staffhash' || i, 'A12****' FROM n"),
            {classes + 1, perSchool});
    mustRun(db, seq + QStringLiteral("INSERT INTO classes (id, school_id, school_year, grade, number, name,"
                                     " homeroom_teacher_id) SELECT i, ((i - 1) * 30) / ? + 1, ?, 7 + (i % 3), i / 3 + 1,"
                                     " (7 + (i % 3)) || '-' || (i / 3 + 1), i + 1 FROM n"),
            {classes, perSchool, year});
    const QString surnames = QStringLiteral("陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐");
    const QString given = QStringLiteral("小志家宜俊怡雅冠婷宗嘉明華欣哲佩承瑋柏睿");
    mustRun(db, seq + QStringLiteral("INSERT INTO students (id, name, national_id_hash, national_id_masked)"
                                     " SELECT i, substr(?, (i % 20) + 1, 1) || substr(?, ((i / 20) % 20) + 1, 1)"
                                     " || substr(?, ((i / 400) % 20) + 1, 1), 'student' || i, 'A12****' FROM n"),
            {students, surnames, given, given});
    // Every 97th student transferred out, every 89th waits for a class; the rest are placed.
    mustRun(db, seq + QStringLiteral("INSERT INTO enrollments (id, student_id, school_id, school_year, class_id, seat,"
                                     " student_number, status, start_date) SELECT i, i, (i - 1) / ? + 1, ?,"
                                     " CASE WHEN i % 89 = 0 THEN NULL ELSE (i - 1) / 30 + 1 END, (i - 1) % 30 + 1,"
                                     " 'S' || (1000000 + i), CASE WHEN i % 97 = 0 THEN 'transferred_out' ELSE 'enrolled' END,"
                                     " '2026-08-30' FROM n"),
            {students, perSchool, year});
    // One request per student, plus a second parent's for every tenth: newest ids last.
    const QString request = QStringLiteral(
        " INSERT INTO binding_requests (id, school_id, student_id, applicant_name, applicant_email,"
        " applicant_national_id_hash, applicant_national_id_masked, applicant_id_last4, relationship,"
        " consent_document, verification_verdict, household_result, status, submitted_at, version)"
        " SELECT i, (s - 1) / ? + 1, s, substr(?, (s % 20) + 1, 1) || '家長', 'parent' || i || '@example.tw',"
        " 'parenthash' || i, 'A12****', '6789', CASE WHEN i % 2 = 0 THEN 'father' ELSE 'mother' END, ?,"
        " CASE WHEN i % 50 = 0 THEN 'TOTAL_FAILED' WHEN i % 13 = 0 THEN 'INDETERMINATE'"
        "      WHEN i % 31 = 0 THEN 'NOT_VERIFIED' ELSE 'TOTAL_PASSED' END,"
        " CASE WHEN i % 7 = 0 THEN 'NO_MATCH' WHEN i % 11 = 0 THEN 'NOT_REGISTERED_IN_TAIPEI'"
        "      WHEN i % 101 = 0 THEN 'UNAVAILABLE' ELSE 'MATCH' END,"
        " CASE WHEN i % 5 = 0 THEN 'pending' WHEN i % 23 = 0 THEN 'info_requested' WHEN i % 17 = 0 THEN 'rejected'"
        "      WHEN i % 41 = 0 THEN 'withdrawn' ELSE 'approved' END, ?, 1 FROM ");
    const QVariant consent = QByteArrayLiteral("{\"format\":\"cooc-consent/1\"}");
    const QVariant submitted = db.timestamp(QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC));
    mustRun(db, seq + QStringLiteral(", r(i, s) AS (SELECT i, i FROM n)") + request + QStringLiteral("r"),
            {students, perSchool, surnames, consent, submitted});
    mustRun(db, seq + QStringLiteral(", r(i, s) AS (SELECT ? + i, i * 10 FROM n WHERE i * 10 <= ?)") + request
                + QStringLiteral("r"),
            {students / 10, students, students, perSchool, surnames, consent, submitted});
    must(tx->commit(), "commit");
    if (db.dialect() == Dialect::Postgres) {
        for (const char *table : {"schools", "students", "enrollments", "binding_requests", "classes", "staff"})
            mustRun(db, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT MAX(id) FROM %1))")
                            .arg(QLatin1String(table)));
    }
    (void)db.execDdl(QStringLiteral("ANALYZE"));
    out(QStringLiteral("  generated %1 school(s), %2 students, %3 classes, %4 requests in %5 s")
            .arg(schools)
            .arg(students)
            .arg(classes)
            .arg(students + students / 10)
            .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
}

// ---- measuring -------------------------------------------------------------------------
struct Timing
{
    double median = 0;
    double p95 = 0;
};

Timing measure(const std::function<void()> &operation)
{
    operation(); // warm
    QList<double> ms;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        operation();
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.at(std::min<qsizetype>(ms.size() - 1, (ms.size() * 95) / 100))};
}

void report(const QString &name, const Timing &t, double baseline, bool limited = true)
{
    const bool over = limited && t.median > kLimitMs;
    if (over)
        ++g_failures;
    out(QStringLiteral("  %1 median %2 ms  p95 %3 ms  = %4 × baseline%5")
            .arg(name, -34)
            .arg(t.median, 7, 'f', 2)
            .arg(t.p95, 7, 'f', 2)
            .arg(baseline > 0 ? t.median / baseline : 0.0, 6, 'f', 1)
            .arg(over ? QStringLiteral("  OVER 50 ms") : (limited ? QString() : QStringLiteral("  (not limited)"))));
}

// Prints the plan and fails when it reads a big table without an index.
void checkPlan(const Database &db, const QString &name, const BindingRequestRepository::Clause &query)
{
    const bool pg = db.dialect() == Dialect::Postgres;
    QStringList lines;
    if (pg) {
        // A custom plan: what the statement, planned per call, gets for these values.
        QString error;
        lines = bench::preparedPlan(db, query.sql, query.values, bench::PlanKind::Custom, QString(), &error);
        if (lines.isEmpty()) {
            out(QStringLiteral("  plan of %1 failed: %2").arg(name, error));
            ++g_failures;
            return;
        }
    } else {
        auto q = db.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + query.sql, query.values);
        if (!q) {
            out(QStringLiteral("  plan of %1 failed: %2").arg(name, q.error().detail));
            ++g_failures;
            return;
        }
        while (q.value().next())
            lines << q.value().value(3).toString();
    }
    static const QRegularExpression sqliteScan(
        QStringLiteral("^SCAN (br|s|e|e2|b1|b2|b3|s1|e3|en|ef|binding_requests|students|enrollments)( |$)"));
    static const QRegularExpression pgScan(
        QStringLiteral("Seq Scan on (binding_requests|students|enrollments|parents|audit_log)"));
    QStringList bad;
    for (const QString &line : lines) {
        if ((pg && pgScan.match(line).hasMatch()) || (!pg && sqliteScan.match(line.trimmed()).hasMatch()))
            bad << line.trimmed();
    }
    out(QStringLiteral("  plan %1: %2").arg(name, bad.isEmpty() ? QStringLiteral("indexes only") : QStringLiteral("FULL SCAN")));
    if (!bad.isEmpty() || qEnvironmentVariableIsSet("COOC_BENCH_PLANS")) {
        for (const QString &line : lines)
            out(QStringLiteral("      ") + line);
    }
    if (!bad.isEmpty())
        ++g_failures;
}

struct Subject
{
    Actor office;
    Actor teacher;
    int schoolYear = 0;
};

Subject pickSubject(const Database &db)
{
    Subject s;
    auto school = must(db.exec(QStringLiteral("SELECT school_id, COUNT(*) FROM binding_requests GROUP BY school_id"
                                              " ORDER BY 2 DESC LIMIT 1")),
                       "busiest school");
    if (!school.next())
        qFatal("the database holds no binding requests");
    const qint64 schoolId = school.value(0).toLongLong();
    out(QStringLiteral("  school %1 with %2 requests").arg(schoolId).arg(school.value(1).toLongLong()));
    school.finish();
    s.schoolYear = must(db.scalar(QStringLiteral("SELECT MAX(school_year) FROM enrollments WHERE school_id = ?"),
                                  {schoolId}),
                        "school year")
                       .toInt();
    s.office.staffId = 0;
    s.office.login = QStringLiteral("bench-office");
    s.office.schoolId = schoolId;
    s.office.roles = {Actor::Role::OfficeStaff};
    auto teacher = must(db.exec(QStringLiteral("SELECT c.id, c.homeroom_teacher_id FROM classes c WHERE c.school_id = ?"
                                               " AND c.school_year = ? AND c.homeroom_teacher_id IS NOT NULL"
                                               " ORDER BY c.id LIMIT 1"),
                                {schoolId, s.schoolYear}),
                        "a homeroom teacher");
    if (teacher.next()) {
        s.teacher.staffId = teacher.value(1).toLongLong();
        s.teacher.login = QStringLiteral("bench-teacher");
        s.teacher.schoolId = schoolId;
        s.teacher.roles = {Actor::Role::HomeroomTeacher};
        s.teacher.homeroomClassIds = {teacher.value(0).toLongLong()};
    }
    teacher.finish();
    return s;
}

void run(const Database &db, const QString &label)
{
    out(QStringLiteral("\n== %1 (%2)").arg(label, db.dialect() == Dialect::Postgres ? QStringLiteral("PostgreSQL")
                                                                                      : QStringLiteral("SQLite")));
    const Subject subject = pickSubject(db);
    const BindingRequestRepository office(db, subject.office, subject.schoolYear);
    const BindingRequestRepository teacher(db, subject.teacher, subject.schoolYear);
    const qint64 maxId = must(db.scalar(QStringLiteral("SELECT MAX(id) FROM binding_requests")), "max id").toLongLong();

    // The baseline: one row by primary key, read to the end.
    const Timing baseline = measure([&] {
        auto q = must(db.exec(QStringLiteral("SELECT id, status, version FROM binding_requests WHERE id = ?"),
                              {maxId / 2}),
                      "baseline");
        while (q.next()) {
        }
    });
    report(QStringLiteral("baseline: request by primary key"), baseline, baseline.median, false);
    auto pageOf = [&](const BindingRequestRepository &repo, const BindingQueueFilter &f, qint64 before = 0) {
        return [&repo, f, before] { (void)must(repo.page(f, before, 100), "page"); };
    };

    const BindingQueueFilter waiting = BindingQueueFilter::waitingForMe(); // what the page opens with
    BindingQueueFilter pending;
    BindingQueueFilter all;
    all.status.reset();
    const auto ordered = [](BindingQueueFilter f, BindingQueueOrder order) {
        f.order = order;
        return f;
    };
    report(QStringLiteral("open: first page (waiting for me)"), measure(pageOf(office, waiting)), baseline.median);
    report(QStringLiteral("open: counts per status (drop-down, sidebar)"),
           measure([&] { (void)must(office.statusCounts(), "counts"); }), baseline.median);
    report(QStringLiteral("open: fast-track count (≤501)"), measure([&] { (void)must(office.fastTrackCount(), "fast track"); }),
           baseline.median);
    report(QStringLiteral("counts after a decision (one statement)"),
           measure([&] { (void)must(office.queueCounts(), "queue counts"); }), baseline.median);
    report(QStringLiteral("open: classes"), measure([&] { (void)must(office.classes(), "classes"); }), baseline.median);
    const auto firstPage = must(office.page(waiting, 0, 100), "first page");
    if (!firstPage.isEmpty())
        report(QStringLiteral("open: details of the first request"),
               measure([&] { (void)must(office.details(firstPage.first().id), "details"); }), baseline.median);
    report(QStringLiteral("open: teacher's first page"), measure(pageOf(teacher, waiting)), baseline.median);
    report(QStringLiteral("open: teacher's counts per status"), measure([&] { (void)must(teacher.statusCounts(), "counts"); }),
           baseline.median);
    report(QStringLiteral("fast track: confirmation list (≤501)"),
           measure([&] { (void)must(office.fastTrackCandidates(BindingRequestRepository::kFastTrackBatch + 1), "fast track"); }),
           baseline.median);

    BindingQueueFilter byClass = all;
    byClass.classId = subject.teacher.homeroomClassIds.value(0);
    BindingQueueFilter failed = pending;
    failed.verdict = binding::Verdict::TotalFailed;
    BindingQueueFilter unavailable = all;
    unavailable.household = binding::Household::Unavailable;
    BindingQueueFilter combined = pending;
    combined.verdict = binding::Verdict::TotalPassed;
    combined.household = binding::Household::NoMatch;
    report(QStringLiteral("filter: pending only"), measure(pageOf(office, pending)), baseline.median);
    report(QStringLiteral("filter: all statuses"), measure(pageOf(office, all)), baseline.median);
    report(QStringLiteral("filter: one class"), measure(pageOf(office, byClass)), baseline.median);
    report(QStringLiteral("filter: pending + TOTAL_FAILED"), measure(pageOf(office, failed)), baseline.median);
    report(QStringLiteral("filter: household UNAVAILABLE"), measure(pageOf(office, unavailable)), baseline.median);
    report(QStringLiteral("filter: pending+PASSED+NO_MATCH"), measure(pageOf(office, combined)), baseline.median);

    const QStringList searches = {QStringLiteral("王小"), QStringLiteral("陳"), QStringLiteral("S10012"),
                                  QStringLiteral("parent12345"), QStringLiteral("nobody")};
    for (const QString &text : searches) {
        BindingQueueFilter f = all;
        f.search = text;
        report(QStringLiteral("search: \"%1\"").arg(text), measure(pageOf(office, f)), baseline.median);
    }

    // Paging: the tenth page (keyset from the ninth's last id), and a page deep in the list.
    qint64 before = 0;
    for (int i = 0; i < 9; ++i) {
        const auto rows = must(office.page(all, before, 100), "walk");
        if (rows.isEmpty())
            break;
        before = rows.last().id;
    }
    report(QStringLiteral("page: 10th page of 100"), measure(pageOf(office, all, before)), baseline.median);
    report(QStringLiteral("page: from the middle"), measure(pageOf(office, all, maxId / 2)), baseline.median);
    report(QStringLiteral("page: pending from the middle"), measure(pageOf(office, pending, maxId / 2)), baseline.median);

    // The orders (a click on the Submitted or Class header), first page and a page further on.
    const BindingQueueFilter oldestAll = ordered(all, BindingQueueOrder::OldestFirst);
    const BindingQueueFilter classWaiting = ordered(waiting, BindingQueueOrder::ClassAscending);
    const BindingQueueFilter classAll = ordered(all, BindingQueueOrder::ClassAscending);
    report(QStringLiteral("order: oldest first, all statuses"), measure(pageOf(office, oldestAll)), baseline.median);
    report(QStringLiteral("order: oldest first, waiting"), measure(pageOf(office, ordered(waiting, BindingQueueOrder::OldestFirst))),
           baseline.median);
    // The class order walks an index on the stored place key (migration 0014), like the others.
    report(QStringLiteral("order: by class, teacher"), measure(pageOf(teacher, classWaiting)), baseline.median);
    report(QStringLiteral("order: by class, waiting"), measure(pageOf(office, classWaiting)), baseline.median);
    report(QStringLiteral("order: by class, all statuses"), measure(pageOf(office, classAll)), baseline.median);
    for (const BindingQueueFilter &f : {oldestAll, classWaiting}) {
        const auto rows = must(office.page(f, 0, 100), "first page of an order");
        if (!rows.isEmpty())
            report(f.order == BindingQueueOrder::OldestFirst ? QStringLiteral("order: oldest first, 2nd page")
                                                             : QStringLiteral("order: by class, waiting, 2nd page"),
                   measure(pageOf(office, f, rows.last().id)), baseline.median);
    }
    report(QStringLiteral("counts per status, all (report)"),
           measure([&] { (void)must(office.countsByStatus(all), "counts"); }), baseline.median, false);

    checkPlan(db, QStringLiteral("first page"), office.pageQuery(waiting, 0, 100));
    checkPlan(db, QStringLiteral("pending, next page"), office.pageQuery(pending, maxId / 2, 100));
    checkPlan(db, QStringLiteral("all statuses, next page"), office.pageQuery(all, maxId / 2, 100));
    checkPlan(db, QStringLiteral("all statuses"), office.pageQuery(all, 0, 100));
    checkPlan(db, QStringLiteral("oldest first, next page"), office.pageQuery(oldestAll, maxId / 2, 100));
    checkPlan(db, QStringLiteral("teacher by class"), teacher.pageQuery(classWaiting, 0, 100));
    checkPlan(db, QStringLiteral("by class, waiting, next page"), office.pageQuery(classWaiting, maxId / 2, 100));
    checkPlan(db, QStringLiteral("by class, all statuses"), office.pageQuery(classAll, 0, 100));
    checkPlan(db, QStringLiteral("one class"), office.pageQuery(byClass, 0, 100));
    checkPlan(db, QStringLiteral("teacher"), teacher.pageQuery(pending, 0, 100));
    for (const QString &text : searches.mid(0, 4)) {
        BindingQueueFilter f = all;
        f.search = text;
        checkPlan(db, QStringLiteral("search \"%1\"").arg(text), office.pageQuery(f, 0, 100));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Measure an existing database."),
                                QStringLiteral("URL"));
    QCommandLineOption studentsOption(QStringLiteral("students"), QStringLiteral("Students to generate."),
                                      QStringLiteral("N"), QStringLiteral("300000"));
    QCommandLineOption schoolsOption(QStringLiteral("schools"),
                                     QStringLiteral("Schools of the city shape (the other shape is one school)."),
                                     QStringLiteral("N"), QStringLiteral("400"));
    QCommandLineOption sqliteOnly(QStringLiteral("sqlite-only"), QStringLiteral("Skip PostgreSQL."));
    parser.addOptions({dbOption, studentsOption, schoolsOption, sqliteOnly});
    parser.process(app);

    if (parser.isSet(dbOption)) {
        for (const QString &text : parser.values(dbOption)) {
            auto url = must(DatabaseUrl::parse(text), "--db");
            auto db = must(Database::open(url), "open");
            must(Migrator(*db).migrate(), "migrate"); // the queue's indexes (migration 0003)
            run(*db, url.redacted());
        }
    } else {
        const int students = parser.value(studentsOption).toInt();
        QList<Dialect> dialects{Dialect::Sqlite};
        if (!parser.isSet(sqliteOnly))
            dialects << Dialect::Postgres;
        for (Dialect dialect : dialects) {
            for (int schools : {1, parser.value(schoolsOption).toInt()}) {
                auto t = test::TestDatabase::create(dialect);
                if (!t || !t->error().isEmpty())
                    qFatal("no %s database: %s", dialect == Dialect::Sqlite ? "SQLite" : "PostgreSQL",
                           t ? qPrintable(t->error()) : "");
                out(QStringLiteral("\n-- generating on %1")
                        .arg(dialect == Dialect::Sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL")));
                generate(t->db(), students, schools);
                run(t->db(), schools == 1 ? QStringLiteral("one school holding all %1 students").arg(students)
                                          : QStringLiteral("a city: %1 students in %2 schools").arg(students).arg(schools));
            }
        }
    }
    out(g_failures == 0 ? QStringLiteral("\nall operations within 50 ms, no full scans")
                        : QStringLiteral("\n%1 problem(s)").arg(g_failures));
    return g_failures == 0 ? 0 : 1;
}
