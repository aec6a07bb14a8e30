#pragma once

#include "models/database.h"

namespace cooc {

// Versioned schema migrations shipped in the binary (resources/migrations, embedded as
// :/migrations). A file is NNNN_name.sql (both dialects), NNNN_name.sqlite.sql or
// NNNN_name.pg.sql (one dialect); all files of one version are applied together, in one
// transaction with the row in schema_migrations that records it.
class Migrator final
{
public:
    explicit Migrator(const Database &db) : m_db(db) {}

    // The newest version this client knows.
    static int clientVersion();
    // The version the database is at (0 for an empty database).
    Result<int> databaseVersion() const;
    // Refuses a database written by a newer client, with a clear message.
    Status checkCompatible() const;
    // Applies every pending version up to `upTo` (by default all of them), creating the
    // database's schema when it is empty. Versions are applied in one transaction: all or none.
    Status migrate(int upTo = clientVersion()) const;

    // The dialect-specific SQL for one placeholder-bearing script (exposed for tests).
    static QString substitute(const QString &script, Dialect dialect);

private:
    const Database &m_db;
};

} // namespace cooc
