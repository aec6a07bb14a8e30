// Benchmark (not a test): the central deployment under load, side by side with pgbench.
//
//   tests/bench/bench_central.sh            (starts a private PostgreSQL and runs this)
//   bench_central [--students 300000] [--sessions 50] [--seconds 30] [--source demo|minimal]
//                 [--pgbench-scale 10] [--explain-only] [--one-call | --service] [--rtt 10]
//   (server: COOC_BENCH_PG_URL or COOC_TEST_PG_URL, a superuser URL; pgbench from COOC_TEST_PG_BIN)
//
// 1. A fresh database owned by a role of its own, migrated as that owner (row-level security
//    binds everybody else), filled with a city: the demo generator's (`cooc-desk-cli demo
//    --students N`, the default) or a minimal SQL-generated one.
// 2. `sessions` staff members — half homeroom teachers, half office staff, from different
//    schools — each get a login role and pending binding requests in their scope.
// 3. The queue queries of the binding review (BindingRequestRepository's own SQL) are
//    EXPLAINed as a teacher and as office staff: any sequential scan of a large table is
//    flagged.
// 4. Every session logs in as itself and decides its requests for `seconds`: each decision
//    the full transaction of the binding review — the request (optimistic version check),
//    its event, and on approval the new parent, their account and the binding — plus the
//    audit entry the database chains; a queue page is read every 10 decisions.
// 5. pgbench's built-in TPC-B-like script runs with the same number of clients for the same
//    time on the same server.
// 6. After the load: a decision's reads explained with their generic plans, and the client
//    over a simulated city network (central/link.h).
// The plans' statements are in central/plans.h, the shared pieces in central/common.h.
// Prints decisions/s and p50/p99 latency next to pgbench's, and the CPU time each load cost
// (the server's per decision, the server's and pgbench's per transaction); targets ≥ 50 % of
// pgbench's rate and p99 ≤ 50 ms. Exit code 0 when both targets are met and no plan scans a large table.
#include "../tst_central_fixture.h"
#include "central/common.h"
#include "central/link.h"
#include "central/plans.h"

#include "app/bindingreview/bindingreviewservice.h"
#include "app/central/roleprovisioner.h"
#include "app/parentview/parentviewservice.h"
#include "app/demo/demoschool.h"
#include "models/auditlog.h"
#include "models/bindingrequestrepository.h"
#include "models/schoolyear.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>
#include <atomic>
#include <functional>
#include <mutex>
#include <thread>

#include <sys/resource.h>
#include <unistd.h>

using namespace cooc;
using namespace cooc::test::central;
using namespace cooc::bench::central;

