// The client in central mode: two colleagues deciding the same request at once, a backend
// killed mid-decision, a COMMIT whose answer never arrives, the reconnect loop with its
// status, and a second query while a forward-only query streams.
#include "tst_central_proxy.h"
#include "tst_central_world.h"

#include "app/central/connectionmonitor.h"
#include "app/central/decisionprobe.h"
#include "app/bindingreview/bindingreviewservice.h"
#include "app/bindingreview/fasttrackrunner.h"
#include "models/auditlog.h"
#include "models/schoolyear.h"
#include "support/bindingrows.h"
#include "models/clock.h"

#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <thread>

using namespace cooc;
using namespace cooc::central;
using namespace cooc::test::central;

namespace {

// One decision as the binding review writes it: optimistic version check, audit entry in the
// same transaction. Returns 1 when this client won, 0 when someone else had decided first,
// -1 on an error (with the error).
int decide(const Database &db, qint64 requestId, qint64 staffId, qint64 schoolId, const QString &login, const QDateTime &at,
           Error *error = nullptr)
{
    auto tx = Transaction::begin(db);
    if (!tx) {
        if (error)
            *error = tx.error();
        return -1;
    }
    auto q = db.exec(QStringLiteral("UPDATE binding_requests SET status = 'approved', decided_by = ?, decided_at = ?,"
                                    " version = version + 1 WHERE id = ? AND version = 1 AND status IN ('pending', 'info_requested')"),
                     {staffId ? QVariant(staffId) : QVariant(QMetaType::fromType<qint64>()), db.timestamp(at), requestId});
    if (!q) {
        if (error)
            *error = q.error();
        return -1;
    }
    if (q.value().numRowsAffected() != 1)
        return 0; // the transaction rolls back
    Actor actor = staffId ? Actor() : Actor::system();
    actor.staffId = staffId;
    actor.schoolId = schoolId;
    actor.login = login;
    auto audit = AuditLog(db).append(actor, QStringLiteral("binding.approve"), QStringLiteral("binding_request"), requestId, {}, at);
    if (!audit) {
        if (error)
            *error = audit.error();
        return -1;
    }
    if (Status committed = tx.value()->commit(); !committed) {
        if (error)
            *error = committed.error();
        return -1;
    }
    return 1;
}

// A staff member of school X as their login makes them; the two colleagues below add their role.
Actor staffActorX(const World &w, qint64 staffId, const QString &name, Actor::Role role)
{
    Actor a;
    a.staffId = staffId;
    a.schoolId = w.schoolX;
    a.login = w.roleOf.value(staffId);
    a.displayName = name;
    a.roles = {role};
    return a;
}

Actor teacherActor(const World &w)
{
    Actor a = staffActorX(w, w.teacherA, QStringLiteral("老師1"), Actor::Role::HomeroomTeacher);
    a.homeroomClassIds = {w.class801};
    return a;
}

Actor officeActor(const World &w)
{
    Actor a = staffActorX(w, w.officeStaffX, QStringLiteral("老師3"), Actor::Role::OfficeStaff);
    a.officeId = w.officeX;
    a.officeCode = QStringLiteral("student_affairs");
    return a;
}

qint64 backendPid(const Database &db)
{
    return db.scalar(QStringLiteral("SELECT pg_backend_pid()")).value().toLongLong();
}

} // namespace

class TestCentralClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void concurrentDecisionsExactlyOneWins_data() { test::addDialectRows(); }
    void concurrentDecisionsExactlyOneWins();
    void terminatedBackendLeavesNothingPartial();
    void lostCommitReplyIsFoundCommitted();
    void decisionOutcomeOnSqlite();
    void teacherApprovesThroughTheService();
    void teacherToldWhyUnderRowLevelSecurity();
    void strangersRequestDoesNotRevealAParent();
    void colleaguesDecidingThroughTheServiceOneWins();
    void backendTerminatedDuringTheDecisionCall();
    void fastTrackAfterALostConnection_data();
    void fastTrackAfterALostConnection();
    void monitorGoesOfflineAndComesBack();
    void monitorStopsWhenTheServerRefusesTheLogin();
    void streamingQueryNeedsItsOwnConnection();

private:
    std::unique_ptr<Fixture> m_f;
    World m_w;
};

void TestCentralClient::initTestCase()
{
    m_f = Fixture::create();
    QVERIFY2(m_f->error().isEmpty(), qPrintable(m_f->error()));
    m_w = World::build(*m_f);
    QVERIFY2(m_w.error.isEmpty(), qPrintable(m_w.error));
}

void TestCentralClient::cleanupTestCase()
{
    m_f.reset();
}

