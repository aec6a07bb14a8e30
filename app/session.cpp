#include "app/session.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cooc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::Session", text);
}

} // namespace

QString roleName(Actor::Role role)
{
    switch (role) {
    case Actor::Role::HomeroomTeacher:
        return tr("Homeroom teacher");
    case Actor::Role::OfficeStaff:
        return tr("Office staff");
    case Actor::Role::SchoolAdmin:
        return tr("School administrator");
    case Actor::Role::System:
        return tr("System");
    }
    return {};
}

QString officeName(const QString &officeCode)
{
    if (officeCode == QLatin1String("student_affairs"))
        return tr("Office of Student Affairs");
    if (officeCode == QLatin1String("academic_affairs"))
        return tr("Office of Academic Affairs");
    if (officeCode == QLatin1String("counseling"))
        return tr("Counseling Office");
    if (officeCode == QLatin1String("general_affairs"))
        return tr("Office of General Affairs");
    if (officeCode == QLatin1String("principal"))
        return tr("Principal's Office");
    return officeCode;
}

QString Session::roleSummary() const
{
    QStringList parts;
    for (const Actor::Role role : actor.roles) {
        switch (role) {
        case Actor::Role::HomeroomTeacher:
            parts << tr("Homeroom teacher (%1)").arg(actor.homeroomClassNames.join(QStringLiteral(", ")));
            break;
        case Actor::Role::OfficeStaff:
            parts << officeName(actor.officeCode);
            break;
        default:
            parts << roleName(role);
            break;
        }
    }
    if (parts.isEmpty())
        return tr("No role at this school");
    return parts.join(QStringLiteral(" · "));
}

QString Session::databaseSummary() const
{
    if (!database)
        return {};
    // As the status bar of UI.md: 示範學校（SQLite）, 城市.sqlite（SQLite）, db.example.tw:5432/cooc（中央）.
    const DatabaseUrl &url = database->url();
    if (url.dialect == Dialect::Sqlite)
        return isDemoSchool ? tr("Demo school (SQLite)") : tr("%1 (SQLite)").arg(QFileInfo(url.path).fileName());
    const QString server = url.host + QLatin1Char(':') + QString::number(url.port) + QLatin1Char('/') + url.databaseName;
    return isDemoSchool ? tr("Demo school – %1 (central)").arg(server) : tr("%1 (central)").arg(server);
}

} // namespace cooc
