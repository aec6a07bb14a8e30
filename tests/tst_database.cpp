// The data layer's foundation: URLs, opening either deployment, migrations, bad files,
// read-only connections and the append-only audit log — on SQLite and PostgreSQL alike.
#include "models/database.h"
#include "models/migrator.h"
#include "models/sqlscript.h"
#include "support/testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTimeZone>
#include <QTemporaryDir>
#include <QTest>

using namespace cooc;

class TestDatabaseLayer : public QObject
{
    Q_OBJECT

private slots:
    void parseUrl_data();
    void parseUrl();
    void redactedUrlHidesPassword();
    void remoteServerOnlyWithVerifiedTls();
    void splitScript();

    void migrateCreatesSchema_data() { test::addDialectRows(); }
    void migrateCreatesSchema();
    void migrateIsIdempotent_data() { test::addDialectRows(); }
    void migrateIsIdempotent();
    void newerSchemaIsRefused_data() { test::addDialectRows(); }
    void newerSchemaIsRefused();
    void transactionRollsBack_data() { test::addDialectRows(); }
    void transactionRollsBack();
    void readOnlyConnectionCannotWrite_data() { test::addDialectRows(); }
    void readOnlyConnectionCannotWrite();
    void auditLogIsAppendOnly_data() { test::addDialectRows(); }
    void auditLogIsAppendOnly();
    void timestampsRoundTrip_data() { test::addDialectRows(); }
    void timestampsRoundTrip();
    void preparedStatementsAreReused_data() { test::addDialectRows(); }
    void preparedStatementsAreReused();
    void errorAfterTheRowsIsReported();

    void corruptSqliteIsReportedAndKept();
    void foreignSqliteDatabaseIsRefused();
    void unreachablePostgresIsReported();
    void wrongPostgresPasswordIsReported();
};

void TestDatabaseLayer::parseUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("pathOrHost");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");

    QTest::newRow("sqlite") << "sqlite:///home/t/school.sqlite" << true << int(Dialect::Sqlite)
                            << "/home/t/school.sqlite" << 0 << "" << "";
    QTest::newRow("sqlite with space") << "sqlite:///tmp/my%20school.sqlite" << true << int(Dialect::Sqlite)
                                       << "/tmp/my school.sqlite" << 0 << "" << "";
    QTest::newRow("sqlite relative") << "sqlite://school.sqlite" << false << 0 << "" << 0 << "" << "";
    QTest::newRow("postgresql") << "postgresql://lin:s%40cret@db.tp.edu.tw:6543/cooc?sslmode=verify-full"
                                << true << int(Dialect::Postgres) << "db.tp.edu.tw" << 6543 << "lin" << "cooc";
    QTest::newRow("postgres default port") << "postgres://u@127.0.0.1/x" << true << int(Dialect::Postgres)
                                           << "127.0.0.1" << 5432 << "u" << "x";
    QTest::newRow("postgres no db") << "postgresql://u@host" << false << 0 << "" << 0 << "" << "";
    QTest::newRow("mysql") << "mysql://u@host/db" << false << 0 << "" << 0 << "" << "";
    QTest::newRow("empty") << "" << false << 0 << "" << 0 << "" << "";
}

void TestDatabaseLayer::parseUrl()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto url = DatabaseUrl::parse(text);
    QCOMPARE(url.ok(), valid);
    if (!valid) {
        QCOMPARE(url.error().code, Error::Code::InvalidInput);
        QVERIFY(!url.error().message.isEmpty());
        return;
    }
    QFETCH(int, dialect);
    QFETCH(QString, pathOrHost);
    QCOMPARE(int(url->dialect), dialect);
    if (url->dialect == Dialect::Sqlite) {
        QCOMPARE(url->path, pathOrHost);
        QCOMPARE(DatabaseUrl::parse(url->toString())->path, pathOrHost); // round trip
    } else {
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, database);
        QCOMPARE(url->host, pathOrHost);
        QCOMPARE(url->port, port);
        QCOMPARE(url->user, user);
        QCOMPARE(url->databaseName, database);
    }
}