void TestCentralClient::concurrentDecisionsExactlyOneWins()
{
    QFETCH(Dialect, dialect);
    constexpr int kRounds = 40;
    std::unique_ptr<test::TestDatabase> sqlite;
    QList<qint64> requests;
    // PostgreSQL: two office colleagues, each logged in as themselves. SQLite: two connections.
    DatabaseUrl urls[2];
    qint64 staff[2] = {0, 0};
    QString logins[2];
    qint64 school = 0;
    if (dialect == Dialect::Postgres) {
        for (int i = 0; i < kRounds; ++i)
            requests << m_w.request(m_f->owner(), m_w.schoolX, m_w.s1);
        staff[0] = m_w.officeStaffX;
        staff[1] = m_w.adminX;
        for (int i = 0; i < 2; ++i) {
            logins[i] = m_w.roleOf.value(staff[i]);
            urls[i] = m_f->urlFor(logins[i]);
        }
        school = m_w.schoolX;
    } else {
        sqlite = test::TestDatabase::create(dialect);
        QVERIFY(sqlite->error().isEmpty());
        const Database &db = sqlite->db();
        auto s = db.insert(QStringLiteral("INSERT INTO schools (code, name) VALUES ('x', 'x')"), {});
        auto st = db.insert(QStringLiteral("INSERT INTO students (name, national_id_hash, national_id_masked) VALUES ('x', 'h', 'm')"), {});
        QVERIFY(s.ok() && st.ok());
        for (int i = 0; i < 2; ++i) {
            auto id = db.insert(QStringLiteral("INSERT INTO staff (school_id, name, national_id_hash, national_id_masked)"
                                               " VALUES (?, ?, ?, 'm')"),
                                {s.value(), QStringLiteral("staff%1").arg(i), QStringLiteral("h%1").arg(i)});
            QVERIFY(id.ok());
            staff[i] = id.value();
            logins[i] = QStringLiteral("staff%1").arg(i);
            urls[i] = sqlite->url();
        }
        school = s.value();
        World w;
        for (int i = 0; i < kRounds; ++i)
            requests << w.request(db, s.value(), st.value());
        QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
    }
    QVERIFY2(m_w.error.isEmpty(), qPrintable(m_w.error));

    // Two threads, each with its own connection, released together for every request. Each
    // has its own "go" so that a fast one cannot take the slow one's permit of the same round.
    QSemaphore ready, go[2];
    std::atomic_int errors{0};
    QList<int> won[2];
    QString firstError;
    std::mutex errorMutex;
    auto worker = [&](int who) {
        auto db = Database::open(urls[who]);
        if (!db) {
            ++errors;
            for (int i = 0; i < kRounds; ++i) {
                ready.release();
                go[who].acquire();
            }
            return;
        }
        for (int i = 0; i < kRounds; ++i) {
            ready.release();
            go[who].acquire();
            Error error;
            const int r = decide(*db.value(), requests.at(i), staff[who], school, logins[who], QDateTime::currentDateTimeUtc(), &error);
            if (r < 0) {
                ++errors;
                std::lock_guard lock(errorMutex);
                if (firstError.isEmpty())
                    firstError = error.message + QLatin1Char(' ') + error.detail;
            }
            won[who] << r;
        }
    };
    std::thread a(worker, 0), b(worker, 1);
    for (int i = 0; i < kRounds; ++i) {
        ready.acquire(2);
        go[0].release();
        go[1].release();
    }
    a.join();
    b.join();
    QVERIFY2(errors == 0, qPrintable(firstError));
    const Database &check = dialect == Dialect::Postgres ? m_f->superuser() : sqlite->db();
    int wins[2] = {0, 0};
    for (int i = 0; i < kRounds; ++i) {
        QVERIFY2(won[0].at(i) + won[1].at(i) == 1, qPrintable(QStringLiteral("request %1: %2 + %3").arg(i).arg(won[0].at(i)).arg(won[1].at(i))));
        const int winner = won[0].at(i) == 1 ? 0 : 1;
        ++wins[winner];
        // The loser can tell who decided: the row names the winner, version moved once.
        QCOMPARE(ids(check, QStringLiteral("SELECT decided_by FROM binding_requests WHERE id = ? AND version = 2"), {requests.at(i)}),
                 QList<qint64>{staff[winner]});
        QCOMPARE(ids(check, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'binding_request' AND entity_id = ?"),
                     {requests.at(i)}),
                 QList<qint64>{1});
    }
    qInfo("%s: %d rounds, wins %d / %d", dialect == Dialect::Postgres ? "postgresql" : "sqlite", kRounds, wins[0], wins[1]);
    auto chain = AuditLog(dialect == Dialect::Postgres ? m_f->owner() : sqlite->db()).verifyChain();
    QVERIFY(chain.ok() && chain->firstBrokenId == 0);
}