namespace {

// ---- data --------------------------------------------------------------------------------

bool minimalCity(const Database &db, int students, const QString &prefix, int year)
{
    // 3,000 students a school, 30 a class, one homeroom teacher a class, three office staff a school.
    const int schools = std::max(1, students / 3000);
    const int classesPerSchool = 100;
    const QStringList steps = {
        QStringLiteral("INSERT INTO schools (code, name) SELECT '%1s' || g, '第' || g || '國中' FROM generate_series(1, %2) g")
            .arg(prefix)
            .arg(schools),
        QStringLiteral("INSERT INTO offices (school_id, code, name) SELECT id, 'student_affairs', '學務處' FROM schools"),
        QStringLiteral("INSERT INTO classes (school_id, school_year, grade, number, name) SELECT s.id, %1, 7 + c % 3, 1 + c / 3,"
                       " (7 + c % 3)::text || lpad((1 + c / 3)::text, 2, '0') FROM schools s, generate_series(0, %2) c")
            .arg(year)
            .arg(classesPerSchool - 1),
        QStringLiteral("INSERT INTO staff (school_id, name, national_id_hash, national_id_masked) SELECT school_id, 'class:' || id,"
                       " 'th' || id, 'A12****789' FROM classes"),
        QStringLiteral("UPDATE classes c SET homeroom_teacher_id = s.id FROM staff s WHERE s.name = 'class:' || c.id"),
        QStringLiteral("INSERT INTO staff (school_id, office_id, name, national_id_hash, national_id_masked) SELECT o.school_id, o.id,"
                       " 'office:' || o.id || ':' || k, 'oh' || o.id || ':' || k, 'A12****789' FROM offices o, generate_series(1, 3) k"),
        QStringLiteral("INSERT INTO students (name, national_id_hash, national_id_masked) SELECT '學生' || g, 'sh%1' || g, 'B12****789'"
                       " FROM generate_series(1, %2) g")
            .arg(prefix)
            .arg(students),
        QStringLiteral("INSERT INTO enrollments (student_id, school_id, school_year, class_id, seat, student_number, status, start_date)"
                       " SELECT st.id, c.school_id, %1, c.id, 1 + st.rn % 30, 'n' || st.id, 'enrolled', DATE '2026-08-30'"
                       " FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS rn FROM students) st"
                       " JOIN (SELECT id, school_id, row_number() OVER (ORDER BY id) - 1 AS rn FROM classes) c ON c.rn = st.rn / 30")
            .arg(year),
        // History: most families applied once and were approved long ago.
        QStringLiteral("INSERT INTO binding_requests (school_id, student_id, applicant_name, applicant_email, applicant_national_id_hash,"
                       " applicant_national_id_masked, applicant_id_last4, relationship, consent_document, verification_verdict,"
                       " status, submitted_at, decided_at) SELECT e.school_id, e.student_id, '家長', 'old' || e.student_id || '@example.tw',"
                       " 'ph' || e.student_id, 'C12****789', '6789', 'mother', '\\x00'::bytea, 'TOTAL_PASSED', 'approved',"
                       " now() - interval '60 days', now() - interval '59 days' FROM enrollments e WHERE e.student_id % 5 <> 0"),
        QStringLiteral("INSERT INTO leave_types (code, name_zh, name_en) VALUES ('sick', '病假', 'Sick leave')"),
        QStringLiteral("INSERT INTO leave_requests (school_id, student_id, class_id, leave_type_id, start_date, end_date, status, submitted_at)"
                       " SELECT e.school_id, e.student_id, e.class_id, (SELECT id FROM leave_types LIMIT 1), DATE '2026-11-20',"
                       " DATE '2026-11-20', CASE WHEN e.student_id % 7 = 0 THEN 'pending' ELSE 'approved' END, now() - interval '8 days'"
                       " FROM enrollments e WHERE e.student_id % 3 = 0"),
        QStringLiteral("INSERT INTO attendance (student_id, school_id, class_id, date, period, code, recorded_at) SELECT e.student_id,"
                       " e.school_id, e.class_id, DATE '2026-11-20' - (e.student_id % 30)::int, '1', 'sick', now() - interval '8 days'"
                       " FROM enrollments e WHERE e.student_id % 2 = 0"),
    };
    for (const QString &sql : steps) {
        if (!check(db.execDdl(sql), "minimal city"))
            return false;
    }
    return true;
}

// Login roles for the sessions and pending requests in each one's scope.
QList<Session> prepareSessions(Fixture &f, int count, int perSession, int year)
{
    const Database &db = f.owner();
    QList<Session> sessions;
    const int teachers = count / 2;
    auto t = db.exec(QStringLiteral("SELECT DISTINCT ON (c.school_id) c.homeroom_teacher_id, c.school_id, c.id FROM classes c"
                                    " WHERE c.school_year = ? AND c.homeroom_teacher_id IS NOT NULL"
                                    " AND (SELECT count(*) FROM enrollments e WHERE e.class_id = c.id AND e.status = 'enrolled') >= 10"
                                    " ORDER BY c.school_id, c.id"),
                     {year}, Database::Rows::Buffered);
    if (!check(t, "teachers"))
        return {};
    while (t.value().next() && sessions.size() < teachers)
        sessions << Session{t.value().value(0).toLongLong(), t.value().value(1).toLongLong(), t.value().value(2).toLongLong(), true, {}, {}};
    auto o = db.exec(QStringLiteral("SELECT DISTINCT ON (s.school_id) s.id, s.school_id FROM staff s WHERE s.office_id IS NOT NULL"
                                    " AND s.employment_status = 'employed' ORDER BY s.school_id DESC, s.id"),
                     {}, Database::Rows::Buffered);
    if (!check(o, "office staff"))
        return {};
    while (o.value().next() && sessions.size() < count)
        sessions << Session{o.value().value(0).toLongLong(), o.value().value(1).toLongLong(), 0, false, {}, {}};
    if (sessions.size() < count) {
        out << "only " << sessions.size() << " staff members found for " << count << " sessions" << Qt::endl;
        return {};
    }
    central::RoleProvisioner roles(db);
    for (int i = 0; i < sessions.size(); ++i) {
        Session &s = sessions[i];
        s.role = f.prefix() + QStringLiteral("_s%1").arg(i);
        f.adoptRole(s.role);
        const QStringList groups = s.teacher ? central::GroupRole::forStaff(true, {}, false)
                                             : central::GroupRole::forStaff(false, QStringLiteral("student_affairs"), false);
        if (!check(roles.ensureLogin(s.role, Fixture::password(s.role), groups), "login role"))
            return {};
        if (!check(db.exec(QStringLiteral("UPDATE staff SET db_role = ?, employment_status = 'employed' WHERE id = ?"), {s.role, s.staffId}),
                   "link role"))
            return {};
        // Pending requests with a passing signature, for students this session covers.
        const QString scope = s.teacher ? QStringLiteral("e.class_id = %1 AND e.status = 'enrolled' AND e.school_year = %2").arg(s.classId).arg(year)
                                        : QStringLiteral("e.school_id = %1 AND e.status = 'enrolled' AND e.class_id IS NOT NULL AND e.school_year = %2")
                                              .arg(s.schoolId)
                                              .arg(year);
        auto ins = db.exec(QStringLiteral("INSERT INTO binding_requests (school_id, student_id, applicant_name, applicant_email,"
                                          " applicant_national_id_hash, applicant_national_id_masked, applicant_id_last4, relationship,"
                                          " consent_document, verification_verdict, household_result, submitted_at, initial_password_hash)"
                                          " SELECT e.school_id, e.student_id, '申請人', 'bench-' || ? || '-' || g || '@example.tw',"
                                          " 'bh-' || ? || '-' || g, 'C12****789', '6789', 'father', '\\x00'::bytea, 'TOTAL_PASSED', 'MATCH',"
                                          " now() - (g || ' minutes')::interval, 'scrypt$bench'"
                                          " FROM generate_series(1, ?) g CROSS JOIN LATERAL (SELECT e.school_id, e.student_id FROM enrollments e"
                                          " WHERE ")
                               + scope
                               + QStringLiteral(" ORDER BY e.student_id OFFSET (g % 10) LIMIT 1) e RETURNING id"),
                           {s.role, s.role, perSession}, Database::Rows::Buffered);
        if (!check(ins, "pending requests"))
            return {};
        while (ins.value().next())
            s.requests << ins.value().value(0).toLongLong();
        std::sort(s.requests.begin(), s.requests.end(), std::greater<>());
    }
    return sessions;
}

// ---- the load ----------------------------------------------------------------------------

// Where a decision's time goes, summed over every session (microseconds).
enum Step { Begin, Claim, Event, Parent, Account, Binding, Audit, Commit, StepCount };
const char *const kStepNames[StepCount] = {"BEGIN", "UPDATE request", "INSERT event", "INSERT parent", "INSERT account",
                                           "INSERT binding", "INSERT audit", "COMMIT"};

// A session's first decisions also prepare its statements, and PostgreSQL plans a kept
// statement afresh for each of its first five runs (all 50 sessions at the same moment): the
// latency after them is reported on its own as well.
constexpr int kWarmUp = 5;

struct Load
{
    std::atomic<qint64> stepMicros[StepCount] = {};
    std::atomic<qint64> stepCount[StepCount] = {};
    std::atomic_int decisions{0};
    std::atomic_int conflicts{0};
    std::atomic_int errors{0};
    std::mutex mutex;
    QList<double> latencyMs;
    QList<double> warmLatencyMs; // after each session's first kWarmUp decisions
    QList<double> queueMs;
    QString firstError;
};

// --one-call (an experiment, not how the client decides): the same statements as one
// PL/pgSQL function, SECURITY INVOKER, so row-level security, grants and triggers apply
// exactly as to the client's statements, but a decision is one round trip and one
// transaction instead of ten. It measures what the round trips cost under this load.
const char *const kOneCallFunction = R"(
CREATE FUNCTION bench_decide(p_id bigint, p_staff bigint, p_approve boolean, p_at timestamptz, p_login text,
                             p_school bigint) RETURNS boolean
LANGUAGE plpgsql SECURITY INVOKER AS $$
DECLARE
    v_student bigint;
    v_email text;
    v_hash text;
    v_parent bigint;
BEGIN
    UPDATE binding_requests SET status = CASE WHEN p_approve THEN 'approved' ELSE 'rejected' END, decided_by = p_staff,
           decided_at = p_at, decision_reason = CASE WHEN p_approve THEN NULL ELSE 'not the guardian on record' END,
           version = version + 1
    WHERE id = p_id AND version = 1 AND status IN ('pending', 'info_requested')
    RETURNING student_id, applicant_email, applicant_national_id_hash INTO v_student, v_email, v_hash;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    INSERT INTO binding_request_events (request_id, at, actor_staff_id, kind)
    VALUES (p_id, p_at, p_staff, CASE WHEN p_approve THEN 'approved' ELSE 'rejected' END);
    IF p_approve THEN
        INSERT INTO parents (name, email, national_id_hash, national_id_masked, id_last4)
        VALUES ('申請人', v_email, v_hash, 'C12****789', '6789') RETURNING id INTO v_parent;
        INSERT INTO accounts (login, kind, parent_id, password_hash, must_change_password, created_at)
        VALUES (v_email, 'parent', v_parent, 'scrypt$bench', TRUE, p_at);
        INSERT INTO parent_bindings (parent_id, student_id, relationship, request_id, approved_by, approved_at)
        VALUES (v_parent, v_student, 'father', p_id, p_staff, p_at);
    END IF;
    INSERT INTO audit_log (at, school_id, actor_login, actor_staff_id, action, entity, entity_id, detail, prev_hash, hash, chain)
    VALUES (p_at, p_school, p_login, p_staff, CASE WHEN p_approve THEN 'binding.approve' ELSE 'binding.reject' END,
            'binding_request', p_id, '{"bench":true}', '', '', p_school);
    RETURN true;
END
$$;
)";

