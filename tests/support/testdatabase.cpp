#include "support/testdatabase.h"

#include "models/migrator.h"

#include <QRandomGenerator>
#include <QTest>

namespace cooc::test {

QString TestDatabase::postgresServerUrl(QString *whyMissing)
{
    const QString url = qEnvironmentVariable("COOC_TEST_PG_URL");
    if (url.isEmpty() && whyMissing)
        *whyMissing = QStringLiteral("COOC_TEST_PG_URL is not set: PostgreSQL tests need the server that "
                                     "scripts/test.sh starts (README, Quick start).");
    return url;
}

std::unique_ptr<TestDatabase> TestDatabase::create(Dialect dialect, bool migrate)
{
    std::unique_ptr<TestDatabase> t(new TestDatabase);
    if (dialect == Dialect::Sqlite) {
        t->m_dir = std::make_unique<QTemporaryDir>();
        t->m_url = DatabaseUrl::sqlite(t->m_dir->filePath(QStringLiteral("test.sqlite")));
    } else {
        const QString serverText = postgresServerUrl(&t->m_error);
        if (serverText.isEmpty())
            return t;
        auto server = DatabaseUrl::parse(serverText);
        if (!server) {
            t->m_error = server.error().message;
            return t;
        }
        auto admin = Database::open(server.value());
        if (!admin) {
            t->m_error = QStringLiteral("PostgreSQL test server unreachable: ") + admin.error().detail;
            return t;
        }
        t->m_pgName = QStringLiteral("cooc_test_%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
        // Identifiers cannot be bound; this one is generated here, never user data.
        auto created = admin.value()->execDdl(QStringLiteral("CREATE DATABASE ") + t->m_pgName);
        if (!created) {
            t->m_error = created.error().detail;
            return t;
        }
        t->m_url = server.value();
        t->m_url.databaseName = t->m_pgName;
    }
    auto db = Database::open(t->m_url);
    if (!db) {
        t->m_error = db.error().message + QLatin1Char(' ') + db.error().detail;
        return t;
    }
    t->m_db = std::move(db).value();
    if (migrate) {
        if (Status status = Migrator(*t->m_db).migrate(); !status)
            t->m_error = status.error().message + QLatin1Char(' ') + status.error().detail;
    }
    return t;
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (m_pgName.isEmpty())
        return;
    auto server = DatabaseUrl::parse(postgresServerUrl());
    if (!server)
        return;
    if (auto admin = Database::open(server.value()))
        (void)admin.value()->execDdl(QStringLiteral("DROP DATABASE IF EXISTS ") + m_pgName + QStringLiteral(" WITH (FORCE)"));
}

std::unique_ptr<Database> TestDatabase::openAnother(Database::Access access) const
{
    auto db = Database::open(m_url, access);
    if (!db) {
        qWarning() << db.error().message << db.error().detail;
        return nullptr;
    }
    return std::move(db).value();
}

void addDialectRows()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::newRow("sqlite") << Dialect::Sqlite;
    QTest::newRow("postgresql") << Dialect::Postgres;
}

} // namespace cooc::test