void TestCentralClient::terminatedBackendLeavesNothingPartial()
{
    const QString email = QStringLiteral("killed.%1@example.tw").arg(m_f->prefix());
    const qint64 r = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1, QStringLiteral("TOTAL_PASSED"), email);
    auto db = m_f->connectAs(m_w.roleOf.value(m_w.teacherA));
    QVERIFY(db);
    ConnectionMonitor::Policy policy;
    policy.firstDelay = std::chrono::milliseconds(20);
    policy.heartbeat = std::chrono::milliseconds(0);
    ConnectionMonitor monitor(policy);
    monitor.watch(*db);
    QSignalSpy reconnected(&monitor, &ConnectionMonitor::reconnected);

    // The approval is half written — request, parent — when an administrator kills the backend.
    const QDateTime at = QDateTime::currentDateTimeUtc();
    auto tx = Transaction::begin(*db);
    QVERIFY(tx.ok());
    QVERIFY(db->exec(QStringLiteral("UPDATE binding_requests SET status = 'approved', decided_by = ?, decided_at = ?,"
                                    " version = version + 1 WHERE id = ? AND version = 1"),
                     {m_w.teacherA, at, r}).ok());
    QVERIFY(db->insert(QStringLiteral("INSERT INTO parents (name, email, national_id_hash, national_id_masked, id_last4)"
                                      " VALUES ('x', ?, ?, 'm', '6789')"),
                       {email, QString(QStringLiteral("hash-") + email)}).ok());
    Actor actor;
    actor.staffId = m_w.teacherA;
    actor.schoolId = m_w.schoolX;
    actor.login = m_w.roleOf.value(m_w.teacherA);
    QVERIFY(AuditLog(*db).append(actor, QStringLiteral("binding.approve"), QStringLiteral("binding_request"), r, {}, at).ok());
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT pg_terminate_backend(?)::int"), {backendPid(*db)}), QList<qint64>{1});

    const Status committed = tx.value()->commit();
    QVERIFY(!committed.ok());
    QCOMPARE(committed.error().code, Error::Code::Unavailable);
    monitor.report(committed.error());
    QVERIFY(monitor.state() != ConnectionMonitor::State::Connected);
    QTRY_COMPARE_WITH_TIMEOUT(reconnected.count(), 1, 10'000);
    QCOMPARE(monitor.state(), ConnectionMonitor::State::Connected);

    // The same Database object works again, and knows what happened: not saved.
    auto outcome = decisionOutcome(*db, {QStringLiteral("binding.approve"), QStringLiteral("binding_request"), r, m_w.teacherA, at});
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().detail));
    QCOMPARE(outcome.value(), DecisionOutcome::NotCommitted);
    QVERIFY(describe(outcome.value()).contains(QStringLiteral("NOT saved")));
    // Nothing partial: request untouched, no parent, no audit entry.
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT version FROM binding_requests WHERE id = ? AND status = 'pending'"), {r}),
             QList<qint64>{1});
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM parents WHERE email = ?"), {email}), QList<qint64>{0});
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_id = ? AND entity = 'binding_request'"), {r}),
             QList<qint64>{0});
    // The user submits again: it goes through.
    QCOMPARE(decide(*db, r, m_w.teacherA, m_w.schoolX, actor.login, QDateTime::currentDateTimeUtc()), 1);
}

void TestCentralClient::lostCommitReplyIsFoundCommitted()
{
    const qint64 r = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1);
    const DatabaseUrl direct = m_f->urlFor(m_w.roleOf.value(m_w.officeStaffX));
    CutProxy proxy(direct.host, quint16(direct.port));
    DatabaseUrl viaProxy = direct;
    viaProxy.port = proxy.port();
    viaProxy.options.insert(QStringLiteral("sslmode"), QStringLiteral("disable"));
    auto opened = Database::open(viaProxy);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().detail));
    std::unique_ptr<Database> db = std::move(opened).value();
    ConnectionMonitor::Policy policy;
    policy.firstDelay = std::chrono::milliseconds(20);
    policy.heartbeat = std::chrono::milliseconds(0);
    ConnectionMonitor monitor(policy);
    monitor.watch(*db);
    QSignalSpy reconnected(&monitor, &ConnectionMonitor::reconnected);

    // The server commits; the line is cut before the client hears it.
    proxy.armCutAfterCommit();
    const QDateTime at = QDateTime::currentDateTimeUtc();
    Error error;
    QCOMPARE(decide(*db, r, m_w.officeStaffX, m_w.schoolX, m_w.roleOf.value(m_w.officeStaffX), at, &error), -1);
    QVERIFY(proxy.cutHappened());
    QCOMPARE(error.code, Error::Code::Unavailable);
    monitor.report(error);
    QTRY_COMPARE_WITH_TIMEOUT(reconnected.count(), 1, 10'000);
    auto outcome = decisionOutcome(*db, {QStringLiteral("binding.approve"), QStringLiteral("binding_request"), r, m_w.officeStaffX, at});
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().detail));
    QCOMPARE(outcome.value(), DecisionOutcome::Committed);
    QVERIFY(describe(outcome.value()).contains(QStringLiteral("was saved")));
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT version FROM binding_requests WHERE id = ? AND status = 'approved'"), {r}),
             QList<qint64>{2});
    monitor.unwatch(*db);
}

void TestCentralClient::decisionOutcomeOnSqlite()
{
    auto t = test::TestDatabase::create(Dialect::Sqlite);
    QVERIFY(t->error().isEmpty());
    const QDateTime at(QDate(2026, 11, 28), QTime(9, 30, 15, 123), Qt::UTC);
    const DecisionKey key{QStringLiteral("leave.approve"), QStringLiteral("leave_request"), 5, 0, at};
    QCOMPARE(decisionOutcome(t->db(), key).value(), DecisionOutcome::NotCommitted);
    QVERIFY(AuditLog(t->db()).append(Actor::system(), key.action, key.entity, key.entityId, {}, at).ok());
    QCOMPARE(decisionOutcome(t->db(), key).value(), DecisionOutcome::Committed);
    DecisionKey other = key;
    other.sentAt = at.addMSecs(-1); // sent just before its entry was stamped: that entry is the proof
    QCOMPARE(decisionOutcome(t->db(), other).value(), DecisionOutcome::Committed);
    other.sentAt = at.addMSecs(1); // an entry from before the decision was sent is another decision
    QCOMPARE(decisionOutcome(t->db(), other).value(), DecisionOutcome::NotCommitted);
    other = key;
    other.actorStaffId = 77; // somebody else's decision on the same request is not mine
    QCOMPARE(decisionOutcome(t->db(), other).value(), DecisionOutcome::NotCommitted);
    other = key;
    other.action.clear();
    QCOMPARE(decisionOutcome(t->db(), other).error().code, Error::Code::InvalidInput);
}

