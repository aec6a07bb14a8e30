// The central audit log, as the database keeps it whatever SQL a user sends: insert-only for
// every role, chained by the database (not the client), entries only in one's own name, and
// no decision — nor a new verification or household result — without its entry written by
// the same transaction (0020); entries, request history and parent bindings written by hand
// only as the client writes them (0025). Real staff login roles, raw SQL; PostgreSQL only.
#include "tst_central_world.h"

#include "app/central/auditcheck.h"
#include "models/auditlog.h"
#include "models/householdresultstore.h"
#include "app/household/householdrecording.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>
#include <QScopeGuard>
#include <thread>
#include <atomic>
#include <QThread>

using namespace cooc;
using namespace cooc::test::central;

class TestCentralAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void nobodyUpdatesOrDeletesAuditRows();
    void auditChainIsComputedByTheDatabase();
    void auditEntriesOnlyInOwnName();
    void decisionsMustBeAudited();
    void handWrittenBindingsAndHistoryAreRefused();
    void householdAnswersAtOnceQueue();
    void approvalEntryNamesTheParentsOwn();
    void verifyPassesAGoodTrailAndCatchesARemoval();

private:
    std::unique_ptr<Database> as(qint64 staffId) { return m_f->connectAs(m_w.roleOf.value(staffId)); }
    Actor teacherA() const
    {
        Actor actor;
        actor.staffId = m_w.teacherA;
        actor.schoolId = m_w.schoolX;
        actor.login = m_w.roleOf.value(m_w.teacherA);
        return actor;
    }

    std::unique_ptr<Fixture> m_f;
    World m_w;
};

void TestCentralAudit::initTestCase()
{
    m_f = Fixture::create();
    QVERIFY2(m_f->error().isEmpty(), qPrintable(m_f->error()));
    m_w = World::build(*m_f);
    QVERIFY2(m_w.error.isEmpty(), qPrintable(m_w.error));
}

void TestCentralAudit::cleanupTestCase()
{
    m_f.reset();
}

void TestCentralAudit::nobodyUpdatesOrDeletesAuditRows()
{
    // An entry each can see: written by teacher A, at school X.
    auto a = as(m_w.teacherA);
    QVERIFY(a);
    const Actor actor = teacherA();
    auto id = AuditLog(*a).append(actor, QStringLiteral("test.entry"), QStringLiteral("test"), 1, {}, QDateTime::currentDateTimeUtc());
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().detail));

    for (qint64 staff : {m_w.teacherA, m_w.officeStaffX, m_w.adminX, m_w.readerX}) {
        auto db = as(staff);
        QVERIFY(db);
        QVERIFY(ids(*db, QStringLiteral("SELECT id FROM audit_log WHERE id = ?"), {id.value()}).size() <= 1);
        for (const QString &sql : {QStringLiteral("UPDATE audit_log SET detail = '{}' WHERE id = ?"),
                                   QStringLiteral("DELETE FROM audit_log WHERE id = ?")}) {
            const Outcome o = run(*db, sql, {id.value()});
            QVERIFY2(o.state == kInsufficientPrivilege, qPrintable(m_w.roleOf.value(staff) + QLatin1Char(' ') + sql + o.state));
        }
        QCOMPARE(run(*db, QStringLiteral("TRUNCATE audit_log")).state, kInsufficientPrivilege);
    }
    // The owner is refused by the append-only triggers.
    for (const QString &sql : {QStringLiteral("UPDATE audit_log SET detail = '{}' WHERE id = ?"),
                               QStringLiteral("DELETE FROM audit_log WHERE id = ?")}) {
        const Outcome o = run(m_f->owner(), sql, {id.value()});
        QVERIFY2(!o.ok(), qPrintable(sql));
    }
    QVERIFY(!run(m_f->owner(), QStringLiteral("TRUNCATE audit_log")).ok());
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM audit_log WHERE id = ?"), {id.value()}), QList<qint64>{1});
}