void TestDatabaseLayer::redactedUrlHidesPassword()
{
    const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://lin:topsecret@h/cooc?sslmode=require"));
    QVERIFY(url.ok());
    QCOMPARE(url->password, QStringLiteral("topsecret"));
    QVERIFY(!url->redacted().contains(QLatin1String("topsecret")));
    QVERIFY(url->redacted().contains(QLatin1String("sslmode=require")));
    QCOMPARE(DatabaseUrl::parse(url->toString())->password, QStringLiteral("topsecret"));
}

void TestDatabaseLayer::remoteServerOnlyWithVerifiedTls()
{
    // A server on another computer: its certificate and name are checked (verify-full), by
    // default; a weaker mode in the address is refused before anything is sent.
    const auto plain = DatabaseUrl::parse(QStringLiteral("postgresql://lin@db.tp.edu.tw/cooc"));
    QVERIFY(plain.ok());
    QCOMPARE(plain->sslMode(), QStringLiteral("verify-full"));
    QVERIFY(plain->checkTransport().ok());
    for (const char *mode : {"disable", "allow", "prefer", "require", "verify-ca"}) {
        const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://lin:pw-never-shown@db.tp.edu.tw/cooc?sslmode=")
                                            + QLatin1String(mode));
        QVERIFY(url.ok());
        QElapsedTimer timer;
        timer.start();
        auto db = Database::open(*url);
        QVERIFY2(!db.ok(), mode);
        QCOMPARE(db.error().code, Error::Code::InvalidInput);
        QVERIFY2(db.error().message.contains(QLatin1String("sslmode=verify-full"))
                     && db.error().message.contains(QLatin1String("sslmode=") + QLatin1String(mode)),
                 qPrintable(db.error().message));
        QVERIFY(!db.error().message.contains(QLatin1String("pw-never-shown")));
        QVERIFY2(timer.elapsed() < 1000, "refused without trying the network");
    }
    // An option's value cannot smuggle in a keyword of its own (libpq reads the last of a
    // repeated keyword): every value is quoted, and ";" — where the driver splits — is refused.
    const auto smuggled = DatabaseUrl::parse(QStringLiteral("postgresql://lin@db.tp.edu.tw/cooc?sslmode=verify-full"
                                                            "&sslrootcert=a%20sslmode%3Ddisable&application_name=it's"));
    QVERIFY(smuggled.ok());
    QVERIFY(smuggled->checkTransport().ok());
    const QString options = smuggled->libpqOptions();
    QVERIFY2(options.contains(QLatin1String("sslrootcert='a sslmode=disable'")), qPrintable(options));
    QVERIFY2(options.contains(QLatin1String("sslmode='verify-full'")), qPrintable(options));
    QVERIFY2(options.contains(QLatin1String("application_name='it\\'s'")), qPrintable(options));
    QCOMPARE(options.count(QLatin1String("sslmode=")), 2); // verify-full, and the one inside the quoted path
    // A dead network is noticed in seconds by default; the URL's own values win.
    QVERIFY2(options.contains(QLatin1String("tcp_user_timeout='20000'")), qPrintable(options));
    QVERIFY2(options.contains(QLatin1String("keepalives_idle='30'")), qPrintable(options));
    const auto tuned = DatabaseUrl::parse(QStringLiteral("postgresql://lin@db.tp.edu.tw/cooc?sslmode=verify-full"
                                                         "&tcp_user_timeout=5000"));
    QVERIFY(tuned.ok());
    QCOMPARE(tuned->libpqOptions().count(QLatin1String("tcp_user_timeout=")), 1);
    QVERIFY(tuned->libpqOptions().contains(QLatin1String("tcp_user_timeout='5000'")));
    const auto split = DatabaseUrl::parse(QStringLiteral("postgresql://lin@localhost/cooc?application_name=a%3Bhost%3Devil.tw"));
    QVERIFY(split.ok());
    auto refused = Database::open(*split);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QVERIFY2(refused.error().message.contains(QLatin1String("application_name")), qPrintable(refused.error().message));
    // On this computer (socket, loopback) TLS is not required.
    for (const char *host : {"localhost", "127.0.0.1", "/var/run/postgresql"}) {
        DatabaseUrl url = *plain;
        url.host = QString::fromLatin1(host);
        url.options.insert(QStringLiteral("sslmode"), QStringLiteral("disable"));
        QVERIFY2(url.checkTransport().ok(), host);
    }
}

