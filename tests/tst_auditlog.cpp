// The append-only, hash-chained audit log on both dialects: an entry commits or vanishes
// with its decision, the chain verifies, and a forged or removed row is named.
#include "models/auditlog.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QTest>
#include <QThread>

using namespace cooc;

namespace {

const QDateTime kAt = QDateTime(QDate(2026, 11, 28), QTime(2, 3, 4, 567), Qt::UTC);

Actor teacher()
{
    Actor a;
    a.staffId = 0; // no staff rows in these tests: the column is a nullable reference
    a.login = QStringLiteral("tpjh123456789");
    a.displayName = QStringLiteral("林老師");
    return a;
}

qint64 rows(const Database &db)
{
    auto n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    return n ? n.value().toLongLong() : -1;
}

// Writes `n` entries, each in its own transaction, and returns their ids.
QList<qint64> appendSome(const Database &db, int n, const QString &prefix = QStringLiteral("test.action"))
{
    QList<qint64> ids;
    const AuditLog log(db);
    for (int i = 0; i < n; ++i) {
        auto tx = Transaction::begin(db);
        if (!tx)
            return ids;
        auto id = log.append(teacher(), prefix, QStringLiteral("binding_request"), 100 + i,
            { { QStringLiteral("i"), i }, { QStringLiteral("note"), QStringLiteral("核准 𠀋") } }, kAt.addSecs(i));
        if (!id || !tx.value()->commit())
            return ids;
        ids << id.value();
    }
    return ids;
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void appendCommitsWithItsTransaction_data() { test::addDialectRows(); }
    void appendCommitsWithItsTransaction();
    void rollbackLeavesNothing_data() { test::addDialectRows(); }
    void rollbackLeavesNothing();
    void chainVerifies_data() { test::addDialectRows(); }
    void chainVerifies();
    void forgedRowIsTheFirstBroken_data() { test::addDialectRows(); }
    void forgedRowIsTheFirstBroken();
    void removedRowIsDetected_data() { test::addDialectRows(); }
    void removedRowIsDetected();
    void pagesAreKeyset_data() { test::addDialectRows(); }
    void pagesAreKeyset();
    void concurrentWritersKeepOneChain_data() { test::addDialectRows(); }
    void schoolsHaveTheirOwnChains_data() { test::addDialectRows(); }
    void schoolsHaveTheirOwnChains();
    void concurrentWritersKeepOneChain();
};

void TestAuditLog::appendCommitsWithItsTransaction()
{
    COOC_TEST_DATABASE(tdb);
    const Database &db = tdb->db();
    const QJsonObject detail { { QStringLiteral("verdict"), QStringLiteral("TOTAL_PASSED") },
        { QStringLiteral("reasons"), QJsonArray { QStringLiteral("簽章有效"), 3 } },
        { QStringLiteral("masked_id"), QStringLiteral("A12****789") } };
    auto tx = Transaction::begin(db);
    QVERIFY(tx.ok());
    auto id = AuditLog(db).append(
        teacher(), QStringLiteral("binding.approve"), QStringLiteral("binding_request"), 42, detail, kAt);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().detail));
    QVERIFY(tx.value()->commit().ok());

    auto entries = AuditLog(db).forEntity(QStringLiteral("binding_request"), 42);
    QVERIFY(entries.ok());
    QCOMPARE(entries.value().size(), 1);
    const AuditEntry e = entries.value().first();
    QCOMPARE(e.id, id.value());
    QCOMPARE(e.at, kAt); // milliseconds survive on both dialects
    QCOMPARE(e.actorLogin, QStringLiteral("tpjh123456789"));
    QCOMPARE(e.action, QStringLiteral("binding.approve"));
    QCOMPARE(e.detail, detail);
    QCOMPARE(e.prevHash, QString());
    QCOMPARE(e.hash.size(), 64);
    QCOMPARE(AuditLog::contentHash(e.prevHash, e), e.hash);
}

