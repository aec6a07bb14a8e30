#pragma once

#include "models/database.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace cooc::demo {

// Buffers rows for one table and writes them with prepared multi-row INSERTs
// (INSERT INTO t (a, b) VALUES (?, ?), (?, ?), ...) that are prepared once and re-used with
// bound values. Rows are only written by flush(), so a caller can write several tables in
// foreign-key order. Runs inside the caller's transaction.
class BulkInserter final
{
public:
    BulkInserter(const Database &db, QString table, QStringList columns);
    ~BulkInserter();
    Q_DISABLE_COPY_MOVE(BulkInserter)

    const QString &table() const { return m_table; }
    int columnCount() const { return int(m_columns.size()); }

    // One row: exactly columnCount() values in column order.
    void add(std::initializer_list<QVariant> row);
    void add(const QVariantList &row);
    qint64 pendingRows() const { return m_pending.size() / m_columns.size(); }
    qint64 writtenRows() const { return m_written; }

    // Writes every buffered row.
    Status flush();

private:
    QSqlQuery *statementFor(int rows, Status *status);

    const Database &m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QVariantList m_pending;
    qint64 m_written = 0;
    QHash<int, std::shared_ptr<QSqlQuery>> m_statements; // by row count
};

} // namespace cooc::demo
