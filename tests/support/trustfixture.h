#pragma once

// What the tests of a school's trust material and household-service settings share
// (tst_trustconfig.cpp, tst_householdsettings.cpp): schools and their staff, counts, and the
// shipped DEMO certificate chain.

#include "app/esign/certificateauthority.h"
#include "models/actor.h"
#include "models/database.h"
#include "support/must.h"

namespace cooc::test {

inline qint64 addSchool(Database &db, const QString &code, bool demo = false)
{
    return must(db.insert(QStringLiteral("INSERT INTO schools (code, name, is_demo) VALUES (?, ?, ?)"),
                          {code, QString(QStringLiteral("School ") + code), demo}));
}

// A school administrator (office staff too) of `schoolId`.
inline Actor admin(qint64 schoolId)
{
    Actor a;
    a.staffId = 0;
    a.login = QStringLiteral("admin") + QString::number(schoolId);
    a.displayName = QStringLiteral("校管理員");
    a.schoolId = schoolId;
    a.roles = {Actor::Role::OfficeStaff, Actor::Role::SchoolAdmin};
    return a;
}

inline Actor officeStaff(qint64 schoolId)
{
    Actor a = admin(schoolId);
    a.login = QStringLiteral("staff") + QString::number(schoolId);
    a.roles = {Actor::Role::OfficeStaff};
    return a;
}

inline qint64 count(const Database &db, const QString &sql, const QVariantList &values = {})
{
    return must(db.scalar(sql, values)).toLongLong();
}

inline qint64 auditCount(const Database &db, const QString &action)
{
    return count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), {action});
}

// The shipped DEMO chain (":/demo/…").
struct DemoChain
{
    esign::CertificateAuthority root = must(esign::demo::rootCa());
    esign::CertificateAuthority intermediate = must(esign::demo::intermediateCa());
    esign::RevocationList rootCrl = must(esign::demo::rootCrl());
    esign::RevocationList intermediateCrl = must(esign::demo::intermediateCrl());
};

} // namespace cooc::test
