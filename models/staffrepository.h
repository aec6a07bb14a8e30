#pragma once

#include "models/actor.h"
#include "models/database.h"

#include <optional>

namespace cooc {

// A staff row with its school and office, as login and the status bar need it.
struct StaffMember
{
    qint64 id = 0;
    qint64 schoolId = 0;
    QString schoolCode;
    QString schoolName;
    bool schoolIsDemo = false;
    qint64 officeId = 0; // 0: no office
    QString officeCode; // student_affairs, academic_affairs, counseling, general_affairs, principal
    QString name;
    QString email;
    QString nationalIdMasked; // A12****789, never the whole ID
    bool isTeacher = false;
    bool isSchoolAdmin = false;
    QString employmentStatus; // employed, on_leave, left
    QString dbRole; // PostgreSQL login role (central mode)

    bool hasLeft() const { return employmentStatus == QLatin1String("left"); }
};

// Reads staff and turns them into the Actor the repositories check. Read-only: staff rows
// come from the SIS sync (and the demo generator).
class StaffRepository final
{
public:
    explicit StaffRepository(const Database &db)
        : m_db(db)
    { }

    Result<std::optional<StaffMember>> find(qint64 staffId) const;
    // The staff row of a PostgreSQL login role (central mode: db_role = current_user).
    Result<std::optional<StaffMember>> findByDbRole(const QString &role) const;

    // Roles from the staff rows: HomeroomTeacher when they are the homeroom teacher of a
    // class in `schoolYear` (classes.homeroom_teacher_id), OfficeStaff when they belong to
    // an office, SchoolAdmin when is_school_admin. A staff member may hold several roles,
    // or none (e.g. a subject teacher): such an Actor sees nothing school-wide.
    Result<Actor> actorFor(const StaffMember &staff, int schoolYear, const QString &login) const;

private:
    const Database &m_db;
};

} // namespace cooc