void TestCentralClient::teacherApprovesThroughTheService()
{
    // The client's own approval, as a homeroom teacher logged in as themselves: every read and
    // write under row-level security, the policies' checks and the triggers.
    auto db = m_f->connectAs(m_w.roleOf.value(m_w.teacherA));
    QVERIFY(db);
    const SystemClock clock;
    const BindingReviewService service(*db, teacherActor(m_w), clock);
    const auto withPassword = [&](qint64 request) {
        QVERIFY(m_f->owner().change(QStringLiteral("UPDATE binding_requests SET initial_password_hash = 'scrypt$x'"
                                                   " WHERE id = ?"),
                                    {request}).ok());
    };

    const qint64 fresh = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1, QStringLiteral("TOTAL_PASSED"),
                                     QStringLiteral("Fresh.Parent@example.tw"));
    withPassword(fresh);
    auto approved = service.approve(fresh, 1);
    QVERIFY2(approved.ok(), qPrintable(approved.ok() ? QString() : approved.error().message + approved.error().detail));
    QVERIFY(approved->parentCreated && approved->accountCreated);
    QCOMPARE(m_f->owner().scalar(QStringLiteral("SELECT login FROM accounts WHERE id = ?"), {approved->accountId})
                 .value().toString(),
             QStringLiteral("fresh.parent@example.tw"));

    // A login the teacher cannot see (a staff account of another school) is taken: the look-up
    // misses it under row-level security, the UNIQUE constraint refuses the account, and the
    // teacher is told so in the look-up's words — not "someone else changed this record".
    QVERIFY(m_f->owner().insert(QStringLiteral("INSERT INTO accounts (login, kind, staff_id, password_hash, created_at)"
                                               " VALUES ('hidden.login@example.tw', 'staff', ?, 'x', now())"),
                                {m_w.officeStaffY}).ok());
    const qint64 hidden = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1, QStringLiteral("TOTAL_PASSED"),
                                      QStringLiteral("Hidden.Login@example.tw"));
    withPassword(hidden);
    auto refused = service.approve(hidden, 1);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QVERIFY2(refused.error().message.contains(QLatin1String("login hidden.login@example.tw is already used")),
             qPrintable(refused.error().message));
    QCOMPARE(m_f->owner().scalar(QStringLiteral("SELECT status FROM binding_requests WHERE id = ?"), {hidden})
                 .value().toString(),
             QStringLiteral("pending"));
    QCOMPARE(m_f->owner().scalar(QStringLiteral("SELECT count(*) FROM parents WHERE email_key = 'hidden.login@example.tw'"))
                 .value().toInt(),
             0);

    // Likewise a parent on record the teacher cannot see, whose e-mail differs only in case:
    // refused (0017's unique index on the lower-case e-mail), not a second parent.
    QVERIFY(m_f->owner().insert(QStringLiteral("INSERT INTO parents (name, email, national_id_hash, national_id_masked, id_last4)"
                                               " VALUES ('林家長', 'Hidden.Parent@Example.TW', 'hidden-parent', 'B12****000', '0000')"),
                                {}).ok());
    const qint64 twin = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1, QStringLiteral("TOTAL_PASSED"),
                                    QStringLiteral("hidden.parent@example.tw"));
    withPassword(twin);
    refused = service.approve(twin, 1);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QVERIFY2(refused.error().message.contains(QLatin1String("hidden.parent@example.tw is already the login of another parent")),
             qPrintable(refused.error().message));
    QCOMPARE(m_f->owner().scalar(QStringLiteral("SELECT count(*) FROM parents WHERE email_key = 'hidden.parent@example.tw'"))
                 .value().toInt(),
             1);
}