void TestDatabaseLayer::splitScript()
{
    const QString script = QStringLiteral(
        "-- comment; with semicolon\n"
        "CREATE TABLE a (x TEXT DEFAULT 'a;b');\n"
        "/* block; comment */ INSERT INTO a VALUES ('it''s; fine');\n"
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\n"
        "CREATE TRIGGER t BEFORE DELETE ON a BEGIN SELECT RAISE(ABORT, 'no'); SELECT 2; END;\n"
        "SELECT 3");
    const QStringList statements = splitSqlScript(script);
    QCOMPARE(statements.size(), 5);
    QCOMPARE(statements.at(0), QStringLiteral("CREATE TABLE a (x TEXT DEFAULT 'a;b')"));
    QVERIFY(statements.at(1).endsWith(QLatin1String("('it''s; fine')")));
    QVERIFY(statements.at(2).contains(QLatin1String("$$ SELECT 1; $$")));
    QVERIFY(statements.at(3).endsWith(QLatin1String("END")));
    QCOMPARE(statements.at(4), QStringLiteral("SELECT 3"));
}

void TestDatabaseLayer::migrateCreatesSchema()
{
    COOC_TEST_DATABASE(t);
    Migrator migrator(t->db());
    QCOMPARE(migrator.databaseVersion().value(), Migrator::clientVersion());
    QVERIFY(Migrator::clientVersion() >= 1);
    const QStringList tables = t->db().connection().tables();
    for (const char *table : {"schools", "staff", "classes", "students", "enrollments", "parents", "accounts",
                              "binding_requests", "parent_bindings", "leave_requests", "attendance", "grades",
                              "merits", "gate_swipes", "notices", "notice_replies", "surveys", "survey_answers",
                              "messages", "push_outbox", "contact_book_entries", "activities", "payments",
                              "audit_log"}) {
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    }
    auto school = t->db().insert(QStringLiteral("INSERT INTO schools (code, name) VALUES (?, ?)"),
                                 {QStringLiteral("tpjh"), QStringLiteral("臺北市立示範國民中學")});
    QVERIFY2(school.ok(), qPrintable(school.ok() ? QString() : school.error().detail));
    // Constraints hold on both dialects: an unknown status is rejected.
    auto bad = t->db().exec(QStringLiteral("INSERT INTO offices (school_id, code, name) VALUES (?, ?, ?)"),
                            {school.value(), QStringLiteral("cafeteria"), QStringLiteral("x")});
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, Error::Code::InvalidInput);
}

void TestDatabaseLayer::migrateIsIdempotent()
{
    COOC_TEST_DATABASE(t);
    const QString count = QStringLiteral("SELECT COUNT(*) FROM schema_migrations");
    const int applied = t->db().scalar(count).value().toInt();
    QVERIFY(applied > 0);
    // A second run applies nothing and records nothing; the schema stays at the client's version
    // (version numbers have gaps and some migrations exist for one dialect only).
    QVERIFY(Migrator(t->db()).migrate().ok());
    QCOMPARE(t->db().scalar(count).value().toInt(), applied);
    QCOMPARE(t->db().scalar(QStringLiteral("SELECT MAX(version) FROM schema_migrations")).value().toInt(),
             Migrator::clientVersion());
}

void TestDatabaseLayer::newerSchemaIsRefused()
{
    COOC_TEST_DATABASE(t);
    QVERIFY(t->db().exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
                         {9999, QStringLiteral("from_the_future"), QStringLiteral("2030-01-01")}).ok());
    const Status status = Migrator(t->db()).migrate();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, Error::Code::SchemaTooNew);
    QVERIFY(status.error().message.contains(QLatin1String("9999")));
    QCOMPARE(Migrator(t->db()).databaseVersion().value(), 9999); // nothing was changed
}

