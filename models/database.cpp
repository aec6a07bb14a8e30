#include "models/database.h"

#include "models/logging.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlRecord>
#include <QTimeZone>

#include <algorithm>
#include <optional>

namespace cooc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::Database", text);
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("cooc-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(16);
    return header == QByteArrayLiteral("SQLite format 3\0");
}

} // namespace

Database::Database(DatabaseUrl url, Access access, QString connectionName)
    : m_url(std::move(url)), m_access(access), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_statements.clear(); // before the connection goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl &url, Access access)
{
    if (Status transport = url.checkTransport(); !transport)
        return transport.error();
    if (Status options = url.checkOptions(); !options)
        return options.error();
    if (url.dialect == Dialect::Sqlite) {
        const QFileInfo info(url.path);
        if (info.exists()) {
            if (!info.isFile())
                return Error::make(Error::Code::InvalidInput,
                                   tr("%1 is not a file.").arg(url.path));
            if (info.size() > 0 && !looksLikeSqlite(url.path))
                return Error::make(Error::Code::Corrupt,
                                   tr("%1 is not a CooC Desk database, or it is damaged. The file was left "
                                      "untouched; restore it from a backup or choose another file.")
                                       .arg(url.path));
        } else if (access == Access::ReadOnly) {
            return Error::make(Error::Code::NotFound, tr("The database file %1 does not exist.").arg(url.path));
        } else if (!QFileInfo(info.absolutePath()).isDir()) {
            return Error::make(Error::Code::InvalidInput,
                               tr("The folder %1 does not exist.").arg(info.absolutePath()));
        }
    }
    std::unique_ptr<Database> db(new Database(url, access, nextConnectionName()));
    if (Status status = db->connect(); !status)
        return status.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::openSibling(Access access) const
{
    return open(m_url, access);
}

Status Database::connect()
{
    const bool sqlite = m_url.dialect == Dialect::Sqlite;
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error::make(Error::Code::Unavailable,
                           tr("The Qt %1 database driver is not installed.").arg(driver));

    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connectionName);
    if (sqlite) {
        db.setDatabaseName(m_url.path);
        QStringList options = {QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000")};
        if (m_access == Access::ReadOnly)
            options << QStringLiteral("QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options.join(QLatin1Char(';')));
    } else {
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setDatabaseName(m_url.databaseName);
        db.setUserName(m_url.user);
        db.setPassword(m_url.password);
        db.setConnectOptions(m_url.libpqOptions());
    }
    return openAndPrepare();
}

Status Database::reconnect()
{
    QSqlDatabase db = connection();
    m_statements.clear(); // prepared on the old session
    if (!db.isValid())
        return connect();
    if (db.isOpen())
        db.close();
    if (m_url.dialect == Dialect::Postgres)
        db.setPassword(m_url.password);
    return openAndPrepare();
}

// Why a PostgreSQL server refused a connection, said to the user, from libpq's message (before
// login no SQLSTATE reaches the client); the first rule whose words all appear wins, so the
// particular certificate problems come before the general one. nullopt: none of these.
std::optional<Error> Database::refusalFrom(const QString &text) const
{
    struct Rule
    {
        QList<QLatin1String> words;
        Error::Code code;
        QString message;
    };
    using C = Error::Code;
    const Rule rules[] = {
        {{QLatin1String("password authentication failed")}, C::AuthFailed,
         tr("The server did not accept the user name or password.")},
        {{QLatin1String("no password supplied")}, C::AuthFailed, tr("The server did not accept the user name or password.")},
        {{QLatin1String("not permitted to log in")}, C::PermissionDenied,
         tr("This account is disabled on the server. Ask the school's IT office.")},
        {{QLatin1String("permission denied for database")}, C::PermissionDenied,
         tr("This account may not use the database %1 on the server. Ask the school's IT office.").arg(m_url.databaseName)},
        {{QLatin1String("no pg_hba.conf entry")}, C::PermissionDenied,
         tr("The server does not accept this account from this computer. Ask the school's IT office.")},
        {{QLatin1String("database \""), QLatin1String("does not exist")}, C::NotFound,
         tr("There is no database %1 on the server at %2.").arg(m_url.databaseName, m_url.host)},
        {{QLatin1String("root certificate file")}, C::Unavailable,
         tr("No CA certificate is set for the server at %1, so its certificate cannot be checked and the connection "
            "was refused. Add sslrootcert=/path/to/the-city-ca.pem to the address (the school's IT office has the "
            "file).")
             .arg(m_url.host)},
        {{QLatin1String("server does not support SSL")}, C::Unavailable,
         tr("The server at %1 does not offer an encrypted connection, and CooC Desk connects to it only over TLS. Ask "
            "the school's IT office.")
             .arg(m_url.host)},
        {{QLatin1String("certificate")}, C::Unavailable,
         tr("The server's certificate could not be verified; the connection was refused.")},
    };
    for (const Rule &rule : rules) {
        if (std::all_of(rule.words.cbegin(), rule.words.cend(), [&](QLatin1String w) { return text.contains(w); }))
            return Error::make(rule.code, rule.message, text);
    }
    return std::nullopt;
}

Status Database::openAndPrepare()
{
    const bool sqlite = m_url.dialect == Dialect::Sqlite;
    QSqlDatabase db = connection();
    if (!db.open()) {
        const QString text = db.lastError().text();
        qCWarning(lcDb) << "open failed:" << m_url.redacted() << text;
        if (!sqlite) {
            if (auto refusal = refusalFrom(text))
                return *refusal;
        }
        return Error::make(Error::Code::Unavailable,
                           sqlite ? tr("The database file could not be opened.")
                                  : tr("The database server at %1 cannot be reached.").arg(m_url.host),
                           text);
    }

    if (sqlite) {
        // An unreadable or damaged file fails here, before anything could write to it.
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return Error::make(Error::Code::Corrupt,
                               tr("%1 is not a CooC Desk database, or it is damaged. The file was left "
                                  "untouched; restore it from a backup or choose another file.")
                                   .arg(m_url.path),
                               probe.lastError().text());
        probe.finish();
        QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON")};
        if (m_access == Access::ReadWrite) {
            pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = NORMAL");
        } else {
            pragmas << QStringLiteral("PRAGMA query_only = ON");
        }
        for (const QString &pragma : pragmas) {
            if (!probe.exec(pragma))
                qCWarning(lcDb) << pragma << probe.lastError().text();
        }
    } else {
        QSqlQuery setup(db);
        const QStringList statements = {
            QStringLiteral("SET client_encoding = 'UTF8'"),
            QStringLiteral("SET TIME ZONE 'UTC'"),
            m_access == Access::ReadOnly ? QStringLiteral("SET default_transaction_read_only = on")
                                         : QString(),
        };
        for (const QString &statement : statements) {
            if (!statement.isEmpty() && !setup.exec(statement))
                return errorFrom(setup.lastError(), tr("preparing the connection"));
        }
        if (!m_sessionRole.isEmpty() && !setup.exec(QStringLiteral("SET ROLE ") + m_sessionRole))
            return errorFrom(setup.lastError(), tr("preparing the connection"));
    }
    return okStatus();
}

Status Database::setSessionRole(const QString &role)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    if (m_url.dialect != Dialect::Postgres || !identifier.match(role).hasMatch())
        return Error::make(Error::Code::InvalidInput, QStringLiteral("not a role of this database: ") + role);
    // Identifiers cannot be bound; this one is checked above and comes from the code.
    if (Status set = execDdl(QStringLiteral("SET ROLE ") + role); !set)
        return set;
    m_sessionRole = role;
    return okStatus();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return connection().isOpen();
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values, Rows rows) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(rows == Rows::ForwardOnly);
    if (!query.prepare(sql))
        return errorFrom(query.lastError(), tr("preparing a query"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return errorFrom(query.lastError(), tr("running a query"));
    return query;
}

Status Database::execDdl(const QString &sql) const
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return errorFrom(query.lastError(), tr("changing the database structure"));
    return okStatus();
}

QSqlQuery *Database::runPrepared(const QString &sql, const QVariantList &values, Error *error) const
{
    auto cached = m_statements.find(sql);
    if (cached == m_statements.end()) {
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            *error = errorFrom(query.lastError(), tr("preparing a query"));
            return nullptr;
        }
        if (m_statements.size() >= kMaxStatements)
            m_statements.clear();
        cached = m_statements.insert(sql, query);
    }
    QSqlQuery &query = cached.value();
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec()) {
        *error = errorFrom(query.lastError(), tr("running a query"));
        // Refused data (a constraint, a conflict, a permission) leaves the statement as good as
        // it was — and inside a failed transaction PostgreSQL could not even DEALLOCATE it, so
        // dropping it would leave it on the server for the rest of the session. Anything else
        // (a lost connection, an unknown failure) prepares it again next time.
        const Error::Code code = error->code;
        if (code != Error::Code::InvalidInput && code != Error::Code::Conflict && code != Error::Code::PermissionDenied)
            m_statements.erase(cached);
        return nullptr;
    }
    return &query;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &values) const
{
    Error error;
    QSqlQuery *query = runPrepared(sql, values, &error);
    if (!query)
        return error;
    const QVariant value = query->next() ? query->value(0) : QVariant();
    while (query->next()) {
    }
    const QSqlError late = query->lastError(); // after the rows (see rows())
    query->finish();
    if (late.isValid())
        return errorFrom(late, tr("running a query"));
    return value;
}