void TestCentralClient::teacherToldWhyUnderRowLevelSecurity()
{
    // 陳四 transferred out of 801 this year: under row-level security teacher A's connection sees
    // neither his request nor the ended enrollment. Through 0022 she is told what became of him;
    // teacher B (802), who never had him, learns nothing, and cannot ask the database directly.
    const qint64 request = m_w.request(m_f->owner(), m_w.schoolX, m_w.sTransferred);
    QVERIFY(m_f->owner()
                .change(QStringLiteral("UPDATE enrollments SET end_date = '2026-11-20' WHERE student_id = ?"),
                        {m_w.sTransferred})
                .ok());
    auto a = m_f->connectAs(m_w.roleOf.value(m_w.teacherA));
    QVERIFY(a);
    const SystemClock clock;
    const BindingReviewService teacher(*a, teacherActor(m_w), clock);
    auto refused = teacher.approve(request, 1);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
    QVERIFY2(refused.error().message.contains(QStringLiteral("陳四 transferred out of this school on 2026/11/20")),
             qPrintable(refused.error().message));
    // The same when he left between her reading the request and her decision: a lost claim
    // asks who decided (decisionStamp), and the request has vanished from her sight.
    const BindingRequestRepository repository(*a, teacherActor(m_w), SchoolYear::fromDate(clock.schoolToday()));
    auto stamp = repository.decisionStamp(request);
    QVERIFY(!stamp.ok());
    QCOMPARE(stamp.error().code, Error::Code::PermissionDenied);
    QVERIFY2(stamp.error().message.contains(QStringLiteral("陳四 transferred out of this school on 2026/11/20")),
             qPrintable(stamp.error().message));

    // A request about him that is no longer waiting (decided, or filed after he left and
    // decided by the office) was never hers to be told about.
    const qint64 decided = m_w.request(m_f->owner(), m_w.schoolX, m_w.sTransferred);
    const auto withdrawn = m_f->owner().change(QStringLiteral("UPDATE binding_requests SET status = 'withdrawn',"
                                                              " version = version + 1 WHERE id = ?"),
                                               {decided});
    QVERIFY2(withdrawn.ok(), qPrintable(withdrawn.ok() ? QString() : withdrawn.error().message + withdrawn.error().detail));
    auto closed = teacher.approve(decided, 1);
    QVERIFY(!closed.ok());
    QVERIFY2(!closed.error().message.contains(QStringLiteral("陳四")), qPrintable(closed.error().message));

    Actor otherTeacher = staffActorX(m_w, m_w.teacherB, QStringLiteral("老師2"), Actor::Role::HomeroomTeacher);
    otherTeacher.homeroomClassIds = {m_w.class802};
    auto b = m_f->connectAs(m_w.roleOf.value(m_w.teacherB));
    QVERIFY(b);
    const BindingReviewService teacherB(*b, otherTeacher, clock);
    auto unknown = teacherB.approve(request, 1);
    QVERIFY(!unknown.ok());
    QVERIFY2(!unknown.error().message.contains(QStringLiteral("陳四"))
                 && !unknown.error().message.contains(QLatin1String("transferred")),
             qPrintable(unknown.error().message));
    auto direct = b->row(QStringLiteral("SELECT student_name FROM cooc_binding_request_departure(?)"), {request});
    QVERIFY2(direct.ok() && !direct.value(), "teacher B must get no row");
    // Office staff see the request anyway; the function is not theirs to call.
    auto office = m_f->connectAs(m_w.roleOf.value(m_w.officeStaffX));
    QVERIFY(office);
    QVERIFY(!office->row(QStringLiteral("SELECT student_name FROM cooc_binding_request_departure(?)"), {request}).ok());
    QCOMPARE(m_f->owner().scalar(QStringLiteral("SELECT status FROM binding_requests WHERE id = ?"), {request})
                 .value().toString(),
             QStringLiteral("pending"));
}

void TestCentralClient::strangersRequestDoesNotRevealAParent()
{
    // Anybody may apply with someone else's e-mail address. A request at school X for 陳一 with
    // the address of 家長3 (whose child is at school Y) shows teacher A nothing of 家長3, and
    // approving it is refused as the address being another parent's (the unique e-mail key).
    const qint64 r = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1, QStringLiteral("TOTAL_PASSED"),
                                 QStringLiteral("p3@example.tw"));
    QVERIFY(m_f->owner().change(QStringLiteral("UPDATE binding_requests SET initial_password_hash = 'scrypt$x' WHERE id = ?"),
                                {r}).ok());
    auto a = m_f->connectAs(m_w.roleOf.value(m_w.teacherA));
    QVERIFY(a);
    QCOMPARE(ids(*a, QStringLiteral("SELECT id FROM parents WHERE id = ?"), {m_w.p3}), QList<qint64>{});
    const SystemClock clock;
    const BindingReviewService teacher(*a, teacherActor(m_w), clock);
    auto refused = teacher.approve(r, 1);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("already the login of another parent")),
             qPrintable(refused.error().message));
    QCOMPARE(m_f->owner().scalar(QStringLiteral("SELECT status FROM binding_requests WHERE id = ?"), {r}).value().toString(),
             QStringLiteral("pending"));
}

