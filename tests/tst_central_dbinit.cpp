// `cooc-desk-cli db init --owner ROLE`: an administrator connected as the superuser creates
// the central schema so that every object belongs to the owner role, idempotently; `db
// migrate` brings an older database up to this version, as its owner, and refuses what it
// should not touch.
#include "support/clirunner.h"
#include "support/testdatabase.h"

#include "app/central/ownersetup.h"
#include "models/migrator.h"

#include <QFileInfo>
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
    void migrateBringsAnOlderDatabaseUpToDate_data() { test::addDialectRows(); }
    void migrateBringsAnOlderDatabaseUpToDate();
    void migrateRefusesAnEmptyDatabase_data() { test::addDialectRows(); }
    void migrateRefusesAnEmptyDatabase();
    void migrateRunsOnlyAsTheOwner();
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

void TestCentralDbInit::migrateBringsAnOlderDatabaseUpToDate()
{
    // A school's database at schema version 12 (an older client's): `db migrate` applies 13 and
    // later, says so, and a second run has nothing to do.
    QFETCH(Dialect, dialect);
    auto t = test::TestDatabase::create(dialect, false);
    QVERIFY2(t->error().isEmpty(), qPrintable(t->error()));
    QVERIFY(Migrator(t->db()).migrate(12).ok());
    QCOMPARE(Migrator(t->db()).databaseVersion().value(), 12);
    const CliRun r = runCli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), t->urlString()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("from schema version 12 to %1").arg(Migrator::clientVersion())), qPrintable(r.out));
    QCOMPARE(Migrator(t->db()).databaseVersion().value(), Migrator::clientVersion());
    // What the later versions made is there (0014's place key, used by every queue page).
    QVERIFY(t->db().scalar(QStringLiteral("SELECT count(place_key) FROM binding_requests")).ok());
    const CliRun again = runCli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), t->urlString()});
    QVERIFY2(again.exitCode == 0 && again.out.contains(QStringLiteral("nothing to do")), qPrintable(again.out + again.err));
    const CliRun version = runCli({QStringLiteral("db"), QStringLiteral("version"), QStringLiteral("--db"), t->urlString()});
    QVERIFY2(version.out.contains(QStringLiteral("Up to date.")), qPrintable(version.out));
}

void TestCentralDbInit::migrateRefusesAnEmptyDatabase()
{
    // `migrate` only migrates: an empty database (a wrong URL, say) is not given a schema.
    QFETCH(Dialect, dialect);
    auto t = test::TestDatabase::create(dialect, false);
    QVERIFY2(t->error().isEmpty(), qPrintable(t->error()));
    const CliRun r = runCli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), t->urlString()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("has no CooC Desk schema to migrate")), qPrintable(r.err));
    QCOMPARE(Migrator(t->db()).databaseVersion().value(), 0);
    if (dialect == Dialect::Sqlite) {
        // A file that is not there is not created.
        const QString missing = t->url().path + QStringLiteral(".missing");
        const CliRun none = runCli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"),
                                    DatabaseUrl::sqlite(missing).toString()});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(QStringLiteral("no database file")), qPrintable(none.err));
        QVERIFY(!QFileInfo::exists(missing));
    }
}

void TestCentralDbInit::migrateRunsOnlyAsTheOwner()
{
    // A city database at version 12, owned by its owner role. A login role that is not it
    // (nor a member) may not migrate — the new objects would be its own; --owner naming another
    // role does not hand the database over; the superuser migrates as the owner, so everything
    // new belongs to it.
    const QString suffix = QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    const QString owner = QStringLiteral("c%1_mowner").arg(suffix);
    const QString other = QStringLiteral("c%1_mother").arg(suffix);
    const QString stranger = QStringLiteral("c%1_mstranger").arg(suffix);
    auto server = DatabaseUrl::parse(test::TestDatabase::postgresServerUrl());
    QVERIFY(server.ok());
    auto admin = Database::open(server.value());
    QVERIFY(admin.ok());
    {
        auto t = test::TestDatabase::create(Dialect::Postgres, false);
        QVERIFY2(t->error().isEmpty(), qPrintable(t->error()));
        QVERIFY(central::becomeOwner(t->db(), owner).ok());
        QVERIFY(Migrator(t->db()).migrate(12).ok());
        QVERIFY(t->db().execDdl(QStringLiteral("RESET ROLE")).ok());
        const auto dbOwner = [&] {
            return t->db().scalar(QStringLiteral("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"))
                .value()
                .toString();
        };
        QVERIFY(admin.value()->execDdl(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'Stranger-pass-1'").arg(stranger)).ok());
        DatabaseUrl asStranger = t->url();
        asStranger.user = stranger;
        asStranger.password = QStringLiteral("Stranger-pass-1");
        const CliRun refused = runCli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), asStranger.toString()});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("belongs to the role %1").arg(owner)), qPrintable(refused.err));
        const CliRun handOver = runCli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), t->urlString(),
                                        QStringLiteral("--owner"), other});
        QCOMPARE(handOver.exitCode, 1);
        QVERIFY2(handOver.err.contains(QStringLiteral("not %1").arg(other)), qPrintable(handOver.err));
        QCOMPARE(dbOwner(), owner);
        QCOMPARE(Migrator(t->db()).databaseVersion().value(), 12);
        QCOMPARE(admin.value()->scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {other}).value().toInt(), 0);

        const CliRun ok = runCli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), t->urlString()});
        QVERIFY2(ok.exitCode == 0 && ok.out.contains(QStringLiteral("from schema version 12")), qPrintable(ok.out + ok.err));
        QCOMPARE(dbOwner(), owner);
        // What the migration made belongs to the owner (it ran as the owner, not the superuser).
        const auto owned = t->db().scalar(QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname IN"
                                                         " ('cooc_record_binding_decision', 'cooc_audited_here')"
                                                         " AND pg_get_userbyid(proowner) = ?"),
                                          {owner});
        QCOMPARE(owned.value().toInt(), 2);
    }
    QVERIFY(admin.value()->execDdl(QStringLiteral("DROP ROLE IF EXISTS ") + stranger).ok());
    QVERIFY(admin.value()->execDdl(QStringLiteral("DROP ROLE IF EXISTS ") + owner).ok());
}

QTEST_GUILESS_MAIN(TestCentralDbInit)
#include "tst_central_dbinit.moc"
