#include "app/auth/accountrules.h"

#include "models/nationalid.h"

#include <QCoreApplication>

namespace cooc::AccountRules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::AccountRules", text);
}

} // namespace

QString normalizeLogin(const QString &login)
{
    return login.trimmed().toLower();
}

QString staffLogin(const QString &schoolCode, const QString &nationalId)
{
    if (schoolCode.trimmed().isEmpty() || !NationalId::isValid(nationalId))
        return {};
    return normalizeLogin(schoolCode.trimmed() + NationalId::lastChars(nationalId, 9));
}

QString studentLogin(const QString &schoolCode, const QString &studentNumber)
{
    if (schoolCode.trimmed().isEmpty() || studentNumber.trimmed().isEmpty())
        return {};
    return normalizeLogin(schoolCode.trimmed() + studentNumber.trimmed());
}

QString parentLogin(const QString &email)
{
    const QString e = normalizeLogin(email);
    const qsizetype at = e.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != e.lastIndexOf(QLatin1Char('@')) || at == e.size() - 1 || e.contains(QLatin1Char(' ')))
        return {};
    return e;
}

QString defaultPassword(const QString &nationalId)
{
    if (!NationalId::isValid(nationalId))
        return {};
    return NationalId::lastChars(nationalId, 6);
}

Status checkNewPassword(const QString &login, const QString &current, const QString &next)
{
    using C = Error::Code;
    if (next.isEmpty())
        return Error::make(C::InvalidInput, tr("Enter a new password."));
    if (next.trimmed() != next)
        return Error::make(C::InvalidInput, tr("The new password must not begin or end with a space."));
    for (const QChar c : next) {
        if (c.category() == QChar::Other_Control)
            return Error::make(C::InvalidInput, tr("The new password must not contain control characters."));
    }
    if (next.size() < kMinPasswordLength)
        return Error::make(
            C::InvalidInput, tr("The new password is too short: use at least %1 characters.").arg(kMinPasswordLength));
    if (next.size() > kMaxPasswordLength)
        return Error::make(
            C::InvalidInput, tr("The new password is too long: use at most %1 characters.").arg(kMaxPasswordLength));
    if (next == current)
        return Error::make(
            C::InvalidInput, tr("The new password must be different from the current (default) password."));
    const QString normalizedLogin = normalizeLogin(login);
    if (!normalizedLogin.isEmpty() && normalizeLogin(next).contains(normalizedLogin))
        return Error::make(C::InvalidInput, tr("The new password must not contain your login name."));
    bool allSame = true;
    for (const QChar c : next)
        allSame = allSame && c == next.front();
    if (allSame)
        return Error::make(C::InvalidInput, tr("The new password must not repeat a single character."));
    return okStatus();
}

} // namespace cooc::AccountRules