void TestCentralAudit::auditChainIsComputedByTheDatabase()
{
    // A client that sends a forged chain gets the database's chain instead.
    auto a = as(m_w.teacherA);
    QVERIFY(a);
    const QString login = m_w.roleOf.value(m_w.teacherA);
    const qint64 own = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1); // a request of her class
    auto forged = a->scalar(QStringLiteral("INSERT INTO audit_log (at, school_id, actor_login, actor_staff_id, action, entity,"
                                           " entity_id, detail, prev_hash, hash) VALUES (?, ?, ?, ?, 'x.forge', 'binding_request',"
                                           " ?, '{\"a\" : 1}', 'not-the-previous', 'not-a-hash') RETURNING id"),
                            {QDateTime::currentDateTimeUtc(), m_w.schoolX, login, m_w.teacherA, own});
    QVERIFY2(forged.ok(), qPrintable(forged.ok() ? QString() : forged.error().detail));
    auto row = m_f->owner().exec(QStringLiteral("SELECT prev_hash, hash FROM audit_log WHERE id = ?"), {forged.value()},
                                 Database::Rows::Buffered);
    QVERIFY(row.ok() && row.value().next());
    QVERIFY(row.value().value(0).toString() != QLatin1String("not-the-previous"));
    QCOMPARE(row.value().value(1).toString().size(), 64);
    // Entries from different roles, interleaved, still make one intact chain (verified by the
    // client's own formula, as the owner who sees every entry).
    auto ox = as(m_w.officeStaffX);
    QVERIFY(ox);
    for (int i = 0; i < 5; ++i) {
        for (auto [db, staff] : {std::pair{a.get(), m_w.teacherA}, std::pair{ox.get(), m_w.officeStaffX}}) {
            Actor actor;
            actor.staffId = staff;
            actor.schoolId = m_w.schoolX;
            actor.login = m_w.roleOf.value(staff);
            auto id = AuditLog(*db).append(actor, QStringLiteral("test.chain"), QStringLiteral("test"), i,
                                           {{QStringLiteral("n"), i}, {QStringLiteral("名字"), QStringLiteral("王𠀋")}},
                                           QDateTime::currentDateTimeUtc());
            QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().detail));
        }
    }
    auto report = AuditLog(m_f->owner()).verifyChain();
    QVERIFY(report.ok());
    QVERIFY2(report->firstBrokenId == 0, qPrintable(report->problem));
    QVERIFY(report->checked >= 11);
}

void TestCentralAudit::auditEntriesOnlyInOwnName()
{
    auto a = as(m_w.teacherA);
    QVERIFY(a);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 own = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1); // her class
    const qint64 notHers = m_w.request(m_f->owner(), m_w.schoolX, m_w.s2); // class 802
    const QString sql = QStringLiteral("INSERT INTO audit_log (at, school_id, actor_login, actor_staff_id, action, entity,"
                                       " entity_id) VALUES (?, ?, ?, ?, 'binding.approve', 'binding_request', ?)");
    const QString me = m_w.roleOf.value(m_w.teacherA);
    // As another staff member, at another school, or under another login name: refused.
    QCOMPARE(run(*a, sql, {now, m_w.schoolX, m_w.roleOf.value(m_w.teacherB), m_w.teacherB, own}).state,
             kInsufficientPrivilege);
    QCOMPARE(run(*a, sql, {now, m_w.schoolY, me, m_w.teacherA, own}).state, kInsufficientPrivilege);
    QCOMPARE(run(*a, sql, {now, m_w.schoolX, QStringLiteral("someone_else"), m_w.teacherA, own}).state,
             kInsufficientPrivilege);
    // Dated other than now (backdated into last year, or ahead): refused; the chain would
    // otherwise vouch for a made-up past.
    QCOMPARE(run(*a, sql, {now.addDays(-400), m_w.schoolX, me, m_w.teacherA, own}).state, kCheckViolation);
    QCOMPARE(run(*a, sql, {now.addSecs(3600), m_w.schoolX, me, m_w.teacherA, own}).state, kCheckViolation);
    // About a request she may not see (another class's), or one that does not exist: refused.
    QCOMPARE(run(*a, sql, {now, m_w.schoolX, me, m_w.teacherA, notHers}).state, kInsufficientPrivilege);
    QCOMPARE(run(*a, sql, {now, m_w.schoolX, me, m_w.teacherA, own + 100000}).state, kInsufficientPrivilege);
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'binding_request'"
                                                  " AND entity_id IN (?, ?, ?)"),
                 {own, notHers, own + 100000}),
             QList<qint64>{0});
    QVERIFY(run(*a, sql, {now, m_w.schoolX, me, m_w.teacherA, own}).ok());
}

