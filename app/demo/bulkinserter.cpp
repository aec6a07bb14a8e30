#include "app/demo/bulkinserter.h"

#include <QCoreApplication>
#include <QSqlError>

namespace cooc::demo {

namespace {

// Bound values per statement: well below SQLite's 32,766 and PostgreSQL's 65,535 parameters.
constexpr int kMaxValuesPerStatement = 4000;

} // namespace

BulkInserter::BulkInserter(const Database &db, QString table, QStringList columns)
    : m_db(db), m_table(std::move(table)), m_columns(std::move(columns))
{
    const int perRow = int(m_columns.size());
    const int wanted = m_db.dialect() == Dialect::Postgres ? 500 : 100;
    m_rowsPerStatement = std::max(1, std::min(wanted, kMaxValuesPerStatement / perRow));
}

BulkInserter::~BulkInserter() = default;

void BulkInserter::add(std::initializer_list<QVariant> row)
{
    Q_ASSERT(int(row.size()) == int(m_columns.size()));
    m_pending.append(QVariantList(row));
}

void BulkInserter::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    m_pending.append(row);
}

QSqlQuery *BulkInserter::statementFor(int rows, Status *status)
{
    auto it = m_statements.find(rows);
    if (it != m_statements.end())
        return it->get();
    QString one = QStringLiteral("(");
    for (int c = 0; c < m_columns.size(); ++c)
        one += c ? QStringLiteral(", ?") : QStringLiteral("?");
    one += QLatin1Char(')');
    QString sql = QStringLiteral("INSERT INTO ") + m_table + QStringLiteral(" (") + m_columns.join(QStringLiteral(", "))
        + QStringLiteral(") VALUES ");
    sql.reserve(sql.size() + rows * (one.size() + 2));
    for (int r = 0; r < rows; ++r) {
        if (r)
            sql += QStringLiteral(", ");
        sql += one;
    }
    auto query = std::make_shared<QSqlQuery>(m_db.connection());
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        *status = m_db.errorFrom(query->lastError(),
                                 QCoreApplication::translate("cooc::DemoSchool", "preparing the demo data"));
        return nullptr;
    }
    // Keep a handful of statement shapes: the full batch and the last remainders.
    if (rows != m_rowsPerStatement && m_statements.size() > 8) {
        for (auto s = m_statements.begin(); s != m_statements.end();) {
            if (s.key() != m_rowsPerStatement)
                s = m_statements.erase(s);
            else
                ++s;
        }
    }
    return m_statements.insert(rows, query)->get();
}

Status BulkInserter::flush()
{
    const int perRow = int(m_columns.size());
    const qint64 rows = m_pending.size() / perRow;
    qint64 done = 0;
    while (done < rows) {
        const int n = int(std::min<qint64>(m_rowsPerStatement, rows - done));
        Status status = okStatus();
        QSqlQuery *query = statementFor(n, &status);
        if (!query)
            return status;
        const qsizetype base = qsizetype(done) * perRow;
        for (int i = 0; i < n * perRow; ++i)
            query->bindValue(i, m_pending.at(base + i));
        if (!query->exec()) {
            Error error = m_db.errorFrom(query->lastError(),
                                         QCoreApplication::translate("cooc::DemoSchool", "writing the demo data"));
            error.detail = m_table + QStringLiteral(": ") + error.detail;
            return error;
        }
        done += n;
    }
    m_written += rows;
    m_pending.clear();
    return okStatus();
}

} // namespace cooc::demo
