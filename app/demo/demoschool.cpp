#include "app/demo/demoschool.h"

#include "app/demo/demogenerator.h"
#include "app/logging.h"
#include "models/migrator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlField>
#include <QSqlRecord>

namespace cooc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::DemoSchool", text);
}

// SQLite settings for a bulk load into one transaction: a rollback journal (a new file's
// pages need no journal, whereas WAL would copy every page twice), no fsync until the end,
// and a large page cache. Restored afterwards, whatever happens.
class SqliteBulkMode
{
public:
    explicit SqliteBulkMode(const Database &db) : m_db(db)
    {
        if (db.dialect() != Dialect::Sqlite)
            return;
        auto mode = db.scalar(QStringLiteral("PRAGMA journal_mode"));
        m_journal = mode ? mode.value().toString() : QString();
        run(QStringLiteral("PRAGMA journal_mode = TRUNCATE"));
        run(QStringLiteral("PRAGMA synchronous = OFF"));
        run(QStringLiteral("PRAGMA cache_size = -262144"));
        run(QStringLiteral("PRAGMA temp_store = MEMORY"));
        m_active = true;
    }
    ~SqliteBulkMode()
    {
        if (!m_active)
            return;
        run(QStringLiteral("PRAGMA cache_size = -2000"));
        run(QStringLiteral("PRAGMA temp_store = DEFAULT"));
        run(QStringLiteral("PRAGMA synchronous = NORMAL"));
        if (m_journal.compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            run(QStringLiteral("PRAGMA journal_mode = WAL"));
    }
    Q_DISABLE_COPY_MOVE(SqliteBulkMode)

private:
    void run(const QString &pragma) const
    {
        // PRAGMAs take no values; our own text only.
        if (Status s = m_db.execDdl(pragma); !s)
            qCWarning(lcApp) << "demo bulk mode:" << pragma << s.error().detail;
    }

    const Database &m_db;
    QString m_journal;
    bool m_active = false;
};

} // namespace

QString DemoSchool::demoSchoolCode()
{
    return QStringLiteral("cooc");
}

QString DemoSchool::demoSchoolName()
{
    return QStringLiteral("臺北市立酷課示範國民中學");
}

Result<DemoSummary> DemoSchool::generate(const Database &db, const DemoOptions &options, const DemoProgress &progress,
                                         const std::atomic_bool *cancel)
{
    if (options.students < kMinStudents || options.students > kMaxStudents)
        return Error::make(Error::Code::InvalidInput, tr("The number of students must be between %1 and %2.")
                                                          .arg(kMinStudents)
                                                          .arg(kMaxStudents));
    if (db.access() == Database::Access::ReadOnly)
        return Error::make(Error::Code::PermissionDenied,
                           tr("The database is open read-only: demo data cannot be written."));
    if (Status migrated = Migrator(db).migrate(); !migrated)
        return migrated.error();

    SqliteBulkMode bulk(db);
    Result<DemoSummary> result = Error::make(Error::Code::Generic, QString());
    {
        auto transaction = Transaction::begin(db);
        if (!transaction)
            return transaction.error();
        demo::Generator generator(db, options, progress, cancel);
        result = generator.run();
        if (!result)
            return result.error(); // the transaction rolls back: nothing was written
        if (cancel && cancel->load())
            return Error::make(Error::Code::Cancelled,
                               tr("Generating the demo data was cancelled; the database was left as it was."));
        if (Status committed = transaction.value()->commit(); !committed)
            return committed.error();
    }
    qCInfo(lcApp) << "demo data generated:" << result->students << "students," << result->rows << "rows in"
                  << result->elapsedMs << "ms";
    return result;
}

Result<QString> DemoSchool::contentDigest(const Database &db, QMap<QString, QString> *perTable)
{
    // Columns whose bytes are meant to differ between runs: salted password hashes, and the
    // signature material (RSA keys are generated per run; certificate serials are random).
    static const QStringList excluded = {
        QStringLiteral("accounts.password_hash"), QStringLiteral("binding_requests.initial_password_hash"),
        QStringLiteral("binding_requests.signature"),
        QStringLiteral("binding_requests.signer_certificate"), QStringLiteral("binding_requests.verification_report"),
        // assigned by the database (PostgreSQL's identity may skip numbers); rows stay in id order
        QStringLiteral("audit_log.id"),
        // generated lower-case copies (migration 0016), which SQLite's column list leaves out
        QStringLiteral("accounts.login_key"), QStringLiteral("parents.email_key")};
    QStringList tables = db.connection().tables(QSql::Tables);
    tables.removeIf([](const QString &t) {
        return t.startsWith(QLatin1String("sqlite_")) || t == QLatin1String("schema_migrations");
    });
    for (QString &t : tables)
        t = t.toLower();
    tables.sort();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : tables) {
        const QSqlRecord record = db.connection().record(table);
        QStringList columns;
        for (int i = 0; i < record.count(); ++i) {
            const QString column = record.fieldName(i).toLower();
            if (!excluded.contains(table + QLatin1Char('.') + column))
                columns << column;
        }
        columns.sort();
        if (columns.isEmpty())
            continue;
        const QString order = record.contains(QStringLiteral("id")) ? QStringLiteral("id")
                                                                    : columns.join(QStringLiteral(", "));
        // Table and column names come from the database's own catalogue, not from input.
        auto query = db.exec(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
                             + table + QStringLiteral(" ORDER BY ") + order);
        if (!query)
            return query.error();
        hash.addData(table.toUtf8());
        hash.addData(QByteArrayView("\x02", 1));
        QCryptographicHash tableHash(QCryptographicHash::Sha256);
        auto add = [&](QByteArrayView bytes) {
            hash.addData(bytes);
            tableHash.addData(bytes);
        };
        QSqlQuery &q = query.value();
        while (q.next()) {
            for (int c = 0; c < columns.size(); ++c) {
                const QVariant v = q.value(c);
                QByteArray bytes;
                if (v.isNull()) {
                    bytes = QByteArrayLiteral("\x01N");
                } else {
                    switch (v.metaType().id()) {
                    case QMetaType::QDateTime:
                        bytes = v.toDateTime().toUTC().toString(Qt::ISODateWithMs).toUtf8();
                        break;
                    case QMetaType::QDate:
                        bytes = v.toDate().toString(Qt::ISODate).toUtf8();
                        break;
                    case QMetaType::Bool:
                        bytes = v.toBool() ? "1" : "0";
                        break;
                    case QMetaType::Double:
                    case QMetaType::Float:
                        bytes = QByteArray::number(v.toDouble(), 'g', 10);
                        break;
                    case QMetaType::QByteArray:
                        bytes = v.toByteArray();
                        break;
                    default:
                        bytes = v.toString().toUtf8();
                        break;
                    }
                }
                add(QByteArray::number(bytes.size()));
                add(QByteArrayView(":", 1));
                add(bytes);
            }
            add(QByteArrayView("\n", 1));
        }
        if (perTable)
            perTable->insert(table, QString::fromLatin1(tableHash.result().toHex()));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace cooc