void TestCentralClient::colleaguesDecidingThroughTheServiceOneWins()
{
    // The client's own path, each colleague logged in as themselves (row-level security, the
    // guard and audit triggers, the decision in one call): a homeroom teacher and an office
    // colleague decide the same request at the same moment, many times over — both approving,
    // or (every other round) the office rejecting. Exactly one decision each time; the other
    // is told who decided; nothing of the loser is written.
    constexpr int kRounds = 16;
    const std::array<DatabaseUrl, 2> urls = {m_f->urlFor(m_w.roleOf.value(m_w.teacherA)),
                                             m_f->urlFor(m_w.roleOf.value(m_w.officeStaffX))};
    const Actor actors[2] = {teacherActor(m_w), officeActor(m_w)};
    const SystemClock clock;
    int approvals = 0;
    int wins[2] = {0, 0};
    for (int round = 0; round < kRounds; ++round) {
        const QString email = QStringLiteral("race%1.%2@example.tw").arg(round).arg(m_f->prefix());
        const qint64 r = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1, QStringLiteral("TOTAL_PASSED"), email);
        QVERIFY(m_f->owner().change(QStringLiteral("UPDATE binding_requests SET initial_password_hash = 'scrypt$x' WHERE id = ?"),
                                    {r}).ok());
        const auto results = test::decideAtOnce(urls, [&](const Database &db, int who) {
            const BindingReviewService service(db, actors[who], clock);
            return who == 0 || round % 2 == 0
                ? service.approve(r, 1)
                : service.reject(r, 1, binding::RejectReason::RelationshipNotConfirmed, QStringLiteral("戶籍不符"));
        });
        QVERIFY2(results[0].ok() != results[1].ok(),
                 qPrintable(QStringLiteral("round %1: %2 / %3")
                                .arg(round)
                                .arg(results[0].ok() ? QStringLiteral("ok") : results[0].error().message,
                                     results[1].ok() ? QStringLiteral("ok") : results[1].error().message)));
        const int winner = results[0].ok() ? 0 : 1;
        const bool approved = results[winner].value().status == binding::Status::Approved;
        approvals += approved;
        const Error &lost = results[1 - winner].error();
        QCOMPARE(lost.code, Error::Code::Conflict);
        QVERIFY2(lost.message.contains((approved ? QStringLiteral("approved by ") : QStringLiteral("rejected by "))
                                       + actors[winner].displayName),
                 qPrintable(lost.message));
        QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT decided_by FROM binding_requests WHERE id = ? AND version = 2"), {r}),
                 QList<qint64>{actors[winner].staffId});
        QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'binding_request' AND entity_id = ?"),
                     {r}),
                 QList<qint64>{1});
        QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM parents WHERE email = ?"), {email}),
                 QList<qint64>{approved ? 1 : 0});
        wins[winner] += 1;
    }
    qInfo("%d rounds: the teacher won %d, the office %d; %d approvals, %d rejections", kRounds, wins[0], wins[1],
          approvals, kRounds - approvals);
    auto chain = AuditLog(m_f->owner()).verifyChain();
    QVERIFY(chain.ok() && chain->firstBrokenId == 0);
}

void TestCentralClient::backendTerminatedDuringTheDecisionCall()
{
    // The client's approval is under way — its one call waits for the request's row, which an
    // administrator's session holds — when the administrator terminates the teacher's backend.
    // The client reports that the connection was lost; nothing of the approval is written, and
    // after reconnecting the same approval goes through.
    const QString email = QStringLiteral("cut.%1@example.tw").arg(m_f->prefix());
    const qint64 r = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1, QStringLiteral("TOTAL_PASSED"), email);
    QVERIFY(m_f->owner().change(QStringLiteral("UPDATE binding_requests SET initial_password_hash = 'scrypt$x' WHERE id = ?"),
                                {r}).ok());
    auto holder = m_f->superuser().openSibling(Database::Access::ReadWrite);
    QVERIFY(holder.ok());
    auto held = Transaction::begin(*holder.value());
    QVERIFY(held.ok());
    QVERIFY(holder.value()->exec(QStringLiteral("SELECT id FROM binding_requests WHERE id = ? FOR UPDATE"), {r}).ok());

    const SystemClock clock;
    std::atomic<qint64> pid{0};
    std::optional<Result<BindingReviewService::Outcome>> outcome;
    const DatabaseUrl teacherUrl = m_f->urlFor(m_w.roleOf.value(m_w.teacherA));
    const Actor teacher = teacherActor(m_w);
    std::thread approver; // started below; released and joined on every way out of this test
    const auto releaseAndJoin = qScopeGuard([&] {
        held.value()->rollback(); // a no-op once committed
        if (approver.joinable())
            approver.join();
    });
    approver = std::thread([&] { // a connection belongs to the thread that opened it
        auto db = Database::open(teacherUrl);
        if (!db) {
            outcome = db.error();
            pid = -1;
            return;
        }
        pid = backendPid(*db.value());
        outcome = BindingReviewService(*db.value(), teacher, clock).approve(r, 1);
    });
    // Until the call waits for the row; then the backend goes.
    QTRY_VERIFY_WITH_TIMEOUT(pid != 0, 10'000);
    QVERIFY(pid > 0);
    QTRY_VERIFY_WITH_TIMEOUT(ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = ?"
                                                                  " AND wait_event_type = 'Lock'"),
                                 {qint64(pid)})
                                 == QList<qint64>{1},
                             10'000);
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT pg_terminate_backend(?)::int"), {qint64(pid)}), QList<qint64>{1});
    approver.join();
    QVERIFY(held.value()->commit().ok());
    QVERIFY(outcome.has_value());
    QVERIFY2(!outcome->ok(), "an approval on a terminated backend was reported saved");
    QCOMPARE(outcome->error().code, Error::Code::Unavailable);
    // Nothing partial.
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT version FROM binding_requests WHERE id = ? AND status = 'pending'"), {r}),
             QList<qint64>{1});
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM parents WHERE email = ?"), {email}), QList<qint64>{0});
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_id = ? AND entity = 'binding_request'"), {r}),
             QList<qint64>{0});
    // The reviewer, connected again, approves once more: it goes through.
    auto db = m_f->connectAs(m_w.roleOf.value(m_w.teacherA));
    QVERIFY(db);
    auto again = BindingReviewService(*db, teacher, clock).approve(r, 1);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message + again.error().detail));
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM parents WHERE email = ?"), {email}), QList<qint64>{1});
}

