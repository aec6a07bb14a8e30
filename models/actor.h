#pragma once

#include <QList>
#include <QString>

namespace cooc {

// Who is acting: the logged-in staff member as the repositories see them. Repositories
// check the same rules the central database enforces (issue 4), so every screen and the
// CLI get the same answer, with a clear message, before the server would refuse.
struct Actor
{
    enum class Role {
        HomeroomTeacher, // decides for the students currently enrolled in their own class(es)
        OfficeStaff,     // decides for their whole school, within what their office handles
        SchoolAdmin,     // everything at their school, plus settings (trust anchors, accounts)
        System,          // the CLI run by an administrator against the owner role (demo, db init)
    };

    qint64 staffId = 0;             // 0 for System
    QString login;                  // account name as shown in the audit log (never a national ID)
    QString displayName;            // 林老師
    qint64 schoolId = 0;
    QString schoolCode;
    QString schoolName;
    QList<Role> roles;
    qint64 officeId = 0;            // office staff: their office
    QString officeCode;             // student_affairs, academic_affairs, counseling, ...
    QList<qint64> homeroomClassIds; // homeroom teacher: their class(es) this school year
    QStringList homeroomClassNames; // 801

    bool has(Role role) const { return roles.contains(role); }
    bool isSchoolWide() const
    {
        return has(Role::OfficeStaff) || has(Role::SchoolAdmin) || has(Role::System);
    }
    // May this actor see and decide for a student in `classId` at `schoolId`?
    bool coversClass(qint64 school, qint64 classId) const
    {
        if (has(Role::System))
            return true;
        if (school != schoolId)
            return false;
        return isSchoolWide() || homeroomClassIds.contains(classId);
    }

    static Actor system(const QString &login = QStringLiteral("system"))
    {
        Actor a;
        a.login = login;
        a.displayName = login;
        a.roles = {Role::System};
        return a;
    }
};

} // namespace cooc