// How a session decides: the decision's statements as written here (the default); the same
// statements as one function call (--one-call); or through BindingReviewService, as the client
// does — the request's row, the parent/account/binding look-ups, the writes, the audit entry
// (--service).
enum class Mode { Statements, OneCall, Service };

void runSession(const Fixture &f, const Session &s, int year, Mode mode, const QDateTime &until, Load &load)
{
    auto opened = Database::open(f.urlFor(s.role));
    if (!opened) {
        ++load.errors;
        std::lock_guard lock(load.mutex);
        load.firstError = opened.error().detail;
        return;
    }
    const Database &db = *opened.value();
    const BindingRequestRepository repo(db, actorOf(s), year);
    BindingQueueFilter pending;
    pending.status = binding::Status::Pending;
    QList<double> latencies, queue;
    const SystemClock clock;
    QElapsedTimer timer;
    int n = 0;
    auto fail = [&](const Error &e) {
        ++load.errors;
        std::lock_guard lock(load.mutex);
        if (load.firstError.isEmpty())
            load.firstError = e.message + QStringLiteral(" | ") + e.detail;
    };
    for (qint64 id : s.requests) {
        if (QDateTime::currentDateTimeUtc() >= until)
            break;
        if (n % 10 == 0) {
            timer.start();
            auto page = repo.page(pending, 0, 50);
            queue << double(timer.nsecsElapsed()) / 1e6;
            if (!page) {
                fail(page.error());
                continue;
            }
        }
        const bool approve = (n++ % 2) == 0;
        const QDateTime at = QDateTime::currentDateTimeUtc();
        timer.start();
        if (mode == Mode::Service) {
            const BindingReviewService service(db, actorOf(s), clock);
            auto decided = approve ? service.approve(id, 1)
                                   : service.reject(id, 1, binding::RejectReason::RelationshipNotConfirmed,
                                                    QStringLiteral("not the guardian on record"));
            if (!decided) {
                if (decided.error().code == Error::Code::Conflict)
                    ++load.conflicts;
                else
                    fail(decided.error());
                continue;
            }
            latencies << double(timer.nsecsElapsed()) / 1e6;
            ++load.decisions;
            continue;
        }
        if (mode == Mode::OneCall) {
            auto decided = db.scalar(QStringLiteral("SELECT bench_decide(?, ?, ?, ?, ?, ?)"),
                                     {id, s.staffId, approve, db.timestamp(at), actorOf(s).login, s.schoolId});
            if (!decided) {
                fail(decided.error());
                continue;
            }
            if (!decided->toBool()) {
                ++load.conflicts;
                continue;
            }
            latencies << double(timer.nsecsElapsed()) / 1e6;
            ++load.decisions;
            continue;
        }
        QElapsedTimer stepTimer;
        stepTimer.start();
        auto lap = [&](Step step) {
            load.stepMicros[step] += stepTimer.nsecsElapsed() / 1000;
            ++load.stepCount[step];
            stepTimer.restart();
        };
        auto tx = Transaction::begin(db);
        lap(Begin);
        if (!tx) {
            fail(tx.error());
            continue;
        }
        auto claimed = db.exec(QStringLiteral("UPDATE binding_requests SET status = ?, decided_by = ?, decided_at = ?, decision_reason = ?,"
                                              " version = version + 1 WHERE id = ? AND version = 1 AND status IN ('pending', 'info_requested')"
                                              " RETURNING student_id, applicant_email, applicant_national_id_hash"),
                               {approve ? QStringLiteral("approved") : QStringLiteral("rejected"), s.staffId, db.timestamp(at),
                                approve ? QString() : QStringLiteral("not the guardian on record"), id},
                               Database::Rows::Buffered);
        if (!claimed) {
            fail(claimed.error());
            continue;
        }
        lap(Claim);
        if (!claimed.value().next()) {
            ++load.conflicts;
            continue;
        }
        const qint64 student = claimed.value().value(0).toLongLong();
        const QString email = claimed.value().value(1).toString();
        const QString idHash = claimed.value().value(2).toString();
        bool ok = db.insert(QStringLiteral("INSERT INTO binding_request_events (request_id, at, actor_staff_id, kind) VALUES (?, ?, ?, ?)"),
                            {id, db.timestamp(at), s.staffId, approve ? QStringLiteral("approved") : QStringLiteral("rejected")})
                      .ok();
        lap(Event);
        if (ok && approve) {
            auto parent = db.insert(QStringLiteral("INSERT INTO parents (name, email, national_id_hash, national_id_masked, id_last4)"
                                                   " VALUES ('申請人', ?, ?, 'C12****789', '6789')"),
                                    {email, idHash});
            lap(Parent);
            if (!parent) {
                fail(parent.error());
                continue;
            }
            ok = db.insert(QStringLiteral("INSERT INTO accounts (login, kind, parent_id, password_hash, must_change_password, created_at)"
                                          " VALUES (?, 'parent', ?, 'scrypt$bench', TRUE, ?)"),
                           {email, parent.value(), db.timestamp(at)})
                     .ok();
            lap(Account);
            ok = ok
                && db.insert(QStringLiteral("INSERT INTO parent_bindings (parent_id, student_id, relationship, request_id, approved_by,"
                                            " approved_at) VALUES (?, ?, 'father', ?, ?, ?)"),
                             {parent.value(), student, id, s.staffId, db.timestamp(at)})
                       .ok();
            lap(Binding);
        }
        Actor actor = actorOf(s);
        auto audit = ok ? AuditLog(db).append(actor, approve ? QStringLiteral("binding.approve") : QStringLiteral("binding.reject"),
                                              QStringLiteral("binding_request"), id, {{QStringLiteral("bench"), true}}, at)
                        : Result<qint64>(Error::make(Error::Code::Generic, QStringLiteral("decision statement failed")));
        lap(Audit);
        if (!audit) {
            fail(audit.error());
            continue;
        }
        if (Status committed = tx.value()->commit(); !committed) {
            fail(committed.error());
            continue;
        }
        lap(Commit);
        latencies << double(timer.nsecsElapsed()) / 1e6;
        ++load.decisions;
    }
    std::lock_guard lock(load.mutex);
    load.latencyMs += latencies;
    load.warmLatencyMs += latencies.mid(kWarmUp);
    load.queueMs += queue;
}