void TestCentralAudit::decisionsMustBeAudited()
{
    // A decision that leaves no audit entry is refused, whatever SQL the staff member sends;
    // the staff member cannot withdraw the parent's request, nor ask for information without
    // saying what is needed. Each refusal leaves the request as it was.
    auto ox = as(m_w.officeStaffX);
    QVERIFY(ox);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 r = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1);
    const QString decide = QStringLiteral("UPDATE binding_requests SET status = ?, decided_by = ?, decided_at = ?,"
                                          " decision_reason = ?, version = version + 1 WHERE id = ?");
    const auto unchanged = [&] {
        return ids(m_f->superuser(), QStringLiteral("SELECT version FROM binding_requests WHERE id = ? AND status = 'pending'"
                                                    " AND decided_by IS NULL"),
                   {r})
            == QList<qint64>{1};
    };
    // No entry at all, for each kind of decision.
    for (const QString &to : {QStringLiteral("approved"), QStringLiteral("rejected"), QStringLiteral("info_requested")}) {
        const Outcome o = run(*ox, decide, {to, m_w.officeStaffX, now, QStringLiteral("x"), r});
        QCOMPARE(o.state, kCheckViolation);
        QVERIFY2(o.text.contains(QLatin1String("not audited")), qPrintable(o.text));
        QVERIFY(unchanged());
    }
    // An entry of another action, or written by an earlier transaction, does not count.
    Outcome wrong = audited(*ox, m_w, m_w.officeStaffX, QStringLiteral("binding.reject"), r, decide,
                            {QStringLiteral("approved"), m_w.officeStaffX, now, QString(), r});
    QCOMPARE(wrong.state, kCheckViolation);
    QVERIFY2(wrong.text.contains(QLatin1String("not audited")), qPrintable(wrong.text));
    QVERIFY(unchanged());
    Actor actor;
    actor.staffId = m_w.officeStaffX;
    actor.schoolId = m_w.schoolX;
    actor.login = m_w.roleOf.value(m_w.officeStaffX);
    QVERIFY(AuditLog(*ox).append(actor, QStringLiteral("binding.approve"), QStringLiteral("binding_request"), r, {}, now).ok());
    const Outcome earlier = run(*ox, decide, {QStringLiteral("approved"), m_w.officeStaffX, now, QString(), r});
    QCOMPARE(earlier.state, kCheckViolation);
    QVERIFY2(earlier.text.contains(QLatin1String("not audited")), qPrintable(earlier.text));
    QVERIFY(unchanged());
    // The words of a decision change only with a decision (and so with its entry).
    const Outcome rewritten = run(*ox, QStringLiteral("UPDATE binding_requests SET decision_note = 'rewritten' WHERE id = ?"), {r});
    QCOMPARE(rewritten.state, kCheckViolation);
    QVERIFY2(rewritten.text.contains(QLatin1String("only with a new decision")), qPrintable(rewritten.text));
    // Only the parent withdraws; asking for information says what is needed.
    QCOMPARE(audited(*ox, m_w, m_w.officeStaffX, QStringLiteral("binding.reject"), r, decide,
                     {QStringLiteral("withdrawn"), m_w.officeStaffX, now, QStringLiteral("x"), r})
                 .state,
             kInsufficientPrivilege);
    QCOMPARE(audited(*ox, m_w, m_w.officeStaffX, QStringLiteral("binding.request_info"), r, decide,
                     {QStringLiteral("info_requested"), m_w.officeStaffX, now, QStringLiteral("  "), r})
                 .state,
             kCheckViolation);
    QVERIFY(unchanged());
    // The results staff may write are audited too: a verdict or household result changed
    // without its entry is refused (a forged "valid" cannot be slipped in unseen) ...
    const qint64 unverified = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1, QStringLiteral("INDETERMINATE"));
    QVERIFY(m_f->owner()
                .exec(QStringLiteral("UPDATE binding_requests SET signature = ?, verification_report = ? WHERE id = ?"),
                      {QByteArray("cms"),
                       QStringLiteral("{\"verdict\":\"TOTAL_PASSED\",\"inputs\":{\"signature_sha256\":\"%1\"}}")
                           .arg(QString::fromLatin1(QCryptographicHash::hash("cms", QCryptographicHash::Sha256).toHex())),
                       unverified})
                .ok());
    const QString verdict = QStringLiteral("UPDATE binding_requests SET verification_verdict = 'TOTAL_PASSED' WHERE id = ?");
    const QString household = QStringLiteral("UPDATE binding_requests SET household_result = 'MATCH' WHERE id = ?");
    Outcome o = run(*ox, verdict, {unverified});
    QCOMPARE(o.state, kCheckViolation);
    QVERIFY2(o.text.contains(QLatin1String("binding.verify")), qPrintable(o.text));
    o = run(*ox, household, {unverified});
    QCOMPARE(o.state, kCheckViolation);
    QVERIFY2(o.text.contains(QLatin1String("binding.household_check")), qPrintable(o.text));
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM binding_requests WHERE id = ?"
                                                  " AND verification_verdict = 'INDETERMINATE' AND household_result = 'NOT_CHECKED'"),
                 {unverified}),
             QList<qint64>{1});
    // ... and accepted with it, in the staff member's name.
    QVERIFY(audited(*ox, m_w, m_w.officeStaffX, QStringLiteral("binding.verify"), unverified, verdict, {unverified}).ok());
    QVERIFY(audited(*ox, m_w, m_w.officeStaffX, QStringLiteral("binding.household_check"), unverified, household, {unverified})
                .ok());
    // Written with its entry, in one transaction: accepted.
    const Outcome ok = audited(*ox, m_w, m_w.officeStaffX, QStringLiteral("binding.reject"), r, decide,
                               {QStringLiteral("rejected"), m_w.officeStaffX, now, QStringLiteral("wrong child"), r});
    QVERIFY2(ok.ok() && ok.rows == 1, qPrintable(ok.text));
}