Result<std::optional<QSqlRecord>> Database::row(const QString &sql, const QVariantList &values) const
{
    auto all = rows(sql, values);
    if (!all)
        return all.error();
    if (all.value().isEmpty())
        return std::optional<QSqlRecord>();
    return std::optional(all.value().first());
}

Result<QList<QSqlRecord>> Database::rows(const QString &sql, const QVariantList &values) const
{
    Error error;
    QSqlQuery *query = runPrepared(sql, values, &error);
    if (!query)
        return error;
    QList<QSqlRecord> records;
    while (query->next())
        records << query->record();
    // A kept statement is read row by row (forward-only), and an error can come after its rows:
    // a statement that commits on its own (a function call outside a transaction) sends its
    // rows before the commit runs the deferred checks. Then it did not commit.
    const QSqlError late = query->lastError();
    query->finish();
    if (late.isValid())
        return errorFrom(late, tr("running a query"));
    return records;
}

Result<int> Database::change(const QString &sql, const QVariantList &values) const
{
    Error error;
    QSqlQuery *query = runPrepared(sql, values, &error);
    if (!query)
        return error;
    const int rows = query->numRowsAffected();
    query->finish();
    return rows;
}

Result<qint64> Database::insert(const QString &sqlWithoutReturning, const QVariantList &values) const
{
    auto id = scalar(sqlWithoutReturning + QStringLiteral(" RETURNING id"), values);
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

QVariant Database::timestamp(const QDateTime &time) const
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    const QDateTime utc = time.toUTC();
    if (m_url.dialect == Dialect::Sqlite)
        return utc.toString(Qt::ISODateWithMs);
    return utc;
}