// ---- CPU time ----------------------------------------------------------------------------

// Busy CPU time so far, in core-seconds: of the whole machine (/proc/stat: everything but idle
// and I/O wait) and of this process (its 50 simulated clients). The server's share of a run is
// the machine's minus this process's, so what a decision costs the server can be set beside
// what a pgbench transaction costs (there the machine's time is the server's and pgbench's).
struct CpuClock
{
    double machine = 0;
    double self = 0;
    static CpuClock now()
    {
        CpuClock c;
        QFile stat(QStringLiteral("/proc/stat"));
        if (stat.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> f = stat.readLine().simplified().split(' '); // cpu user nice system idle iowait irq softirq steal
            double busy = 0;
            for (int i : {1, 2, 3, 6, 7, 8})
                busy += f.value(i).toDouble();
            c.machine = busy / double(sysconf(_SC_CLK_TCK));
        }
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        c.self = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
        return c;
    }
    CpuClock operator-(const CpuClock &earlier) const { return {machine - earlier.machine, self - earlier.self}; }
};

// ---- pgbench -----------------------------------------------------------------------------

struct PgbenchResult
{
    double tps = 0;
    double p50 = 0, p99 = 0;
    double machineCpu = 0; // core-seconds, during the timed run
    QString error;
};

PgbenchResult pgbench(const DatabaseUrl &server, const QString &dbName, int clients, int seconds, int scale)
{
    PgbenchResult r;
    QString bin = qEnvironmentVariable("COOC_TEST_PG_BIN");
    if (bin.isEmpty())
        bin = QStringLiteral("/usr/lib/postgresql/15/bin");
    QTemporaryDir logs;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), server.password);
    const QStringList conn = {QStringLiteral("-h"), server.host, QStringLiteral("-p"), QString::number(server.port),
                              QStringLiteral("-U"), server.user};
    auto run = [&](const QStringList &args, QString *output) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(logs.path());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(bin + QStringLiteral("/pgbench"), conn + args);
        const bool done = p.waitForFinished((seconds + 600) * 1000);
        *output = QString::fromLocal8Bit(p.readAll());
        return done && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    };
    QString text;
    if (!run({QStringLiteral("-i"), QStringLiteral("-q"), QStringLiteral("-s"), QString::number(scale), dbName}, &text)) {
        r.error = text.right(500);
        return r;
    }
    const CpuClock before = CpuClock::now();
    if (!run({QStringLiteral("-c"), QString::number(clients), QStringLiteral("-j"), QStringLiteral("2"), QStringLiteral("-T"),
              QString::number(seconds), QStringLiteral("-l"), QStringLiteral("--log-prefix=pgb"), dbName},
             &text)) {
        r.error = text.right(500);
        return r;
    }
    r.machineCpu = (CpuClock::now() - before).machine;
    static const QRegularExpression tps(QStringLiteral("tps = ([0-9.]+) \\(without initial connection time\\)"));
    const auto m = tps.match(text);
    if (m.hasMatch())
        r.tps = m.captured(1).toDouble();
    QList<double> lat;
    for (const QString &file : QDir(logs.path()).entryList({QStringLiteral("pgb.*")}, QDir::Files)) {
        QFile f(logs.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        while (!f.atEnd()) {
            const QList<QByteArray> fields = f.readLine().simplified().split(' ');
            if (fields.size() >= 3)
                lat << fields.at(2).toDouble() / 1000.0; // µs → ms
        }
    }
    r.p50 = percentile(lat, 0.50);
    r.p99 = percentile(lat, 0.99);
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Central PostgreSQL deployment under load, next to pgbench."));
    parser.addHelpOption();
    const QCommandLineOption studentsOpt(QStringLiteral("students"), QStringLiteral("Students in the city."), QStringLiteral("N"),
                                         QStringLiteral("300000"));
    const QCommandLineOption sessionsOpt(QStringLiteral("sessions"), QStringLiteral("Concurrent staff sessions."), QStringLiteral("N"),
                                         QStringLiteral("50"));
    const QCommandLineOption secondsOpt(QStringLiteral("seconds"), QStringLiteral("Duration of each run."), QStringLiteral("S"),
                                        QStringLiteral("30"));
    const QCommandLineOption perSessionOpt(QStringLiteral("per-session"), QStringLiteral("Pending requests per session."),
                                           QStringLiteral("N"), QStringLiteral("1500"));
    const QCommandLineOption sourceOpt(QStringLiteral("source"), QStringLiteral("demo (the demo generator) or minimal."),
                                       QStringLiteral("SOURCE"), QStringLiteral("demo"));
    const QCommandLineOption scaleOpt(QStringLiteral("pgbench-scale"), QStringLiteral("pgbench -s."), QStringLiteral("N"),
                                      QStringLiteral("10"));
    const QCommandLineOption explainOnlyOpt(QStringLiteral("explain-only"), QStringLiteral("Plans only, no load."));
    const QCommandLineOption timingOpt(QStringLiteral("timing"), QStringLiteral("Per-node timing in the plans."));
    const QCommandLineOption oneCallOpt(QStringLiteral("one-call"),
                                        QStringLiteral("Experiment: each decision as one SECURITY INVOKER function call."));
    const QCommandLineOption serviceOpt(QStringLiteral("service"),
                                        QStringLiteral("Each decision through BindingReviewService, as the client decides."));
    const QCommandLineOption rttOpt(QStringLiteral("rtt"), QStringLiteral("Round trip of the simulated city network, ms."),
                                    QStringLiteral("MS"), QStringLiteral("10"));
    const QCommandLineOption keepOpt(QStringLiteral("keep"), QStringLiteral("Keep the database and roles (for a look with psql)."));
    parser.addOptions({studentsOpt, sessionsOpt, secondsOpt, perSessionOpt, sourceOpt, scaleOpt, explainOnlyOpt, timingOpt, keepOpt, oneCallOpt, serviceOpt, rttOpt});
    parser.process(app);
    QLoggingCategory::setFilterRules(QStringLiteral("cooc.app.info=false")); // one line per decision otherwise
    const int students = parser.value(studentsOpt).toInt();
    const int sessionCount = parser.value(sessionsOpt).toInt();
    const int seconds = parser.value(secondsOpt).toInt();
    const int perSession = parser.value(perSessionOpt).toInt();

    QString server = qEnvironmentVariable("COOC_BENCH_PG_URL");
    if (server.isEmpty())
        server = qEnvironmentVariable("COOC_TEST_PG_URL");
    if (server.isEmpty()) {
        out << "Set COOC_BENCH_PG_URL (a superuser URL) or run tests/bench/bench_central.sh." << Qt::endl;
        return 2;
    }
    qputenv("COOC_TEST_PG_URL", server.toUtf8());
    const DatabaseUrl serverUrl = DatabaseUrl::parse(server).value();

    QElapsedTimer phase;
    phase.start();
    auto f = Fixture::create();
    if (!f->error().isEmpty()) {
        out << "setup failed: " << f->error() << Qt::endl;
        return 2;
    }
    const int year = SchoolYear::fromDate(QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date());
    out << "database " << f->testDatabase().url().databaseName << ", owner " << f->ownerRole() << ", school year " << year << Qt::endl;
    if (parser.value(sourceOpt) == QLatin1String("minimal")) {
        if (!minimalCity(f->owner(), students, f->prefix(), year))
            return 2;
    } else {
        DemoOptions options;
        options.students = students;
        qint64 lastReport = 0;
        auto progress = [&](qint64 done, qint64 total, const QString &step) {
            if (phase.elapsed() - lastReport > 15'000) {
                lastReport = phase.elapsed();
                out << "  demo " << done << "/" << total << " " << step << Qt::endl;
            }
        };
        auto generated = DemoSchool::generate(f->owner(), options, progress);
        if (!generated) {
            out << "demo generator failed: " << generated.error().message << " | " << generated.error().detail << Qt::endl;
            return 2;
        }
        out << "demo: " << generated->schools << " schools, " << generated->students << " students, " << generated->staff << " staff, "
            << generated->bindingRequests << " binding requests, " << generated->rows << " rows" << Qt::endl;
    }
    out << "city generated in " << phase.elapsed() / 1000 << " s" << Qt::endl;
    phase.restart();
    QList<Session> sessions = prepareSessions(*f, sessionCount, perSession, year);
    if (sessions.isEmpty())
        return 2;
    (void)f->superuser().execDdl(QStringLiteral("ANALYZE"));
    out << sessions.size() << " sessions with " << perSession << " pending requests each, prepared in " << phase.elapsed() / 1000 << " s"
        << Qt::endl;
    for (const char *table : {"students", "enrollments", "binding_requests", "parents", "audit_log"})
        out << "  " << table << ": "
            << f->owner().scalar(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table)).value().toLongLong() << " rows"
            << Qt::endl;

    // Plans, as a teacher and as office staff.
    int scans = 0;
    for (const Session *s : {&sessions.first(), &sessions.last()}) {
        auto db = f->connectAs(s->role);
        if (!db)
            return 2;
        scans += explain(*db, *s, queueStatements(*db, *s, year, QStringLiteral("學生1")), parser.isSet(timingOpt));
    }
    out << "\nsequential scans of large tables in the queue plans: " << scans << Qt::endl;
    if (parser.isSet(keepOpt)) {
        out << "kept: database " << f->testDatabase().url().databaseName << "; roles " << sessions.first().role << " … "
            << sessions.last().role << " (teacher first), password pw-<role>" << Qt::endl;
        std::_Exit(scans == 0 ? 0 : 1); // skip the fixture's clean-up
    }
    if (parser.isSet(explainOnlyOpt))
        return scans == 0 ? 0 : 1;

    // The load.
    const Mode mode = parser.isSet(serviceOpt) ? Mode::Service : parser.isSet(oneCallOpt) ? Mode::OneCall : Mode::Statements;
    if (mode == Mode::Service)
        out << "decisions through BindingReviewService (--service)" << Qt::endl;
    if (mode == Mode::OneCall) {
        if (Status created = f->owner().execDdl(QString::fromUtf8(kOneCallFunction)); !created) {
            out << "bench_decide: " << created.error().detail << Qt::endl;
            return 2;
        }
        out << "decisions as one function call each (--one-call)" << Qt::endl;
    }
    Load load;
    const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(seconds);
    QElapsedTimer wall;
    wall.start();
    const CpuClock cpuBefore = CpuClock::now();
    std::vector<std::thread> threads;
    for (const Session &s : std::as_const(sessions))
        threads.emplace_back(runSession, std::cref(*f), std::cref(s), year, mode, until, std::ref(load));
    for (std::thread &t : threads)
        t.join();
    const CpuClock cpu = CpuClock::now() - cpuBefore;
    const double elapsed = double(wall.nsecsElapsed()) / 1e9;
    const double rate = load.decisions / elapsed;
    const double p50 = percentile(load.latencyMs, 0.50), p99 = percentile(load.latencyMs, 0.99);
    auto chain = AuditLog(f->owner()).verifyChain();

    // What a decision reads, as a teacher and as office staff, now that parents and accounts exist.
    (void)f->superuser().execDdl(QStringLiteral("ANALYZE"));
    for (const Session *s : {&sessions.first(), &sessions.last()}) {
        auto db = f->connectAs(s->role);
        if (!db)
            return 2;
        const QList<Statement> reads = decisionStatements(f->owner(), *s, year, s->requests.first());
        if (reads.isEmpty()) {
            out << "FAILED to read request " << s->requests.first() << Qt::endl;
            return 2;
        }
        scans += explain(*db, *s, reads, parser.isSet(timingOpt));
    }
    for (const Session *s : {&sessions.first(), &sessions.last()})
        measureOverLink(*f, *s, year, parser.value(rttOpt).toInt());

    // pgbench on the same server, same clients, same duration.
    const QString pgbenchDb = f->prefix() + QStringLiteral("_pgbench");
    (void)f->superuser().execDdl(QStringLiteral("CREATE DATABASE ") + pgbenchDb);
    const PgbenchResult pg = pgbench(serverUrl, pgbenchDb, sessionCount, seconds, parser.value(scaleOpt).toInt());
    (void)f->superuser().execDdl(QStringLiteral("DROP DATABASE IF EXISTS ") + pgbenchDb + QStringLiteral(" WITH (FORCE)"));

    out << "\n== " << sessionCount << " sessions, " << seconds << " s, " << students << " students ==\n"
        << QStringLiteral("CooC decisions: %1 in %2 s = %3 decisions/s; latency p50 %4 ms, p99 %5 ms; queue page p99 %6 ms;"
                          " %7 conflicts, %8 errors")
               .arg(load.decisions.load())
               .arg(elapsed, 0, 'f', 1)
               .arg(rate, 0, 'f', 1)
               .arg(p50, 0, 'f', 1)
               .arg(p99, 0, 'f', 1)
               .arg(percentile(load.queueMs, 0.99), 0, 'f', 1)
               .arg(load.conflicts.load())
               .arg(load.errors.load())
        << "\n"
        << QStringLiteral("  after each session's first %1 decisions: p50 %2 ms, p99 %3 ms\n")
               .arg(kWarmUp)
               .arg(percentile(load.warmLatencyMs, 0.50), 0, 'f', 1)
               .arg(percentile(load.warmLatencyMs, 0.99), 0, 'f', 1);
    if (!load.firstError.isEmpty())
        out << "  first error: " << load.firstError << "\n";
    out << "  mean time per step:";
    for (int i = 0; i < StepCount; ++i)
        out << QStringLiteral(" %1 %2 ms;").arg(QString::fromLatin1(kStepNames[i]))
                   .arg(load.stepCount[i] ? double(load.stepMicros[i]) / double(load.stepCount[i]) / 1000.0 : 0.0, 0, 'f', 2);
    out << "\n";
    out << "audit chain after the run: "
        << (chain && chain->firstBrokenId == 0 ? QStringLiteral("intact, %1 entries").arg(chain->checked) : QStringLiteral("BROKEN"))
        << "\n";
    if (!pg.error.isEmpty())
        out << "pgbench failed: " << pg.error << "\n";
    else
        out << QStringLiteral("pgbench TPC-B-like: %1 tps; latency p50 %2 ms, p99 %3 ms").arg(pg.tps, 0, 'f', 1).arg(pg.p50, 0, 'f', 1).arg(pg.p99, 0, 'f', 1)
            << "\n";
    const int cores = std::max(1, QThread::idealThreadCount());
    if (load.decisions > 0 && pg.tps > 0)
        out << QStringLiteral("CPU (core-seconds of %1): decisions %2 (the %3 simulated clients %4, the rest — the server —"
                              " %5): %6 ms of server per decision; pgbench %7 (server and pgbench): %8 ms per transaction\n")
                   .arg(cores * elapsed, 0, 'f', 1)
                   .arg(cpu.machine, 0, 'f', 1)
                   .arg(sessionCount)
                   .arg(cpu.self, 0, 'f', 1)
                   .arg(cpu.machine - cpu.self, 0, 'f', 1)
                   .arg((cpu.machine - cpu.self) * 1000 / load.decisions, 0, 'f', 2)
                   .arg(pg.machineCpu, 0, 'f', 1)
                   .arg(pg.machineCpu * 1000 / (pg.tps * seconds), 0, 'f', 2);
    const double ratio = pg.tps > 0 ? rate / pg.tps : 0;
    const bool rateOk = ratio >= 0.5, latencyOk = p99 <= 50.0;
    out << QStringLiteral("ratio %1 % of pgbench (target ≥ 50 %): %2; p99 %3 ms (target ≤ 50 ms): %4; plans: %5")
               .arg(ratio * 100, 0, 'f', 0)
               .arg(rateOk ? QStringLiteral("met") : QStringLiteral("MISSED"))
               .arg(p99, 0, 'f', 1)
               .arg(latencyOk ? QStringLiteral("met") : QStringLiteral("MISSED"))
               .arg(scans == 0 ? QStringLiteral("no sequential scans") : QStringLiteral("%1 SEQUENTIAL SCANS").arg(scans))
        << Qt::endl;
    return rateOk && latencyOk && scans == 0 && load.errors == 0 ? 0 : 1;
}