void TestAuditLog::rollbackLeavesNothing()
{
    COOC_TEST_DATABASE(tdb);
    const Database &db = tdb->db();
    QCOMPARE(appendSome(db, 2).size(), 2);
    {
        auto tx = Transaction::begin(db);
        QVERIFY(tx.ok());
        QVERIFY(AuditLog(db)
                    .append(teacher(), QStringLiteral("binding.reject"), QStringLiteral("binding_request"), 7, {}, kAt)
                    .ok());
        tx.value()->rollback();
    }
    {
        auto tx = Transaction::begin(db);
        QVERIFY(tx.ok());
        QVERIFY(AuditLog(db)
                    .append(teacher(), QStringLiteral("binding.reject"), QStringLiteral("binding_request"), 8, {}, kAt)
                    .ok());
        // destroyed without commit: rolls back
    }
    QCOMPARE(rows(db), 2);
    QCOMPARE(AuditLog(db).forEntity(QStringLiteral("binding_request"), 7).value().size(), 0);
    // The chain continues from the last committed entry, not from the vanished ones.
    QCOMPARE(appendSome(db, 1).size(), 1);
    auto report = AuditLog(db).verifyChain();
    QVERIFY(report.ok());
    QCOMPARE(report.value().firstBrokenId, 0);
    QCOMPARE(report.value().checked, 3);
}

void TestAuditLog::chainVerifies()
{
    COOC_TEST_DATABASE(tdb);
    auto empty = AuditLog(tdb->db()).verifyChain();
    QVERIFY(empty.ok());
    QCOMPARE(empty.value().checked, 0);
    QCOMPARE(empty.value().firstBrokenId, 0);

    const QList<qint64> ids = appendSome(tdb->db(), 12);
    QCOMPARE(ids.size(), 12);
    auto report = AuditLog(tdb->db()).verifyChain();
    QVERIFY(report.ok());
    QCOMPARE(report.value().checked, 12);
    QCOMPARE(report.value().firstBrokenId, 0);
    QVERIFY(report.value().problem.isEmpty());
}

