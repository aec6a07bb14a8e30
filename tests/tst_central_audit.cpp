// `cooc-desk-cli audit verify` finds what a superuser did to the audit log behind the
// triggers' back, and names the first broken entry. The CLI runs as a child process
// (COOC_CLI), exactly as an administrator would run it.
#include "tst_central_world.h"

#include "models/auditlog.h"
#include "support/clirunner.h"

#include <QTest>

using namespace cooc;
using cooc::test::CliRun;
using cooc::test::runCli;
using namespace cooc::test::central;

namespace {

QList<qint64> appendEntries(const Database &db, const Actor &actor, int n)
{
    QList<qint64> ids;
    for (int i = 0; i < n; ++i) {
        auto tx = Transaction::begin(db);
        if (!tx)
            return {};
        auto id = AuditLog(db).append(actor, QStringLiteral("binding.approve"), QStringLiteral("binding_request"), 100 + i,
                                      {{QStringLiteral("i"), i}, {QStringLiteral("verdict"), QStringLiteral("TOTAL_PASSED")}},
                                      QDateTime::currentDateTimeUtc());
        if (!id || !tx.value()->commit())
            return {};
        ids << id.value();
    }
    return ids;
}

} // namespace

class TestCentralAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void intactChainPasses_data() { test::addDialectRows(); }
    void intactChainPasses();
    void editedEntryIsNamed_data() { test::addDialectRows(); }
    void editedEntryIsNamed();
    void removedNewestEntriesAreDetected();
    void staffAccountIsRefused();
    void usageErrors();
};

void TestCentralAudit::initTestCase()
{
    QVERIFY2(QFileInfo::exists(qEnvironmentVariable("COOC_CLI")), "COOC_CLI must name the built cooc-desk-cli");
}

void TestCentralAudit::intactChainPasses()
{
    QFETCH(Dialect, dialect);
    if (dialect == Dialect::Sqlite) {
        auto t = test::TestDatabase::create(dialect);
        QVERIFY(t->error().isEmpty());
        QCOMPARE(appendEntries(t->db(), Actor::system(), 4).size(), 4);
        const CliRun r = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), t->urlString()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("audit entries checked: 4)")));
        return;
    }
    auto f = Fixture::create();
    QVERIFY2(f->error().isEmpty(), qPrintable(f->error()));
    World w = World::build(*f);
    QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
    // Entries from two staff roles of two schools, interleaved with the owner's.
    for (qint64 staff : {w.teacherA, w.officeStaffY}) {
        auto db = f->connectAs(w.roleOf.value(staff));
        QVERIFY(db);
        Actor a;
        a.staffId = staff;
        a.schoolId = staff == w.teacherA ? w.schoolX : w.schoolY;
        a.login = w.roleOf.value(staff);
        QCOMPARE(appendEntries(*db, a, 3).size(), 3);
        QCOMPARE(appendEntries(f->owner(), Actor::system(), 1).size(), 1);
    }
    const CliRun r = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"),
                             f->urlFor(f->ownerRole()).toString()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("audit entries checked: 8)")), qPrintable(r.out));
}

void TestCentralAudit::editedEntryIsNamed()
{
    QFETCH(Dialect, dialect);
    std::unique_ptr<test::TestDatabase> sqlite;
    std::unique_ptr<Fixture> f;
    const Database *writer = nullptr;
    const Database *super = nullptr;
    QString url;
    if (dialect == Dialect::Sqlite) {
        sqlite = test::TestDatabase::create(dialect);
        QVERIFY(sqlite->error().isEmpty());
        writer = super = &sqlite->db();
        url = sqlite->urlString();
    } else {
        f = Fixture::create();
        QVERIFY2(f->error().isEmpty(), qPrintable(f->error()));
        writer = &f->owner();
        super = &f->superuser();
        url = f->urlFor(f->ownerRole()).toString();
    }
    const QList<qint64> ids = appendEntries(*writer, Actor::system(), 6);
    QCOMPARE(ids.size(), 6);
    QCOMPARE(runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), url}).exitCode, 0);

    // The append-only triggers refuse the edit; a superuser (or whoever owns the SQLite file)
    // goes around them and rewrites the evidence of the fourth decision.
    QVERIFY(!super->exec(QStringLiteral("UPDATE audit_log SET detail = ? WHERE id = ?"),
                         {QStringLiteral("{\"verdict\":\"TOTAL_FAILED\"}"), ids.at(3)}).ok());
    if (dialect == Dialect::Sqlite)
        QVERIFY(super->execDdl(QStringLiteral("DROP TRIGGER audit_log_no_update")).ok());
    else
        QVERIFY(super->execDdl(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")).ok());
    QVERIFY(super->exec(QStringLiteral("UPDATE audit_log SET detail = ? WHERE id = ?"),
                        {QStringLiteral("{\"verdict\":\"TOTAL_FAILED\"}"), ids.at(3)}).ok());
    if (dialect == Dialect::Postgres)
        QVERIFY(super->execDdl(QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER USER")).ok());

    const CliRun r = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), url});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("First broken entry: %1 ").arg(ids.at(3))), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("changed after it was written")), qPrintable(r.out));
    // The password never appears in what the CLI prints.
    if (f)
        QVERIFY(!r.out.contains(Fixture::password(f->ownerRole())));
}

void TestCentralAudit::removedNewestEntriesAreDetected()
{
    // Deleting the newest entries leaves a chain that links perfectly — only the head the
    // trigger keeps knows that something is missing.
    auto f = Fixture::create();
    QVERIFY2(f->error().isEmpty(), qPrintable(f->error()));
    const QList<qint64> ids = appendEntries(f->owner(), Actor::system(), 5);
    QCOMPARE(ids.size(), 5);
    QVERIFY(f->superuser().execDdl(QStringLiteral("SET session_replication_role = replica")).ok());
    QVERIFY(f->superuser().exec(QStringLiteral("DELETE FROM audit_log WHERE id >= ?"), {ids.at(3)}).ok());
    QVERIFY(f->superuser().execDdl(QStringLiteral("SET session_replication_role = origin")).ok());
    const CliRun r = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"),
                             f->urlFor(f->ownerRole()).toString()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("First broken entry: %1 ").arg(ids.at(4))), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("ends at entry %1").arg(ids.at(2))), qPrintable(r.out));
}

void TestCentralAudit::staffAccountIsRefused()
{
    auto f = Fixture::create();
    QVERIFY2(f->error().isEmpty(), qPrintable(f->error()));
    World w = World::build(*f);
    QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
    const CliRun r = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"),
                             f->urlFor(w.roleOf.value(w.officeStaffX)).toString()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("owner")), qPrintable(r.err));
}

void TestCentralAudit::usageErrors()
{
    QCOMPARE(runCli({QStringLiteral("audit")}).exitCode, 3);
    QCOMPARE(runCli({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 3);
    QCOMPARE(runCli({QStringLiteral("audit"), QStringLiteral("fix"), QStringLiteral("--db"), QStringLiteral("sqlite:///tmp/x")}).exitCode, 3);
    QCOMPARE(runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), QStringLiteral("mysql://x/y")}).exitCode, 3);
    // A file that does not exist: the check cannot run (2), and nothing is created.
    const CliRun missing = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"),
                                   QStringLiteral("sqlite:///nonexistent-dir-cooc/none.sqlite")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(!QFileInfo::exists(QStringLiteral("/nonexistent-dir-cooc/none.sqlite")));
}

QTEST_GUILESS_MAIN(TestCentralAudit)
#include "tst_central_audit.moc"