void TestCentralClient::fastTrackAfterALostConnection_data()
{
    QTest::addColumn<bool>("reconnects");
    QTest::newRow("a new connection") << true;
    QTest::newRow("no new connection") << false;
}

void TestCentralClient::fastTrackAfterALostConnection()
{
    // A fast-track run of three; the office's backend is terminated while the second approval
    // waits for its row. With a new connection, the audit log there says the second was not
    // saved, and the run goes on: the third is approved (it used to fail on the dead
    // connection, as every later one would have). Without one (the role may no longer log
    // in), the second's outcome is unknown and the third is not attempted — neither is
    // counted as refused or skipped.
    QFETCH(bool, reconnects);
    QList<qint64> requests;
    for (const qint64 student : {m_w.s1, m_w.s2, m_w.s1}) { // school X's (two applicants for 陳一)
        const qint64 r = m_w.request(m_f->owner(), m_w.schoolX, student);
        QVERIFY(r);
        QVERIFY(m_f->owner().change(QStringLiteral("UPDATE binding_requests SET initial_password_hash = 'scrypt$x', "
                                                   "household_result = 'MATCH', household_checked_at = now() WHERE id = ?"),
                                    {r}).ok());
        requests << r;
    }
    auto holder = m_f->superuser().openSibling(Database::Access::ReadWrite);
    QVERIFY(holder.ok());
    auto held = Transaction::begin(*holder.value());
    QVERIFY(held.ok());
    QVERIFY(holder.value()->exec(QStringLiteral("SELECT id FROM binding_requests WHERE id = ? FOR UPDATE"),
                                 {requests.at(1)}).ok());
    const QString role = m_w.roleOf.value(m_w.officeStaffX);
    const QString quotedRole = QLatin1Char('"') + role + QLatin1Char('"');
    const auto restore = qScopeGuard([&] {
        held.value()->rollback();
        QVERIFY(m_f->superuser().execDdl(QStringLiteral("ALTER ROLE %1 LOGIN").arg(quotedRole)).ok());
    });

    auto source = m_f->connectAs(role);
    QVERIFY(source);
    const SystemClock clock;
    FastTrackRunner runner(*source, officeActor(m_w), clock);
    QSignalSpy decided(&runner, &FastTrackRunner::itemDecided);
    QSignalSpy finished(&runner, &FastTrackRunner::finished);
    QList<FastTrackRunner::Item> items;
    for (const qint64 r : requests)
        items << FastTrackRunner::Item{r, 1, QString::number(r)};
    runner.start(items);
    const QString waiting = QStringLiteral("SELECT pid FROM pg_stat_activity WHERE usename = ? AND wait_event_type = 'Lock'");
    QTRY_VERIFY_WITH_TIMEOUT(ids(m_f->superuser(), waiting, {role}).size() == 1, 10'000);
    const qint64 pid = ids(m_f->superuser(), waiting, {role}).first();
    if (!reconnects)
        QVERIFY(m_f->superuser().execDdl(QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(quotedRole)).ok());
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT pg_terminate_backend(?)::int"), {pid}), QList<qint64>{1});
    QVERIFY(held.value()->commit().ok());
    QVERIFY(finished.wait(30'000));
    runner.wait();

    using R = FastTrackRunner::ItemResult;
    QCOMPARE(decided.size(), 3);
    const auto result = [&decided](int i) { return decided.at(i).at(1).value<R>(); };
    QCOMPARE(result(0), R::Approved);
    QCOMPARE(result(1), reconnects ? R::Failed : R::Unknown);
    QVERIFY2(decided.at(1).at(2).toString().contains(reconnects ? QLatin1String("nothing was saved")
                                                                : QLatin1String("not known")),
             qPrintable(decided.at(1).at(2).toString()));
    QCOMPARE(result(2), reconnects ? R::Approved : R::NotAttempted);
    QCOMPARE(finished.first().at(0).toInt(), reconnects ? 2 : 1); // approved
    QCOMPARE(finished.first().at(1).toInt(), 0);                  // skipped
    QCOMPARE(finished.first().at(2).toInt(), reconnects ? 1 : 0); // refused
    const QString status = QStringLiteral("SELECT id FROM binding_requests WHERE id = ? AND status = ?");
    QCOMPARE(ids(m_f->superuser(), status, {requests.at(0), QStringLiteral("approved")}).size(), 1);
    QCOMPARE(ids(m_f->superuser(), status, {requests.at(1), QStringLiteral("pending")}).size(), 1);
    QCOMPARE(ids(m_f->superuser(), status, {requests.at(2), reconnects ? QStringLiteral("approved") : QStringLiteral("pending")})
                 .size(),
             1);
}

void TestCentralClient::monitorGoesOfflineAndComesBack()
{
    const DatabaseUrl direct = m_f->urlFor(m_w.roleOf.value(m_w.teacherA));
    CutProxy proxy(direct.host, quint16(direct.port));
    DatabaseUrl viaProxy = direct;
    viaProxy.port = proxy.port();
    viaProxy.options.insert(QStringLiteral("sslmode"), QStringLiteral("disable"));
    auto opened = Database::open(viaProxy);
    QVERIFY(opened.ok());
    std::unique_ptr<Database> db = std::move(opened).value();
    auto reader = db->openSibling(Database::Access::ReadOnly);
    QVERIFY(reader.ok());
    ConnectionMonitor::Policy policy;
    policy.firstDelay = std::chrono::milliseconds(20);
    policy.maxDelay = std::chrono::milliseconds(80);
    policy.offlineAfter = 3;
    policy.heartbeat = std::chrono::milliseconds(50);
    ConnectionMonitor monitor(policy);
    monitor.watch(*db);
    monitor.watch(*reader.value());
    QSignalSpy states(&monitor, &ConnectionMonitor::stateChanged);
    QSignalSpy reconnected(&monitor, &ConnectionMonitor::reconnected);
    QCOMPARE(monitor.statusText(), QStringLiteral("Connected"));

    // The network goes away while the user is idle: the heartbeat notices.
    proxy.goDark();
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ConnectionMonitor::State::Offline, 10'000);
    QVERIFY(monitor.failedAttempts() >= 3);
    QVERIFY(!monitor.problem().isEmpty());
    QVERIFY(monitor.statusText().startsWith(QStringLiteral("Offline")));
    QCOMPARE(states.first().first().value<ConnectionMonitor::State>(), ConnectionMonitor::State::Reconnecting);
    QCOMPARE(reconnected.count(), 0);

    // It comes back: both connections are reopened in place.
    proxy.reopen();
    QTRY_COMPARE_WITH_TIMEOUT(reconnected.count(), 1, 10'000);
    QCOMPARE(monitor.state(), ConnectionMonitor::State::Connected);
    QVERIFY(monitor.problem().isEmpty());
    QCOMPARE(ids(*db, QStringLiteral("SELECT count(*) FROM classes WHERE id = ?"), {m_w.class801}), QList<qint64>{1});
    // The read-only sibling is read-only again after the reconnect.
    QVERIFY(!reader.value()->exec(QStringLiteral("UPDATE accounts SET must_change_password = false WHERE staff_id = ?"),
                                  {m_w.teacherA}).ok());
    monitor.unwatch(*db);
    monitor.unwatch(*reader.value());
}

void TestCentralClient::monitorStopsWhenTheServerRefusesTheLogin()
{
    const QString role = m_f->createLogin(QStringLiteral("refused"), {QStringLiteral("cooc_staff")});
    QVERIFY(!role.isEmpty());
    auto db = m_f->connectAs(role);
    QVERIFY(db);
    ConnectionMonitor::Policy policy;
    policy.firstDelay = std::chrono::milliseconds(20);
    policy.heartbeat = std::chrono::milliseconds(0);
    ConnectionMonitor monitor(policy);
    monitor.watch(*db);
    QSignalSpy refused(&monitor, &ConnectionMonitor::refused);
    // The account is disabled (the user left) and the session killed.
    QVERIFY(m_f->owner().execDdl(QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(role)).ok());
    QVERIFY(m_f->superuser().exec(QStringLiteral("SELECT pg_terminate_backend(?)"), {backendPid(*db)}).ok());
    monitor.check();
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 10'000);
    QCOMPARE(monitor.state(), ConnectionMonitor::State::Offline);
    QCOMPARE(refused.first().first().value<Error>().code, Error::Code::PermissionDenied);
    // It does not keep knocking.
    QTest::qWait(200);
    QCOMPARE(refused.count(), 1);
    monitor.unwatch(*db);
}

void TestCentralClient::streamingQueryNeedsItsOwnConnection()
{
    // PLATFORM.md: a second query on the connection of a forward-only query that is still
    // streaming truncates the first. A sibling connection does not.
    auto db = m_f->connectAs(m_w.roleOf.value(m_w.officeStaffX));
    QVERIFY(db);
    constexpr int kRows = 100'000;
    auto countRows = [&](const Database &interrupt) {
        auto stream = db->exec(QStringLiteral("SELECT g FROM generate_series(1, ?) g"), {kRows}, Database::Rows::ForwardOnly);
        if (!stream)
            return -1;
        int n = 0;
        while (stream.value().next()) {
            if (++n == 10)
                (void)interrupt.scalar(QStringLiteral("SELECT count(*) FROM schools"));
        }
        return n;
    };
    auto sibling = db->openSibling(Database::Access::ReadOnly);
    QVERIFY(sibling.ok());
    QCOMPARE(countRows(*sibling.value()), kRows);
    const int sameConnection = countRows(*db);
    QVERIFY2(sameConnection < kRows, "QPSQL no longer truncates: PLATFORM.md can be relaxed");
}

QTEST_GUILESS_MAIN(TestCentralClient)
#include "tst_central_client.moc"
