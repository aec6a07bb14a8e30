#include "models/nationalid.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace cooc::NationalId {

namespace {

// Letter → two-digit area code, per the Ministry of the Interior's table.
int letterValue(QChar letter)
{
    static const char *const order = "ABCDEFGHJKLMNPQRSTUVXYWZIO";
    const char c = char(letter.toLatin1());
    for (int i = 0; order[i]; ++i) {
        if (order[i] == c)
            return 10 + i;
    }
    return -1;
}

int checksum(const QString &first9)
{
    const int area = letterValue(first9.at(0));
    int sum = area / 10 + (area % 10) * 9;
    for (int i = 1; i < 9; ++i)
        sum += first9.at(i).digitValue() * (9 - i);
    return (10 - sum % 10) % 10;
}

} // namespace

QString normalized(const QString &id)
{
    return id.trimmed().toUpper();
}

static bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isValid(const QString &raw)
{
    const QString id = normalized(raw);
    if (id.size() != 10 || letterValue(id.at(0)) < 0)
        return false;
    for (int i = 2; i < 10; ++i) {
        if (!isAsciiDigit(id.at(i)))
            return false;
    }
    const QChar second = id.at(1);
    if (isAsciiDigit(second)) {
        // National ID (gender 1/2) and the resident certificate since 2021 (8/9).
        const int gender = second.digitValue();
        if (gender != 1 && gender != 2 && gender != 8 && gender != 9)
            return false;
        return checksum(id.left(9)) == id.at(9).digitValue();
    }
    // Resident certificate, old style (still valid for many foreign-born parents): a second
    // letter A–D whose area-code value counts with its last digit.
    if (second < QLatin1Char('A') || second > QLatin1Char('D'))
        return false;
    const int area = letterValue(id.at(0));
    int sum = area / 10 + (area % 10) * 9 + (letterValue(second) % 10) * 8;
    for (int i = 2; i < 9; ++i)
        sum += id.at(i).digitValue() * (9 - i);
    return (10 - sum % 10) % 10 == id.at(9).digitValue();
}

QString mask(const QString &raw)
{
    const QString id = normalized(raw);
    if (id.size() < 7)
        return QString(id.size(), QLatin1Char('*'));
    return id.left(3) + QString(id.size() - 6, QLatin1Char('*')) + id.right(3);
}

QString lastChars(const QString &raw, int n)
{
    return normalized(raw).right(n);
}

QString hash(const QString &raw)
{
    // The pepper keeps the 10-character ID space from being enumerated against a stolen
    // database; a deployment sets its own through COOC_ID_PEPPER (from the keychain or the
    // service environment). The built-in value is for the demo school only.
    static const QByteArray pepper = [] {
        QByteArray p = qgetenv("COOC_ID_PEPPER");
        return p.isEmpty() ? QByteArrayLiteral("cooc-desk-demo-pepper-not-for-production") : p;
    }();
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(normalized(raw).toUtf8(), pepper, QCryptographicHash::Sha256).toHex());
}

QString generate(quint64 seed)
{
    // splitmix64 for a well-spread deterministic sequence
    auto next = [&seed] {
        seed += 0x9e3779b97f4a7c15ULL;
        quint64 z = seed;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    };
    static const char *const letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO";
    QString id;
    id += QLatin1Char(letters[next() % 26]);
    id += QLatin1Char(next() % 2 ? '1' : '2');
    for (int i = 0; i < 7; ++i)
        id += QLatin1Char(char('0' + next() % 10));
    id += QLatin1Char(char('0' + checksum(id)));
    return id;
}

} // namespace cooc::NationalId
