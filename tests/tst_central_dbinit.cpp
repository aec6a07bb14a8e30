// `cooc-desk-cli db init --owner ROLE`: an administrator connected as the superuser creates
// the central schema so that every object belongs to the owner role, idempotently.
#include "support/clirunner.h"
#include "support/testdatabase.h"

#include <QRandomGenerator>
#include <QTest>

using namespace cooc;
using test::CliRun;
using test::runCli;

class TestCentralDbInit : public QObject
{
    Q_OBJECT

private slots:
    void initWithOwnerOwnsEverything();
    void badOwnerNameChangesNothing();
};

void TestCentralDbInit::initWithOwnerOwnsEverything()
{
    const QString owner = QStringLiteral("c%1_dbowner").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    {
        auto t = test::TestDatabase::create(Dialect::Postgres, false);
        QVERIFY2(t->error().isEmpty(), qPrintable(t->error()));
        const QString url = t->urlString(); // the superuser, on the new database
        const CliRun first = runCli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), url, QStringLiteral("--owner"), owner});
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        QVERIFY(first.out.contains(QStringLiteral("Created the CooC Desk schema")));

        auto notOwned = t->db().scalar(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner <> ?"),
                                       {owner});
        QCOMPARE(notOwned.value().toInt(), 0);
        auto functions = t->db().scalar(QStringLiteral("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                                                       " WHERE n.nspname = 'public' AND p.proname LIKE 'cooc\\_%' AND pg_get_userbyid(p.proowner) = ?"),
                                        {owner});
        QVERIFY(functions.value().toInt() >= 10);
        auto policies = t->db().scalar(QStringLiteral("SELECT count(*) FROM pg_policies WHERE policyname = 'owner_all' AND ? = ANY (roles)"),
                                       {owner});
        QVERIFY(policies.value().toInt() >= 30);
        auto dbOwner = t->db().scalar(QStringLiteral("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"));
        QCOMPARE(dbOwner.value().toString(), owner);

        const CliRun again = runCli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), url, QStringLiteral("--owner"), owner});
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        QVERIFY(again.out.contains(QStringLiteral("nothing to do")));
    }
    auto server = DatabaseUrl::parse(test::TestDatabase::postgresServerUrl());
    QVERIFY(server.ok());
    auto admin = Database::open(server.value());
    QVERIFY(admin.ok());
    QVERIFY(admin.value()->execDdl(QStringLiteral("DROP ROLE IF EXISTS ") + owner).ok());
}

void TestCentralDbInit::badOwnerNameChangesNothing()
{
    auto t = test::TestDatabase::create(Dialect::Postgres, false);
    QVERIFY2(t->error().isEmpty(), qPrintable(t->error()));
    const CliRun r = runCli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), t->urlString(), QStringLiteral("--owner"),
                          QStringLiteral("Owner; DROP DATABASE x")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cannot be a role name")), qPrintable(r.err));
    QCOMPARE(t->db().scalar(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).value().toInt(), 0);
}

QTEST_GUILESS_MAIN(TestCentralDbInit)
#include "tst_central_dbinit.moc"