void TestDatabaseLayer::transactionRollsBack()
{
    COOC_TEST_DATABASE(t);
    {
        auto tx = Transaction::begin(t->db());
        QVERIFY(tx.ok());
        QVERIFY(t->db().exec(QStringLiteral("INSERT INTO schools (code, name) VALUES (?, ?)"),
                             {QStringLiteral("a"), QStringLiteral("A")}).ok());
        // no commit: the destructor rolls back
    }
    QCOMPARE(t->db().scalar(QStringLiteral("SELECT COUNT(*) FROM schools")).value().toInt(), 0);
    {
        auto tx = Transaction::begin(t->db());
        QVERIFY(t->db().exec(QStringLiteral("INSERT INTO schools (code, name) VALUES (?, ?)"),
                             {QStringLiteral("b"), QStringLiteral("B")}).ok());
        QVERIFY(tx.value()->commit().ok());
    }
    QCOMPARE(t->db().scalar(QStringLiteral("SELECT COUNT(*) FROM schools")).value().toInt(), 1);
}

void TestDatabaseLayer::readOnlyConnectionCannotWrite()
{
    COOC_TEST_DATABASE(t);
    auto reader = t->openAnother(Database::Access::ReadOnly);
    QVERIFY(reader);
    QVERIFY(reader->scalar(QStringLiteral("SELECT COUNT(*) FROM schools")).ok());
    auto write = reader->exec(QStringLiteral("INSERT INTO schools (code, name) VALUES (?, ?)"),
                              {QStringLiteral("x"), QStringLiteral("X")});
    QVERIFY(!write.ok());
    QCOMPARE(write.error().code, Error::Code::PermissionDenied);
    QCOMPARE(t->db().scalar(QStringLiteral("SELECT COUNT(*) FROM schools")).value().toInt(), 0);
}

void TestDatabaseLayer::auditLogIsAppendOnly()
{
    COOC_TEST_DATABASE(t);
    auto id = t->db().insert(QStringLiteral("INSERT INTO audit_log (at, actor_login, action, entity) VALUES (?, ?, ?, ?)"),
                             {t->db().timestamp(QDateTime::currentDateTimeUtc()), QStringLiteral("tpjh123456789"),
                              QStringLiteral("test"), QStringLiteral("nothing")});
    QVERIFY(id.ok());
    QVERIFY(!t->db().exec(QStringLiteral("UPDATE audit_log SET action = ? WHERE id = ?"),
                          {QStringLiteral("forged"), id.value()}).ok());
    QVERIFY(!t->db().exec(QStringLiteral("DELETE FROM audit_log WHERE id = ?"), {id.value()}).ok());
    QCOMPARE(t->db().scalar(QStringLiteral("SELECT action FROM audit_log WHERE id = ?"), {id.value()}).value().toString(),
             QStringLiteral("test"));
}

void TestDatabaseLayer::timestampsRoundTrip()
{
    COOC_TEST_DATABASE(t);
    const QDateTime when(QDate(2025, 11, 27), QTime(8, 5, 30, 250), QTimeZone(8 * 3600));
    QVERIFY(t->db().exec(QStringLiteral("INSERT INTO audit_log (at, actor_login, action, entity) VALUES (?, ?, ?, ?)"),
                         {t->db().timestamp(when), QStringLiteral("x"), QStringLiteral("a"), QStringLiteral("e")}).ok());
    const QDateTime back = Database::toDateTime(t->db().scalar(QStringLiteral("SELECT at FROM audit_log")).value());
    QCOMPARE(back, when);
    // Time order is text order on SQLite, too.
    auto later = t->db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE at > ?"),
                                {t->db().timestamp(when.addMSecs(-1))});
    QCOMPARE(later.value().toInt(), 1);
}

