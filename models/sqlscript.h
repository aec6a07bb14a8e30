#pragma once

#include <QString>
#include <QStringList>

namespace cooc {

// Splits a migration script into single statements (QtSql runs one at a time). Understands
// '…' strings, "…" identifiers, -- and /* */ comments, PostgreSQL $tag$ bodies and SQLite
// CREATE TRIGGER … BEGIN … END blocks.
QStringList splitSqlScript(const QString &script);

} // namespace cooc
