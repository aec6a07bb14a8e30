#pragma once

#include <QString>

namespace cooc {

// Taiwanese national ID numbers (身分證統一編號, e.g. A123456789) and the resident
// certificate form (A800000014 / AB12345678 old style). They are never stored or shown
// whole: only a keyed hash (for matching), a mask (A12****789) and the trailing
// characters the real rules use (accounts: last 9; default password: last 6; e-signature
// certificates: last 4).
namespace NationalId {

// Checks letter, gender digit (1/2, 8/9) or old-style second letter (A–D), and checksum.
// Accepts lower case and surrounding spaces; returns false on anything else.
bool isValid(const QString &id);
QString normalized(const QString &id); // upper case, trimmed
QString mask(const QString &id);       // A12****789
QString lastChars(const QString &id, int n);
// HMAC-SHA256 with the deployment's pepper, hex. Equal IDs give equal hashes.
QString hash(const QString &id);
// Makes a valid ID deterministically from a seed (demo data, tests). letter A..Z, gender 1/2.
QString generate(quint64 seed);

} // namespace NationalId

} // namespace cooc
