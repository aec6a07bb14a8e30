#pragma once

#include "models/database.h"

#include <QTemporaryDir>

#include <memory>

namespace cooc::test {

// A fresh, empty database for one test, on either dialect.
// SQLite: a file in a private temporary folder. PostgreSQL: a new database on the server
// that the README test command starts (COOC_TEST_PG_URL, a superuser URL); dropped again
// when the TestDatabase goes away. When that server is missing the test FAILS — it never
// skips — because the README command always provides it.
class TestDatabase final
{
public:
    ~TestDatabase();
    Q_DISABLE_COPY_MOVE(TestDatabase)

    static std::unique_ptr<TestDatabase> create(Dialect dialect, bool migrate = true);

    Database &db() { return *m_db; }
    const DatabaseUrl &url() const { return m_url; }
    QString urlString() const { return m_url.toString(); }
    // Opens another connection to the same database (another thread, another "user").
    std::unique_ptr<Database> openAnother(Database::Access access = Database::Access::ReadWrite) const;
    // A superuser/owner connection to the same PostgreSQL database (raw SQL in security tests).
    const QString &error() const { return m_error; }

    // The server URL of the throwaway PostgreSQL (superuser), or empty with a reason.
    static QString postgresServerUrl(QString *whyMissing = nullptr);

private:
    TestDatabase() = default;

    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseUrl m_url;
    std::unique_ptr<Database> m_db;
    QString m_pgName;
    QString m_error;
};

// Adds a "dialect" column with rows "sqlite" and "postgresql" for data-driven tests.
void addDialectRows();

} // namespace cooc::test

Q_DECLARE_METATYPE(cooc::Dialect)

// Opens the test database for the current data row or fails the test with the reason.
#define COOC_TEST_DATABASE(var, ...)                                                               \
    QFETCH(cooc::Dialect, dialect);                                                                \
    auto var = cooc::test::TestDatabase::create(dialect __VA_OPT__(, ) __VA_ARGS__);               \
    QVERIFY2(var && var->error().isEmpty(),                                                        \
             qPrintable(var ? var->error() : QStringLiteral("no database")))