void TestDatabaseLayer::preparedStatementsAreReused()
{
    // scalar(), insert() and change() keep their statement prepared per SQL text: the same
    // text with other values gives the other answer, a failed run leaves the next one
    // working, and a reopened connection prepares again.
    COOC_TEST_DATABASE(t);
    const Database &db = t->db();
    const QString insert = QStringLiteral("INSERT INTO schools (code, name) VALUES (?, ?)");
    auto a = db.insert(insert, {QStringLiteral("tpa"), QStringLiteral("甲")});
    auto b = db.insert(insert, {QStringLiteral("tpb"), QStringLiteral("乙")});
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a.value() != b.value());
    QVERIFY(!db.insert(insert, {QStringLiteral("tpa"), QStringLiteral("重複")}).ok()); // code is unique
    auto c = db.insert(insert, {QStringLiteral("tpc"), QStringLiteral("丙")});
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().detail));
    const QString nameOf = QStringLiteral("SELECT name FROM schools WHERE id = ?");
    QCOMPARE(db.scalar(nameOf, {a.value()}).value().toString(), QStringLiteral("甲"));
    QCOMPARE(db.scalar(nameOf, {c.value()}).value().toString(), QStringLiteral("丙"));
    QVERIFY(db.scalar(nameOf, {qint64(999999)}).value().isNull());
    const QString rename = QStringLiteral("UPDATE schools SET name = ? WHERE id = ?");
    QCOMPARE(db.change(rename, {QStringLiteral("乙二"), b.value()}).value(), 1);
    QCOMPARE(db.change(rename, {QStringLiteral("無"), qint64(999999)}).value(), 0);
    QCOMPARE(db.scalar(nameOf, {b.value()}).value().toString(), QStringLiteral("乙二"));
    // A transaction rolled back takes the statements' changes with it, not the statements.
    {
        auto tx = Transaction::begin(db);
        QVERIFY(tx.ok());
        QCOMPARE(db.change(rename, {QStringLiteral("暫"), a.value()}).value(), 1);
        tx.value()->rollback();
    }
    QCOMPARE(db.scalar(nameOf, {a.value()}).value().toString(), QStringLiteral("甲"));
    // A statement refused inside a transaction stays prepared and works after the rollback; on
    // PostgreSQL nothing is left behind on the server (it could not be deallocated in the
    // failed transaction, so dropping it would leak it for the rest of the session).
    const QString prepared = QStringLiteral("SELECT count(*) FROM pg_prepared_statements");
    const bool postgres = db.dialect() == Dialect::Postgres;
    const int before = postgres ? db.scalar(prepared).value().toInt() : 0;
    {
        auto tx = Transaction::begin(db);
        QVERIFY(tx.ok());
        QVERIFY(!db.insert(insert, {QStringLiteral("tpb"), QStringLiteral("重複")}).ok());
        tx.value()->rollback();
    }
    auto d = db.insert(insert, {QStringLiteral("tpd"), QStringLiteral("丁")});
    QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().detail));
    if (postgres)
        QCOMPARE(db.scalar(prepared).value().toInt(), before);
    QVERIFY(t->db().reconnect().ok());
    QCOMPARE(db.scalar(nameOf, {a.value()}).value().toString(), QStringLiteral("甲"));
    QCOMPARE(db.change(rename, {QStringLiteral("甲二"), a.value()}).value(), 1);
}