void TestCentralAudit::handWrittenBindingsAndHistoryAreRefused()
{
    // A homeroom teacher with psql, writing what the client never writes (0025).
    auto a = as(m_w.teacherA);
    QVERIFY(a);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto bindings = [&](const QString &where, const QVariantList &values) {
        return ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM parent_bindings WHERE ") + where, values);
    };
    const auto inOneTransaction = [&](const QList<QPair<QString, QVariantList>> &statements) {
        (void)run(*a, QStringLiteral("BEGIN"));
        for (const auto &[sql, values] : statements) {
            const Outcome o = run(*a, sql, values);
            if (!o.ok()) {
                (void)run(*a, QStringLiteral("ROLLBACK"));
                return o;
            }
        }
        const Outcome committed = run(*a, QStringLiteral("COMMIT"));
        if (!committed.ok())
            (void)run(*a, QStringLiteral("ROLLBACK"));
        return committed;
    };
    const QString insertBinding = QStringLiteral("INSERT INTO parent_bindings (parent_id, student_id, relationship, status,"
                                                 " request_id, approved_by, approved_at) VALUES (?, ?, 'mother', ?, ?, ?, ?)");

    // 1. A 'suspended' binding of a parent of another school to her student: it used to pass
    //    the guard and make that parent's record readable and writable — and, checked only at
    //    commit, readable until a ROLLBACK. Refused by the INSERT itself.
    (void)run(*a, QStringLiteral("BEGIN"));
    Outcome o = run(*a, insertBinding, {m_w.p3, m_w.s1, QStringLiteral("suspended"), QVariant(), m_w.teacherA, now});
    QCOMPARE(o.state, kInsufficientPrivilege);
    (void)run(*a, QStringLiteral("ROLLBACK"));
    QCOMPARE(bindings(QStringLiteral("parent_id = ? AND student_id = ?"), {m_w.p3, m_w.s1}), QList<qint64>{0});
    QCOMPARE(ids(*a, QStringLiteral("SELECT count(*) FROM parents WHERE id = ?"), {m_w.p3}), QList<qint64>{0});
    // 2. Revoking, or re-dating, her student's binding: refused, unchanged.
    o = inOneTransaction({{QStringLiteral("UPDATE parent_bindings SET status = 'revoked', ended_at = ? WHERE student_id = ?"),
                           {now, m_w.s1}}});
    QCOMPARE(o.state, kInsufficientPrivilege);
    o = inOneTransaction({{QStringLiteral("UPDATE parent_bindings SET approved_at = '2019-01-01' WHERE student_id = ?"),
                           {m_w.s1}}});
    QCOMPARE(o.state, kInsufficientPrivilege);
    QCOMPARE(bindings(QStringLiteral("student_id = ? AND status = 'active' AND approved_at > '2020-01-01'"), {m_w.s1}),
             QList<qint64>{1});

    // 3. A stranger applies for her student with parent p2's e-mail address (another ID). Even
    //    approved and audited in the same transaction, the binding to p2 is refused: a parent is
    //    the applicant by national-ID hash, not by an address anyone may type.
    const qint64 stranger = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1, QStringLiteral("TOTAL_PASSED"),
                                        QStringLiteral("p2@example.tw"));
    Actor actor;
    actor.staffId = m_w.teacherA;
    actor.schoolId = m_w.schoolX;
    actor.login = m_w.roleOf.value(m_w.teacherA);
    (void)run(*a, QStringLiteral("BEGIN"));
    o = run(*a, QStringLiteral("UPDATE binding_requests SET status = 'approved', decided_by = ?, decided_at = ?,"
                               " version = version + 1 WHERE id = ?"),
            {m_w.teacherA, now, stranger});
    QVERIFY2(o.ok() && o.rows == 1, qPrintable(o.text));
    QVERIFY(AuditLog(*a).append(actor, QStringLiteral("binding.approve"), QStringLiteral("binding_request"), stranger, {}, now).ok());
    o = run(*a, insertBinding, {m_w.p2, m_w.s1, QStringLiteral("active"), stranger, m_w.teacherA, now});
    QCOMPARE(o.state, kCheckViolation); // at once
    (void)run(*a, QStringLiteral("ROLLBACK"));
    QCOMPARE(bindings(QStringLiteral("parent_id = ? AND student_id = ?"), {m_w.p2, m_w.s1}), QList<qint64>{0});
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM binding_requests WHERE id = ? AND status = 'pending'"),
                 {stranger}),
             QList<qint64>{1});

    // 4. The request's history: a backdated entry, a decision's event without the decision, a
    //    kind staff never write — refused; an event as the client writes it — accepted.
    const QString event = QStringLiteral("INSERT INTO binding_request_events (request_id, at, actor_staff_id, kind, detail)"
                                         " VALUES (?, ?, ?, ?, '{\"note\":\"approved by the principal\"}')");
    QCOMPARE(run(*a, event, {stranger, now.addDays(-300), m_w.teacherA, QStringLiteral("verified")}).state, kCheckViolation);
    QCOMPARE(run(*a, event, {stranger, now, m_w.teacherA, QStringLiteral("approved")}).state, kCheckViolation);
    QCOMPARE(run(*a, event, {stranger, now, m_w.teacherA, QStringLiteral("withdrawn")}).state, kInsufficientPrivilege);
    // A 'verified' event without a new verification result; a household check's event without
    // its audit entry (refused at commit).
    QCOMPARE(run(*a, event, {stranger, now, m_w.teacherA, QStringLiteral("verified")}).state, kCheckViolation);
    QCOMPARE(run(*a, event, {stranger, now, m_w.teacherA, QStringLiteral("household_checked")}).state, kCheckViolation);
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM binding_request_events WHERE request_id = ?"), {stranger}),
             QList<qint64>{0});
    (void)run(*a, QStringLiteral("BEGIN"));
    QVERIFY(run(*a, event, {stranger, now, m_w.teacherA, QStringLiteral("household_checked")}).ok());
    QVERIFY(AuditLog(*a).append(actor, QStringLiteral("binding.household_check"), QStringLiteral("binding_request"), stranger,
                                {}, now)
                .ok());
    QVERIFY(run(*a, QStringLiteral("COMMIT")).ok());

    // A decided request of her class: not even a no-op UPDATE (it gave the row this
    // transaction's xmin, which passed for "decided now", with no audit entry).
    const qint64 decided = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1);
    QVERIFY(m_f->owner()
                .exec(QStringLiteral("UPDATE binding_requests SET status = 'rejected', decision_reason = 'x', decided_at = now(),"
                                     " version = version + 1 WHERE id = ?"),
                      {decided})
                .ok());
    QCOMPARE(run(*a, QStringLiteral("UPDATE binding_requests SET version = version WHERE id = ?"), {decided}).state,
             kCheckViolation);

    // 5. TOTAL_PASSED for a request that holds no signature, audited or not: refused.
    const qint64 unsigned_ = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1, QStringLiteral("NO_SIGNATURE"));
    const Outcome verdict = audited(*a, m_w, m_w.teacherA, QStringLiteral("binding.verify"), unsigned_,
                                    QStringLiteral("UPDATE binding_requests SET verification_verdict = 'TOTAL_PASSED',"
                                                   " verification_report = '{\"forged\":true}' WHERE id = ?"),
                                    {unsigned_});
    QCOMPARE(verdict.state, kCheckViolation);
    QVERIFY2(verdict.text.contains(QLatin1String("stored signature")), qPrintable(verdict.text));
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM binding_requests WHERE id = ?"
                                                  " AND verification_verdict = 'NO_SIGNATURE'"),
                 {unsigned_}),
             QList<qint64>{1});
    // With some signature bytes: the report must say TOTAL_PASSED about these very bytes.
    QVERIFY(m_f->owner().exec(QStringLiteral("UPDATE binding_requests SET signature = ? WHERE id = ?"),
                              {QByteArray("not-a-cms"), unsigned_}).ok());
    const QString signatureSha = QString::fromLatin1(QCryptographicHash::hash("not-a-cms", QCryptographicHash::Sha256).toHex());
    const QString setVerdict = QStringLiteral("UPDATE binding_requests SET verification_verdict = 'TOTAL_PASSED',"
                                              " verification_report = ? WHERE id = ?");
    const QString otherHash = QString(64, QLatin1Char('0'));
    for (const QString &report : {QStringLiteral("x"), QStringLiteral("{\"verdict\":\"TOTAL_FAILED\",\"inputs\":{\"signature_sha256\":\"%1\"}}").arg(signatureSha),
                                  QStringLiteral("{\"verdict\":\"TOTAL_PASSED\",\"inputs\":{\"signature_sha256\":\"%1\"}}").arg(otherHash)}) {
        const Outcome forged = audited(*a, m_w, m_w.teacherA, QStringLiteral("binding.verify"), unsigned_, setVerdict,
                                       {report, unsigned_});
        QVERIFY2(forged.state == kCheckViolation, qPrintable(report + QStringLiteral(" → ") + forged.text));
    }
    const QString honest = QStringLiteral("{\"verdict\":\"TOTAL_PASSED\",\"inputs\":{\"signature_sha256\":\"%1\"}}").arg(signatureSha);
    QVERIFY(audited(*a, m_w, m_w.teacherA, QStringLiteral("binding.verify"), unsigned_, setVerdict, {honest, unsigned_}).ok());

    // 6. A household check time set ahead (every later real answer would count as older and a
    //    stale MATCH would stay for fast track), or changed without its audit entry: refused.
    const QString checkedAt = QStringLiteral("UPDATE binding_requests SET household_checked_at = ? WHERE id = ?");
    QCOMPARE(audited(*a, m_w, m_w.teacherA, QStringLiteral("binding.household_check"), unsigned_, checkedAt,
                     {now.addDays(30), unsigned_})
                 .state,
             kCheckViolation);
    QCOMPARE(run(*a, checkedAt, {now, unsigned_}).state, kCheckViolation);
    QVERIFY(audited(*a, m_w, m_w.teacherA, QStringLiteral("binding.household_check"), unsigned_, checkedAt,
                    {now, unsigned_})
                .ok());
    // 7. The household hold is for open requests only; and no functions or tables of her own
    //    (pg_temp), whose calls inside a statement could see its uncommitted rows.
    QCOMPARE(ids(*a, QStringLiteral("SELECT count(*) FROM (SELECT cooc_hold_household_subjects(?) AS held) h WHERE held"),
                 {decided}),
             QList<qint64>{0});
    QCOMPARE(run(*a, QStringLiteral("CREATE TEMP TABLE mine (a int)")).state, kInsufficientPrivilege);
}