void TestAuditLog::forgedRowIsTheFirstBroken()
{
    COOC_TEST_DATABASE(tdb);
    const Database &db = tdb->db();
    const QList<qint64> ids = appendSome(db, 5);
    QCOMPARE(ids.size(), 5);

    // The table refuses the edit first…
    QVERIFY(!db.exec(QStringLiteral("UPDATE audit_log SET detail = '{}' WHERE id = ?"), { ids.at(2) }).ok());
    // …so the forger goes around it: SQLite drops the trigger, a PostgreSQL superuser
    // disables the user triggers.
    if (dialect == Dialect::Sqlite)
        QVERIFY(db.execDdl(QStringLiteral("DROP TRIGGER audit_log_no_update")).ok());
    else
        QVERIFY(db.execDdl(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")).ok());
    QVERIFY(db.exec(QStringLiteral("UPDATE audit_log SET detail = ? WHERE id = ?"),
                  { QStringLiteral("{\"i\":2,\"note\":\"rejected\"}"), ids.at(2) })
                .ok());

    auto report = AuditLog(db).verifyChain();
    QVERIFY(report.ok());
    QCOMPARE(report.value().firstBrokenId, ids.at(2));
    QVERIFY(report.value().problem.contains(QStringLiteral("changed")));

    // Re-hashing the forged row does not help: the next entry still points at the old hash.
    const QString prev
        = db.scalar(QStringLiteral("SELECT prev_hash FROM audit_log WHERE id = ?"), { ids.at(2) }).value().toString();
    auto forged = AuditLog(db).forEntity(QStringLiteral("binding_request"), 102);
    QCOMPARE(forged.value().size(), 1);
    const QString rehashed = AuditLog::contentHash(prev, forged.value().first());
    QVERIFY(db.exec(QStringLiteral("UPDATE audit_log SET hash = ? WHERE id = ?"), { rehashed, ids.at(2) }).ok());
    report = AuditLog(db).verifyChain();
    QCOMPARE(report.value().firstBrokenId, ids.at(3));
    if (dialect == Dialect::Postgres)
        QVERIFY(db.execDdl(QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER USER")).ok());
}

void TestAuditLog::removedRowIsDetected()
{
    COOC_TEST_DATABASE(tdb);
    const Database &db = tdb->db();
    const QList<qint64> ids = appendSome(db, 4);
    QCOMPARE(ids.size(), 4);
    QVERIFY(!db.exec(QStringLiteral("DELETE FROM audit_log WHERE id = ?"), { ids.at(1) }).ok());
    if (dialect == Dialect::Sqlite)
        QVERIFY(db.execDdl(QStringLiteral("DROP TRIGGER audit_log_no_delete")).ok());
    else
        QVERIFY(db.execDdl(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")).ok());
    QVERIFY(db.exec(QStringLiteral("DELETE FROM audit_log WHERE id = ?"), { ids.at(1) }).ok());
    auto report = AuditLog(db).verifyChain();
    QVERIFY(report.ok());
    QCOMPARE(report.value().firstBrokenId, ids.at(2));
    QVERIFY(report.value().problem.contains(QStringLiteral("removed")));
    if (dialect == Dialect::Postgres)
        QVERIFY(db.execDdl(QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER USER")).ok());
}

void TestAuditLog::pagesAreKeyset()
{
    COOC_TEST_DATABASE(tdb);
    const Database &db = tdb->db();
    auto school = db.insert(QStringLiteral("INSERT INTO schools (code, name) VALUES ('tpjh', '測試國中')"), {});
    QVERIFY(school.ok());
    Actor actor = teacher();
    actor.schoolId = school.value();
    QList<qint64> ids;
    for (int i = 0; i < 7; ++i) {
        auto tx = Transaction::begin(db);
        auto id = AuditLog(db).append(actor, QStringLiteral("notice.publish"), QStringLiteral("notice"), i, {}, kAt);
        QVERIFY(id.ok() && tx.value()->commit().ok());
        ids << id.value();
    }
    QVERIFY(appendSome(db, 2).size() == 2); // another "school" (none): not in the page

    auto first = AuditLog(db).page(AuditLog::Scope{school.value()}, 0, 3);
    QVERIFY(first.ok());
    QCOMPARE(first.value().size(), 3);
    QCOMPARE(first.value().at(0).id, ids.at(6)); // newest first
    QCOMPARE(first.value().at(2).id, ids.at(4));
    auto second = AuditLog(db).page(AuditLog::Scope{school.value()}, first.value().last().id, 3);
    QCOMPARE(second.value().size(), 3);
    QCOMPARE(second.value().at(0).id, ids.at(3));
    auto last = AuditLog(db).page(AuditLog::Scope{school.value()}, second.value().last().id, 3);
    QCOMPARE(last.value().size(), 1);
    QCOMPARE(last.value().at(0).id, ids.at(0));
}

void TestAuditLog::concurrentWritersKeepOneChain()
{
    COOC_TEST_DATABASE(tdb);
    constexpr int kThreads = 3;
    constexpr int kEach = 15;
    QList<QThread *> threads;
    QAtomicInt failures = 0;
    for (int t = 0; t < kThreads; ++t) {
        threads << QThread::create([&, t] {
            auto db = tdb->openAnother();
            if (!db) {
                failures.fetchAndAddRelaxed(kEach);
                return;
            }
            const int written = int(appendSome(*db, kEach, QStringLiteral("thread.%1").arg(t)).size());
            failures.fetchAndAddRelaxed(kEach - written);
        });
        threads.last()->start();
    }
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(120000));
        delete thread;
    }
    QCOMPARE(failures.loadRelaxed(), 0);
    QCOMPARE(rows(tdb->db()), kThreads * kEach);
    auto report = AuditLog(tdb->db()).verifyChain();
    QVERIFY(report.ok());
    QCOMPARE(report.value().checked, kThreads * kEach);
    QCOMPARE(report.value().firstBrokenId, 0);
}

void TestAuditLog::schoolsHaveTheirOwnChains()
{
    // Each school's entries link to that school's previous entry (so schools never wait for
    // each other's commits); a school's first entry follows the single chain written before.
    COOC_TEST_DATABASE(tdb);
    const Database &db = tdb->db();
    // Two entries as a client before per-school chains wrote them: one chain (chain NULL),
    // its tail in audit_chain_head on PostgreSQL (the old trigger moved it).
    if (dialect == Dialect::Postgres)
        QVERIFY(db.execDdl(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")).ok());
    QString noSchoolTail = QStringLiteral(""); // not null: "" starts a chain
    qint64 lastBefore = 0;
    for (int i = 0; i < 2; ++i) {
        AuditEntry e;
        e.at = kAt.addSecs(i);
        e.actorLogin = teacher().login;
        e.action = QStringLiteral("test.before");
        e.entity = QStringLiteral("binding_request");
        e.entityId = 300 + i;
        e.detailText = QStringLiteral("{}");
        e.prevHash = noSchoolTail;
        e.hash = AuditLog::contentHash(e.prevHash, e);
        auto id = db.insert(QStringLiteral("INSERT INTO audit_log (at, actor_login, action, entity, entity_id, detail, "
                                           "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                            {db.timestamp(e.at), e.actorLogin, e.action, e.entity, e.entityId, e.detailText, e.prevHash,
                             e.hash});
        QVERIFY(id.ok());
        noSchoolTail = e.hash;
        lastBefore = id.value();
    }
    if (dialect == Dialect::Postgres) {
        QVERIFY(db.exec(QStringLiteral("UPDATE audit_chain_head SET last_id = ?, last_hash = ?"), {lastBefore, noSchoolTail}).ok());
        QVERIFY(db.execDdl(QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER USER")).ok());
    }
    QList<qint64> schools;
    for (const QString &code : {QStringLiteral("tpa"), QStringLiteral("tpb")}) {
        auto id = db.insert(QStringLiteral("INSERT INTO schools (code, name) VALUES (?, ?)"), {code, code});
        QVERIFY(id.ok());
        schools << id.value();
    }
    QList<AuditEntry> written;
    for (int i = 0; i < 6; ++i) {
        Actor actor = teacher();
        actor.schoolId = schools.at(i % 2);
        auto tx = Transaction::begin(db);
        QVERIFY(tx.ok());
        auto id = AuditLog(db).append(actor, QStringLiteral("test.school"), QStringLiteral("binding_request"), 200 + i, {},
                                      kAt.addSecs(60 + i));
        QVERIFY(id.ok());
        QVERIFY(tx.value()->commit().ok());
        written << AuditLog(db).forEntity(QStringLiteral("binding_request"), 200 + i).value().first();
    }
    QCOMPARE(written.at(0).prevHash, noSchoolTail); // school A's first entry
    QCOMPARE(written.at(1).prevHash, noSchoolTail); // school B's first entry
    QCOMPARE(written.at(2).prevHash, written.at(0).hash); // A follows A, not B
    QCOMPARE(written.at(3).prevHash, written.at(1).hash);
    QCOMPARE(written.at(5).chain, std::optional<qint64>(schools.at(1)));
    auto report = AuditLog(db).verifyChain();
    QVERIFY(report.ok());
    QCOMPARE(report.value().checked, 8);
    QCOMPARE(report.value().firstBrokenId, 0);

    // An entry moved to the other school's chain is named.
    if (dialect == Dialect::Sqlite)
        QVERIFY(db.execDdl(QStringLiteral("DROP TRIGGER audit_log_no_update")).ok());
    else
        QVERIFY(db.execDdl(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")).ok());
    QVERIFY(db.exec(QStringLiteral("UPDATE audit_log SET chain = ? WHERE id = ?"), {schools.at(1), written.at(2).id}).ok());
    report = AuditLog(db).verifyChain();
    QCOMPARE(report.value().firstBrokenId, written.at(2).id);
    // Put back, then one of school A's entries removed: A's next entry is named, B stays intact.
    QVERIFY(db.exec(QStringLiteral("UPDATE audit_log SET chain = ? WHERE id = ?"), {schools.at(0), written.at(2).id}).ok());
    QCOMPARE(AuditLog(db).verifyChain().value().firstBrokenId, 0);
    if (dialect == Dialect::Sqlite)
        QVERIFY(db.execDdl(QStringLiteral("DROP TRIGGER audit_log_no_delete")).ok());
    QVERIFY(db.exec(QStringLiteral("DELETE FROM audit_log WHERE id = ?"), {written.at(2).id}).ok());
    report = AuditLog(db).verifyChain();
    QCOMPARE(report.value().firstBrokenId, written.at(4).id);
    QVERIFY(report.value().problem.contains(QStringLiteral("removed")));
    if (dialect == Dialect::Postgres)
        QVERIFY(db.execDdl(QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER USER")).ok());
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
