#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace cooc::PgPassword {

// What ALTER ROLE … PASSWORD receives. PostgreSQL cannot take a bound parameter in a
// utility statement, so the value is sent as a literal, quoted by escapeLiteral().
//
// Always a SCRAM-SHA-256 verifier, so the password itself never reaches the server, its
// statement log or pg_stat_activity. For printable ASCII it is computed here (exactly what
// psql's \password sends). Other passwords need SASLprep (RFC 4013) to give the verifier
// the server computes at login, and a subtly different normalisation would lock the user
// out: libpq's PQencryptPasswordConn computes those, on `connection` (an open PostgreSQL
// connection of Qt's driver). Empty when no verifier could be made: nothing is sent then.
QString alterRolePasswordValue(const QString &password, const QSqlDatabase &connection = {});
bool needsServerSideHash(const QString &password); // true when not printable ASCII

// RFC 5802/7677 verifier: "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>".
QString scramSha256Verifier(const QByteArray &password, const QByteArray &salt, int iterations = 4096);

// A PostgreSQL string literal, the same as libpq's PQescapeLiteral: single quotes doubled,
// and when the text holds a backslash the E'' form with backslashes doubled, so the result
// is correct whatever standard_conforming_strings is. NUL cannot be represented and is
// rejected by the caller (the password policy).
QString escapeLiteral(const QString &text);

} // namespace cooc::PgPassword