void TestCentralAudit::householdAnswersAtOnceQueue()
{
    // Two answers for one request recorded at the same moment (two PCs): the second waits for
    // the first and is then recorded — with share locks on the request they deadlocked and one
    // answer was lost (0028). The other PC here holds its lock 1.5 s before writing.
    auto a = as(m_w.teacherA);
    QVERIFY(a);
    Actor actor = teacherA();
    actor.roles = {Actor::Role::HomeroomTeacher};
    actor.homeroomClassIds = {m_w.class801};
    const qint64 r = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1);
    auto asked = HouseholdResultStore(*a).subjects(actor, r);
    QVERIFY2(asked, qPrintable(asked ? QString() : asked.error().message));
    const DatabaseUrl url = m_f->urlFor(m_w.roleOf.value(m_w.teacherA));
    std::atomic<int> stage{0};
    std::thread otherPc([&] {
        auto other = Database::open(url);
        auto tx = other ? Transaction::begin(*other.value()) : Result<std::unique_ptr<Transaction>>(other.error());
        if (!tx || !other.value()->scalar(QStringLiteral("SELECT cooc_hold_household_subjects(?)"), {r})) {
            stage = -1;
            return;
        }
        stage = 1;
        QThread::msleep(1500);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const bool written =
            other.value()->change(QStringLiteral("UPDATE binding_requests SET household_result = 'NO_MATCH',"
                                                 " household_checked_at = ? WHERE id = ?"),
                                  {now, r})
            && other.value()->insert(QStringLiteral("INSERT INTO binding_request_events (request_id, at, actor_staff_id,"
                                                    " kind) VALUES (?, ?, ?, 'household_checked')"),
                                     {r, now, m_w.teacherA})
            && AuditLog(*other.value()).append(actor, QStringLiteral("binding.household_check"),
                                               QStringLiteral("binding_request"), r, {}, now);
        stage = written && tx.value()->commit() ? 2 : -1;
    });
    const auto join = qScopeGuard([&] { otherPc.join(); });
    QTRY_VERIFY(stage != 0);
    QCOMPARE(stage.load(), 1);
    FixedClock clock(QDateTime::currentDateTimeUtc());
    const auto match = HouseholdResult::answer(HouseholdResult::Outcome::Match, clock.now(), QStringLiteral("HR-1"),
                                               QStringLiteral("r-1"));
    auto recorded = recordHouseholdResult(*a, actor, asked.value(), match, QStringLiteral("city"), clock);
    QVERIFY2(recorded, qPrintable(recorded ? QString() : recorded.error().message + recorded.error().detail));
    QCOMPARE(stage.load(), 2); // it waited for the other PC, which committed
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM binding_request_events WHERE request_id = ?"
                                                  " AND kind = 'household_checked'"),
                 {r}),
             QList<qint64>{2});
}

