#include "models/staffrepository.h"

namespace cooc {

namespace {

const QString kSelect
    = QStringLiteral("SELECT s.id, s.school_id, sc.code, sc.name, sc.is_demo, s.office_id, o.code, s.name, s.email, "
                     "s.national_id_masked, s.is_teacher, s.is_school_admin, s.employment_status, s.db_role "
                     "FROM staff s JOIN schools sc ON sc.id = s.school_id LEFT JOIN offices o ON o.id = s.office_id ");

StaffMember fromRow(const QSqlQuery &q)
{
    StaffMember s;
    s.id = q.value(0).toLongLong();
    s.schoolId = q.value(1).toLongLong();
    s.schoolCode = q.value(2).toString();
    s.schoolName = q.value(3).toString();
    s.schoolIsDemo = q.value(4).toBool();
    s.officeId = q.value(5).toLongLong();
    s.officeCode = q.value(6).toString();
    s.name = q.value(7).toString();
    s.email = q.value(8).toString();
    s.nationalIdMasked = q.value(9).toString();
    s.isTeacher = q.value(10).toBool();
    s.isSchoolAdmin = q.value(11).toBool();
    s.employmentStatus = q.value(12).toString();
    s.dbRole = q.value(13).toString();
    return s;
}

} // namespace

Result<std::optional<StaffMember>> StaffRepository::find(qint64 staffId) const
{
    auto q = m_db.exec(kSelect + QStringLiteral("WHERE s.id = ?"), { staffId });
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<StaffMember>();
    return std::optional<StaffMember>(fromRow(q.value()));
}

Result<std::optional<StaffMember>> StaffRepository::findByDbRole(const QString &role) const
{
    auto q = m_db.exec(kSelect + QStringLiteral("WHERE s.db_role = ?"), { role });
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<StaffMember>();
    return std::optional<StaffMember>(fromRow(q.value()));
}

Result<Actor> StaffRepository::actorFor(const StaffMember &staff, int schoolYear, const QString &login) const
{
    Actor actor;
    actor.staffId = staff.id;
    actor.login = login;
    actor.displayName = staff.name;
    actor.schoolId = staff.schoolId;
    actor.schoolCode = staff.schoolCode;
    actor.schoolName = staff.schoolName;

    auto q = m_db.exec(QStringLiteral("SELECT id, name FROM classes WHERE homeroom_teacher_id = ? AND school_year = ? "
                                      "AND school_id = ? ORDER BY grade, number"),
        { staff.id, schoolYear, staff.schoolId });
    if (!q)
        return q.error();
    while (q.value().next()) {
        actor.homeroomClassIds << q.value().value(0).toLongLong();
        actor.homeroomClassNames << q.value().value(1).toString();
    }
    if (!actor.homeroomClassIds.isEmpty())
        actor.roles << Actor::Role::HomeroomTeacher;
    if (staff.officeId != 0) {
        actor.roles << Actor::Role::OfficeStaff;
        actor.officeId = staff.officeId;
        actor.officeCode = staff.officeCode;
    }
    if (staff.isSchoolAdmin)
        actor.roles << Actor::Role::SchoolAdmin;
    return actor;
}

} // namespace cooc
