#pragma once

#include "models/databaseurl.h"
#include "models/result.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <memory>
#include <optional>

class QSqlError;

namespace cooc {

// One connection to either deployment. A Database belongs to the thread that opened it
// (QSqlDatabase rule); another thread, or a second query while a forward-only query is
// still streaming on PostgreSQL, uses openSibling().
//
// Every statement is prepared with bound values: exec() takes the SQL text and the values.
class Database final
{
public:
    enum class Access { ReadWrite, ReadOnly };
    enum class Rows { Buffered, ForwardOnly };

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Opens the database. SQLite: a missing file is created (ReadWrite) and an existing
    // file that is not a SQLite database is reported as Corrupt and left untouched.
    // ReadOnly is enforced by the engine: SQLite opens the file read-only; PostgreSQL runs
    // every transaction READ ONLY (and central deployments give such users a read-only role).
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl &url, Access access = Access::ReadWrite);
    Result<std::unique_ptr<Database>> openSibling(Access access) const;
    // Reopens this connection in place after the server dropped it (same settings, the
    // current password): the connection name stays, so every repository holding this
    // Database keeps working. The old session is gone — an open transaction rolled back,
    // SET ROLE undone. app/central/ConnectionMonitor calls it with backoff.
    Status reconnect();
    // PostgreSQL: SET ROLE `role` now and again after every reconnect() (the parent view's
    // connection, narrowed to parent_view_reader, must not come back with the login's own
    // privileges). `role` is an identifier of ours, never user input.
    Status setSessionRole(const QString &role);

    Dialect dialect() const { return m_url.dialect; }
    const DatabaseUrl &url() const { return m_url; }
    Access access() const { return m_access; }
    QSqlDatabase connection() const;
    bool isOpen() const;

    // Prepares `sql` (placeholders `?` or `:name`), binds `values` in order, executes.
    // ForwardOnly streams rows (PostgreSQL does not buffer the whole result).
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {},
                           Rows rows = Rows::ForwardOnly) const;
    // Runs a statement that takes no values and cannot be prepared on PostgreSQL (DDL,
    // CREATE ROLE/DATABASE, SET, LOCK …). Only for SQL text written by us, never user data.
    Status execDdl(const QString &sql) const;
    // exec() for statements that return one row with one column, e.g. COUNT(*), RETURNING id.
    // The statement stays prepared on this connection for the next call with the same SQL
    // text (PostgreSQL: one PREPARE, then one round trip per call instead of three, and no
    // parsing; the decisions' INSERTs come here through insert()). PostgreSQL plans a kept
    // statement generically after five runs: keep only statements whose best plan does not
    // depend on the values (by key); counts over skewed columns and range probes use exec().
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {}) const;
    // A statement that returns at most one row, through the same kept statements: its values
    // (nullopt when there is no row). For reads by key whose best plan does not depend on the
    // values (a request's row, an applicant's record): under the central database's row-level
    // security, planning such a statement costs more than running it (4–10 ms against 1–4).
    Result<std::optional<QSqlRecord>> row(const QString &sql, const QVariantList &values = {}) const;
    // All rows of such a statement (a few, by key: a request's history, a student's guardians).
    // In central mode each exec() is three round trips (QPSQL: PREPARE, EXECUTE, DEALLOCATE),
    // a kept statement one — what a details pane costs over a city network.
    Result<QList<QSqlRecord>> rows(const QString &sql, const QVariantList &values = {}) const;
    // Runs an UPDATE or DELETE through the same prepared statements; the rows it changed.
    Result<int> change(const QString &sql, const QVariantList &values) const;
    // Runs an INSERT and returns the new row's id (RETURNING id on both dialects).
    Result<qint64> insert(const QString &sqlWithoutReturning, const QVariantList &values) const;

    // Values for {TS} columns are UTC. SQLite stores them as ISO-8601 text with
    // milliseconds and a Z, so that text order is time order.
    QVariant timestamp(const QDateTime &time) const;
    static QDateTime toDateTime(const QVariant &value);
    static QDate toDate(const QVariant &value);

    // Maps a driver error to an Error a user can read (SQLSTATE / SQLite result codes).
    Error errorFrom(const QSqlError &error, const QString &what) const;

    // Current user of a PostgreSQL connection (the staff member's own role), or empty.
    QString serverUser() const;
    // After the user changed their own PostgreSQL password (AuthService::changePassword):
    // connections opened by openSibling() from now on use the new one.
    void setPassword(const QString &password) { m_url.password = password; }

private:
    Database(DatabaseUrl url, Access access, QString connectionName);
    Status connect();
    Status openAndPrepare();
    // Why the PostgreSQL server refused to connect, in the user's words (nullopt: none known).
    std::optional<Error> refusalFrom(const QString &serverText) const;
    // The statement for `sql`, prepared once per connection, bound to `values` and run
    // (null with *error set on failure). The caller reads it and finishes it.
    QSqlQuery *runPrepared(const QString &sql, const QVariantList &values, Error *error) const;

    DatabaseUrl m_url;
    Access m_access;
    QString m_connectionName;
    QString m_sessionRole; // re-applied by openAndPrepare()
    // scalar()'s prepared statements by SQL text; each is finished after use, so none holds
    // a result (or, on SQLite, a lock). Dropped when the connection is reopened or closed.
    mutable QHash<QString, QSqlQuery> m_statements;
    static constexpr qsizetype kMaxStatements = 256;
};

// A transaction that rolls back unless commit() succeeds. SQLite takes the write lock at
// BEGIN (IMMEDIATE) so two writers never deadlock on a lock upgrade; the loser waits
// (busy timeout) and then sees the winner's row version.
class [[nodiscard]] Transaction final
{
public:
    static Result<std::unique_ptr<Transaction>> begin(const Database &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    Status commit();
    void rollback();

private:
    explicit Transaction(const Database &db) : m_db(db) {}
    const Database &m_db;
    bool m_active = true;
};

} // namespace cooc
