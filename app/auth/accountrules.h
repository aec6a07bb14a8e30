#pragma once

#include "models/result.h"

#include <QString>

namespace cooc {

// The single sign-on account rules of the Taipei platform (DOMAIN.md), as pure functions
// shared by the demo generator, the accounts sync and the login. Logins are stored
// normalised (normalizeLogin) so the login form may be typed in any case.
namespace AccountRules {

// teacher/staff = school English code + last 9 characters of the national ID: "tpjh" + "123456789".
// Returns an empty string for an invalid national ID or an empty school code.
QString staffLogin(const QString &schoolCode, const QString &nationalId);
// student = school English code + student number: "tpjh" + "113001".
QString studentLogin(const QString &schoolCode, const QString &studentNumber);
// parent = the e-mail given in the binding request (also the recovery e-mail).
QString parentLogin(const QString &email);
// Default password = last 6 characters of the national ID (staff, students and parents);
// it must be changed at first login (accounts.must_change_password).
QString defaultPassword(const QString &nationalId);

// Trimmed and lower case: what accounts.login holds and what login() looks up.
QString normalizeLogin(const QString &login);

// New-password policy: at least kMinPasswordLength characters (so never a 6-character
// default password), at most kMaxPasswordLength, not the current password, not containing the
// login, not one repeated character, no control characters,
// no leading/trailing spaces. InvalidInput with a message that says what to change.
constexpr int kMinPasswordLength = 8;
constexpr int kMaxPasswordLength = 128;
Status checkNewPassword(const QString &login, const QString &current, const QString &next);

} // namespace AccountRules

} // namespace cooc