void TestCentralAudit::approvalEntryNamesTheParentsOwn()
{
    // The decision call took the parent's existing account as given and wrote it into the
    // approval's audit entry: an account that is not the parent's is refused (0029), and
    // nothing of the approval is kept.
    auto ox = as(m_w.officeStaffX);
    QVERIFY(ox);
    const qint64 r = m_w.request(m_f->owner(), m_w.schoolX, m_w.s2, QStringLiteral("TOTAL_PASSED"),
                                 QStringLiteral("p1.again@example.tw"));
    QVERIFY(m_f->owner()
                .exec(QStringLiteral("UPDATE binding_requests SET applicant_national_id_hash ="
                                     " (SELECT national_id_hash FROM parents WHERE id = ?) WHERE id = ?"),
                      {m_w.p1, r})
                .ok());
    const Outcome o = run(*ox, QStringLiteral("SELECT * FROM cooc_record_binding_decision(?, 1, 'approved', ?, now(), 'ok',"
                                              " NULL, false, NULL, true, ?, NULL, NULL, NULL, NULL, NULL, NULL, 999999,"
                                              " NULL, NULL, ?, 'mother', 'approved', '{}', ?, ?, 'binding.approve', '{}')"),
                          {r, m_w.officeStaffX, m_w.p1, m_w.s2, m_w.schoolX, m_w.roleOf.value(m_w.officeStaffX)});
    QCOMPARE(o.state, kCheckViolation);
    QVERIFY2(o.text.contains(QLatin1String("not this parent")), qPrintable(o.text));
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM binding_requests WHERE id = ? AND status = 'pending'"),
                 {r}),
             QList<qint64>{1});
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM parent_bindings WHERE parent_id = ? AND student_id = ?"),
                 {m_w.p1, m_w.s2}),
             QList<qint64>{0});
    // Nor past the check with a detail PostgreSQL cannot read ("\u0000" is JSON to Qt), or
    // with ids written as strings (0030).
    for (const QString &detail : {QStringLiteral("{\"a\":\"\\u0000\"}"), QStringLiteral("{\"event\":\"approved\",}"),
                                  QStringLiteral("{\"account_id\":\" 999999 \"}")}) {
        const Outcome unreadable = run(*ox, QStringLiteral("SELECT * FROM cooc_record_binding_decision(?, 1, 'approved', ?, now(), 'ok',"
                                                           " NULL, false, NULL, true, ?, NULL, NULL, NULL, NULL, NULL, NULL, 999999,"
                                                           " NULL, NULL, ?, 'mother', 'approved', '{}', ?, ?, 'binding.approve', ?)"),
                                       {r, m_w.officeStaffX, m_w.p1, m_w.s2, m_w.schoolX, m_w.roleOf.value(m_w.officeStaffX), detail});
        QVERIFY2(unreadable.state == kCheckViolation, qPrintable(detail + QStringLiteral(" → ") + unreadable.text));
    }
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM binding_requests WHERE id = ? AND status = 'pending'"),
                 {r}),
             QList<qint64>{1});
    // Whether a request carries an initial password: only for a request the caller may see.
    auto a = as(m_w.teacherA);
    QVERIFY(a);
    auto other = a->scalar(QStringLiteral("SELECT cooc_request_has_initial_password(?)"), {r}); // class 802's
    QVERIFY(other.ok());
    QVERIFY(other.value().isNull());
    QVERIFY(!ox->scalar(QStringLiteral("SELECT cooc_request_has_initial_password(?)"), {r}).value().isNull());
}