QDateTime Database::toDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
    return parsed.toUTC();
}

QDate Database::toDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDate)
        return value.toDate();
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

Error Database::errorFrom(const QSqlError &error, const QString &what) const
{
    const QString code = error.nativeErrorCode();
    const QString detail = error.text();
    qCWarning(lcDb) << "error while" << what << "code" << code << detail;
    using C = Error::Code;
    if (m_url.dialect == Dialect::Postgres) {
        if (code == QLatin1String("42501") || code == QLatin1String("25006"))
            return Error::make(C::PermissionDenied, tr("The database refused this: your account may not do it."), detail);
        if (code == QLatin1String("40001") || code == QLatin1String("40P01") || code == QLatin1String("23505"))
            return Error::make(C::Conflict, tr("Someone else changed this record at the same time. Nothing was saved; reload and try again."), detail);
        if (code.startsWith(QLatin1String("23")) || code == QLatin1String("P0001") || code.startsWith(QLatin1String("22")))
            return Error::make(C::InvalidInput, tr("The database rejected the data as invalid. Nothing was saved."), detail);
        if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57")) || !isOpen()
            || detail.contains(QLatin1String("server closed the connection")) || detail.contains(QLatin1String("no connection")))
            return Error::make(C::Unavailable, tr("The connection to the database server was lost while %1.").arg(what), detail);
    } else {
        const int rc = code.toInt();
        const int primary = rc & 0xff;
        if (primary == 8)  // SQLITE_READONLY
            return Error::make(C::PermissionDenied, tr("The database is open read-only: nothing can be changed here."), detail);
        if (primary == 19) // SQLITE_CONSTRAINT
            return Error::make(C::InvalidInput, tr("The database rejected the data as invalid. Nothing was saved."), detail);
        if (primary == 5 || primary == 6) // BUSY, LOCKED
            return Error::make(C::Conflict, tr("The database is busy with another change. Nothing was saved; try again."), detail);
        if (primary == 11 || primary == 26) // CORRUPT, NOTADB
            return Error::make(C::Corrupt, tr("The database file is damaged."), detail);
    }
    return Error::make(C::Generic, tr("A database error occurred while %1.").arg(what), detail);
}

QString Database::serverUser() const
{
    if (m_url.dialect != Dialect::Postgres)
        return {};
    auto user = scalar(QStringLiteral("SELECT current_user"));
    return user ? user.value().toString() : QString();
}

Result<std::unique_ptr<Transaction>> Transaction::begin(const Database &db)
{
    QSqlQuery query(db.connection());
    const QString sql = db.dialect() == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                                        : QStringLiteral("BEGIN");
    if (!query.exec(sql))
        return db.errorFrom(query.lastError(), QCoreApplication::translate("cooc::Database", "starting a transaction"));
    return std::unique_ptr<Transaction>(new Transaction(db));
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Error::make(Error::Code::Generic, QStringLiteral("transaction already finished"));
    QSqlQuery query(m_db.connection());
    m_active = false;
    if (!query.exec(QStringLiteral("COMMIT"))) {
        Error error = m_db.errorFrom(query.lastError(), QCoreApplication::translate("cooc::Database", "saving the change"));
        QSqlQuery rollback(m_db.connection());
        rollback.exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    return okStatus();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcDb) << "rollback failed:" << query.lastError().text();
}

} // namespace cooc
