#pragma once

#include <QString>

namespace cooc {

// Salted password hashes through OpenSSL (scrypt via EVP_KDF). The stored string is
// self-describing — "scrypt$N$r$p$salt_b64$hash_b64" — so parameters can rise later and
// old hashes still verify. Default passwords (last 6 of the national ID, which must be
// changed at first login) use the Bulk cost so a city-sized demo can be generated; every
// password a person chooses uses Interactive.
namespace PasswordHasher {

enum class Cost { Interactive, Bulk };

QString hash(const QString &password, Cost cost = Cost::Interactive);
bool verify(const QString &password, const QString &stored); // constant-time compare
bool needsRehash(const QString &stored);                       // weaker than Interactive

} // namespace PasswordHasher

} // namespace cooc