void TestCentralAudit::verifyPassesAGoodTrailAndCatchesARemoval()
{
    // `audit verify`: as the owner only; a good trail passes, in one snapshot, and leaves the
    // connection as it found it; the newest entry removed (by a superuser: nobody else can)
    // is caught by the chain's head.
    auto a = as(m_w.teacherA);
    QVERIFY(a);
    const Actor actor = teacherA();
    for (int i = 0; i < 3; ++i)
        QVERIFY(AuditLog(*a).append(actor, QStringLiteral("test.entry"), QStringLiteral("test"), i, {},
                                    QDateTime::currentDateTimeUtc())
                    .ok());
    const auto refused = central::verifyAuditTrail(*a);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::PermissionDenied);

    const auto good = central::verifyAuditTrail(m_f->owner());
    QVERIFY2(good, qPrintable(good ? QString() : good.error().message));
    QCOMPARE(good->firstBrokenId, qint64(0));
    QVERIFY(good->checked >= 3);
    // Not left inside the read-only snapshot: the owner's connection still writes.
    QVERIFY(m_f->owner().exec(QStringLiteral("UPDATE app_settings SET value = value WHERE key = 'none'"), {}).ok());

    QVERIFY(m_f->superuser().execDdl(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")).ok());
    QVERIFY(m_f->superuser().exec(QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)"), {}).ok());
    QVERIFY(m_f->superuser().execDdl(QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER USER")).ok());
    const auto broken = central::verifyAuditTrail(m_f->owner());
    QVERIFY2(broken, qPrintable(broken ? QString() : broken.error().message));
    QVERIFY(broken->firstBrokenId != 0);
    QVERIFY2(broken->problem.contains(QLatin1String("removed")), qPrintable(broken->problem));
}

QTEST_GUILESS_MAIN(TestCentralAudit)
#include "tst_central_audit.moc"