void TestDatabaseLayer::errorAfterTheRowsIsReported()
{
    // A statement that commits on its own sends its rows before the commit runs the deferred
    // checks; when one refuses, the rows were never saved and row()/rows()/scalar() must say so
    // (a binding decision is such a call on PostgreSQL: cooc_record_binding_decision).
    auto pg = test::TestDatabase::create(Dialect::Postgres);
    QVERIFY2(pg && pg->error().isEmpty(), qPrintable(pg ? pg->error() : QStringLiteral("no database")));
    const Database &db = pg->db();
    QVERIFY(db.execDdl(QStringLiteral(
                           "CREATE TABLE late_checked (x integer);"
                           "CREATE FUNCTION late_refusal() RETURNS trigger LANGUAGE plpgsql AS $$"
                           " BEGIN IF NEW.x < 0 THEN RAISE EXCEPTION 'negative' USING ERRCODE = 'check_violation'; END IF;"
                           " RETURN NULL; END $$;"
                           "CREATE CONSTRAINT TRIGGER late_check AFTER INSERT ON late_checked DEFERRABLE INITIALLY DEFERRED"
                           " FOR EACH ROW EXECUTE FUNCTION late_refusal()"))
                .ok());
    const QString insert = QStringLiteral("INSERT INTO late_checked (x) VALUES (?) RETURNING x");
    auto saved = db.row(insert, {1});
    QVERIFY(saved.ok() && saved.value() && saved.value()->value(0).toInt() == 1);
    auto refused = db.row(insert, {-1});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QVERIFY(!db.rows(insert, {-2}).ok());
    QVERIFY(!db.scalar(insert, {-3}).ok());
    QCOMPARE(db.scalar(QStringLiteral("SELECT string_agg(x::text, ',') FROM late_checked")).value().toString(),
             QStringLiteral("1"));
    // The kept statement still works.
    QVERIFY(db.row(insert, {2}).ok());
}

void TestDatabaseLayer::corruptSqliteIsReportedAndKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray garbage = QByteArray("this is not a database at all\n").repeated(200);
    file.write(garbage);
    file.close();

    auto db = Database::open(DatabaseUrl::sqlite(path));
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, Error::Code::Corrupt);
    QVERIFY(db.error().message.contains(path));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage); // never overwritten

    // A real SQLite header with a damaged body is reported too.
    QByteArray damaged("SQLite format 3\0", 16);
    damaged += QByteArray(4096, '\xff');
    QFile f2(dir.filePath(QStringLiteral("damaged.sqlite")));
    QVERIFY(f2.open(QIODevice::WriteOnly));
    f2.write(damaged);
    f2.close();
    auto db2 = Database::open(DatabaseUrl::sqlite(f2.fileName()));
    QVERIFY(!db2.ok());
    QCOMPARE(db2.error().code, Error::Code::Corrupt);
    QVERIFY(f2.open(QIODevice::ReadOnly));
    QCOMPARE(f2.readAll(), damaged);
}

void TestDatabaseLayer::foreignSqliteDatabaseIsRefused()
{
    QTemporaryDir dir;
    const auto url = DatabaseUrl::sqlite(dir.filePath(QStringLiteral("other.sqlite")));
    {
        auto db = Database::open(url);
        QVERIFY(db.ok());
        QVERIFY(db.value()->exec(QStringLiteral("CREATE TABLE recipes (id INTEGER)")).ok());
    }
    auto db = Database::open(url);
    QVERIFY(db.ok());
    const Status status = Migrator(*db.value()).migrate();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, Error::Code::Corrupt);
    QVERIFY(!db.value()->connection().tables().contains(QStringLiteral("schools")));
}

void TestDatabaseLayer::unreachablePostgresIsReported()
{
    // A port that nobody listens on: find one by binding and releasing it.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    auto url = DatabaseUrl::parse(QStringLiteral("postgresql://nobody@127.0.0.1:%1/cooc").arg(port));
    QVERIFY(url.ok());
    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(url.value());
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, Error::Code::Unavailable);
    QVERIFY(db.error().message.contains(QLatin1String("127.0.0.1")));
    QVERIFY(timer.elapsed() < 10000);
}

void TestDatabaseLayer::wrongPostgresPasswordIsReported()
{
    QString why;
    const QString server = test::TestDatabase::postgresServerUrl(&why);
    QVERIFY2(!server.isEmpty(), qPrintable(why));
    auto url = DatabaseUrl::parse(server);
    QVERIFY(url.ok());
    url.value().password = QStringLiteral("definitely-wrong");
    auto db = Database::open(url.value());
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, Error::Code::AuthFailed);
    QVERIFY(!db.error().message.contains(QLatin1String("definitely-wrong")));
}

QTEST_GUILESS_MAIN(TestDatabaseLayer)
#include "tst_database.moc"
