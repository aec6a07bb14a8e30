#include "app/central/accountssync.h"

#include "app/auth/accountrules.h"
#include "app/central/logging.h"
#include "app/central/roleprovisioner.h"
#include "models/nationalid.h"
#include "models/schoolyear.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>

namespace cooc::central {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::central::AccountsSync", text);
}

QVariant nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// A bound null QString is SQL NULL; the text columns are NOT NULL with '' for "none".
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString officeName(const QString &code)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("student_affairs"), QStringLiteral("學務處")},
        {QStringLiteral("academic_affairs"), QStringLiteral("教務處")},
        {QStringLiteral("counseling"), QStringLiteral("輔導室")},
        {QStringLiteral("general_affairs"), QStringLiteral("總務處")},
        {QStringLiteral("principal"), QStringLiteral("校長室")},
    };
    return names.value(code, code);
}

struct StaffRow
{
    qint64 id = 0;
    qint64 schoolId = 0;
    QString nationalIdHash;
    QString name;
    QString email;
    qint64 officeId = 0;
    bool isTeacher = true;
    bool isSchoolAdmin = false;
    QString employmentStatus;
    QString dbRole;
};

struct ClassRow
{
    qint64 id = 0;
    qint64 schoolId = 0;
    QString name;
    qint64 homeroomTeacherId = 0;
};

// What the file wants for one person, with what the database has.
struct Wanted
{
    const StaffRecord *record = nullptr;
    qint64 schoolId = 0;
    QString login;
    QString idHash;
    qint64 officeId = 0;        // 0: none, or the office is created first (officeCode)
    std::optional<StaffRow> existing;
    std::optional<LoginRole> role;
    bool canLogin = false;
    QStringList groups;
    QList<qint64> classIds;
    qint64 staffId = 0;         // known after the staff row is written
};

QString schoolKey(qint64 schoolId, const QString &text)
{
    return QString::number(schoolId) + QLatin1Char('/') + text;
}

} // namespace

Result<SyncReport> AccountsSync::run(const StaffCsv &csv, const SyncOptions &options) const
{
    using C = Error::Code;
    if (m_db.dialect() != Dialect::Postgres)
        return Error::make(C::InvalidInput, tr("accounts sync manages PostgreSQL login roles: give a postgresql:// address."));
    const int schoolYear = options.schoolYear > 0 ? options.schoolYear : SchoolYear::fromDate(m_clock.schoolToday());
    const QDateTime now = m_clock.now();
    QStringList problems;
    SyncReport report;
    report.encoding = csv.encoding;

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    // Two syncs at once would interleave role DDL: one at a time, for the whole transaction.
    if (auto locked = m_db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7243002)")); !locked)
        return locked.error();

    // ---- what the database holds -----------------------------------------------------
    QHash<QString, qint64> schools; // code → id
    {
        auto q = m_db.exec(QStringLiteral("SELECT code, id FROM schools"), {}, Database::Rows::Buffered);
        if (!q)
            return q.error();
        while (q.value().next())
            schools.insert(q.value().value(0).toString().toLower(), q.value().value(1).toLongLong());
    }
    QSet<qint64> listedSchools;
    for (const StaffRecord &r : csv.records) {
        if (!schools.contains(r.schoolCode))
            problems << tr("line %1: there is no school with the code \"%2\" in this database.").arg(r.line).arg(r.schoolCode);
        else
            listedSchools.insert(schools.value(r.schoolCode));
    }
    QVariantList schoolIds;
    for (qint64 id : listedSchools)
        schoolIds << id;
    QString inList;
    for (qsizetype i = 0; i < schoolIds.size(); ++i)
        inList += i ? QStringLiteral(", ?") : QStringLiteral("?");
    if (inList.isEmpty())
        inList = QStringLiteral("NULL");

    QHash<QString, qint64> offices; // school/code → id
    {
        auto q = m_db.exec(QStringLiteral("SELECT school_id, code, id FROM offices WHERE school_id IN (") + inList
                               + QLatin1Char(')'),
                           schoolIds, Database::Rows::Buffered);
        if (!q)
            return q.error();
        while (q.value().next())
            offices.insert(schoolKey(q.value().value(0).toLongLong(), q.value().value(1).toString()),
                           q.value().value(2).toLongLong());
    }
    QHash<QString, StaffRow> staffByKey; // school/id-hash → row
    {
        auto q = m_db.exec(QStringLiteral("SELECT id, school_id, national_id_hash, name, email, office_id, is_teacher,"
                                          " is_school_admin, employment_status, db_role FROM staff WHERE school_id IN (")
                               + inList + QStringLiteral(") ORDER BY id"),
                           schoolIds, Database::Rows::Buffered);
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            StaffRow s{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(), r.value(3).toString(),
                       r.value(4).toString(), r.value(5).toLongLong(), r.value(6).toBool(), r.value(7).toBool(),
                       r.value(8).toString(), r.value(9).toString()};
            staffByKey.insert(schoolKey(s.schoolId, s.nationalIdHash), s);
        }
    }
    QHash<QString, ClassRow> classes; // school/name → class of the school year
    {
        auto q = m_db.exec(QStringLiteral("SELECT id, school_id, name, homeroom_teacher_id FROM classes"
                                          " WHERE school_year = ? AND school_id IN (")
                               + inList + QStringLiteral(") ORDER BY id"),
                           QVariantList{schoolYear} + schoolIds, Database::Rows::Buffered);
        if (!q)
            return q.error();
        while (q.value().next()) {
            ClassRow c{q.value().value(0).toLongLong(), q.value().value(1).toLongLong(), q.value().value(2).toString(),
                       q.value().value(3).toLongLong()};
            classes.insert(schoolKey(c.schoolId, c.name), c);
        }
    }

    // ---- what the file wants ---------------------------------------------------------
    RoleProvisioner roles(m_db);
    QList<Wanted> wanted;
    QHash<qint64, int> classClaimedBy; // class id → index in wanted
    QSet<QString> logins;
    QSet<QString> officesToCreate; // school/code
    for (const StaffRecord &r : csv.records) {
        if (!schools.contains(r.schoolCode))
            continue;
        Wanted w;
        w.record = &r;
        w.schoolId = schools.value(r.schoolCode);
        w.login = AccountRules::staffLogin(r.schoolCode, r.nationalId);
        if (!isValidRoleName(w.login)) {
            problems << tr("line %1: the account name \"%2\" cannot be a database login.").arg(r.line).arg(w.login);
            continue;
        }
        if (logins.contains(w.login))
            problems << tr("line %1: the account name %2 is already used by another row.").arg(r.line).arg(w.login);
        logins.insert(w.login);
        w.idHash = NationalId::hash(r.nationalId);
        const auto existing = staffByKey.constFind(schoolKey(w.schoolId, w.idHash));
        if (existing != staffByKey.cend())
            w.existing = existing.value();
        if (!r.officeCode.isEmpty()) {
            w.officeId = offices.value(schoolKey(w.schoolId, r.officeCode));
            if (!w.officeId)
                officesToCreate.insert(schoolKey(w.schoolId, r.officeCode));
        }
        for (const QString &name : r.homeroomClasses) {
            const auto c = classes.constFind(schoolKey(w.schoolId, name));
            if (c == classes.cend()) {
                problems << tr("line %1: school %2 has no class \"%3\" in school year %4.")
                                .arg(r.line).arg(r.schoolCode, name.left(20)).arg(schoolYear);
                continue;
            }
            if (classClaimedBy.contains(c->id)) {
                problems << tr("line %1: class %2 already has a homeroom teacher in this file (line %3).")
                                .arg(r.line).arg(name)
                                .arg(wanted.at(classClaimedBy.value(c->id)).record->line);
                continue;
            }
            if (r.employmentStatus == QLatin1String("employed")) {
                classClaimedBy.insert(c->id, int(wanted.size()));
                w.classIds << c->id;
            }
        }
        w.canLogin = r.employmentStatus == QLatin1String("employed");
        w.groups = w.canLogin ? GroupRole::forStaff(!w.classIds.isEmpty(), r.officeCode, r.isSchoolAdmin) : QStringList();
        auto role = roles.find(w.login);
        if (!role)
            return role.error();
        w.role = role.value();
        wanted << w;
    }
    if (!problems.isEmpty())
        return Error::make(C::InvalidInput, tr("Nothing was changed. The staff file does not fit this database:")
                                                + QStringLiteral("\n  ") + problems.join(QStringLiteral("\n  ")));

    // ---- the plan, and (unless a dry run) its execution -------------------------------
    auto change = [&](SyncChange::Kind kind, const QString &login, const QString &text) {
        report.changes << SyncChange{kind, login, text};
    };
    const bool apply = !options.dryRun;

    for (const QString &key : officesToCreate) {
        const qint64 schoolId = key.section(QLatin1Char('/'), 0, 0).toLongLong();
        const QString code = key.section(QLatin1Char('/'), 1);
        change(SyncChange::Kind::Office, {}, tr("office %1 created at school %2").arg(code, schools.key(schoolId)));
        if (apply) {
            auto id = m_db.insert(QStringLiteral("INSERT INTO offices (school_id, code, name) VALUES (?, ?, ?)"),
                                  {schoolId, code, officeName(code)});
            if (!id)
                return id.error();
            offices.insert(key, id.value());
        }
    }

    QSet<qint64> listedStaff;
    for (Wanted &w : wanted) {
        const StaffRecord &r = *w.record;
        if (!r.officeCode.isEmpty())
            w.officeId = offices.value(schoolKey(w.schoolId, r.officeCode));
        QStringList what;
        if (!w.existing) {
            what << tr("new staff member %1").arg(r.name);
        } else {
            const StaffRow &s = *w.existing;
            listedStaff.insert(s.id);
            w.staffId = s.id;
            if (s.name != r.name)
                what << tr("name → %1").arg(r.name);
            if (s.email != r.email)
                what << tr("e-mail changed");
            // (on a dry run an office still to be created has no id yet: it is a change all the same)
            const bool officeChanged = r.officeCode.isEmpty() ? s.officeId != 0 : (w.officeId == 0 || s.officeId != w.officeId);
            if (officeChanged)
                what << tr("office → %1").arg(r.officeCode.isEmpty() ? tr("none") : r.officeCode);
            if (s.isTeacher != r.isTeacher || s.isSchoolAdmin != r.isSchoolAdmin)
                what << tr("teacher/admin flags changed");
            if (s.employmentStatus != r.employmentStatus)
                what << tr("employment %1 → %2").arg(s.employmentStatus, r.employmentStatus);
            if (s.dbRole != w.login)
                what << tr("login role %1 → %2").arg(s.dbRole.isEmpty() ? tr("none") : s.dbRole, w.login);
        }
        const bool roleCreated = !w.role;
        if (roleCreated && w.canLogin)
            what << tr("login role created with the default password (must be changed at first login)");
        else if (roleCreated)
            what << tr("login role created, disabled");
        else if (w.role->canLogin != w.canLogin)
            what << (w.canLogin ? tr("login enabled") : tr("login disabled (NOLOGIN)"));
        const QStringList before = w.role ? w.role->groups : QStringList();
        QStringList added, removed;
        for (const QString &g : w.groups)
            if (!before.contains(g))
                added << g;
        for (const QString &g : before)
            if (!w.groups.contains(g))
                removed << g;
        if (!added.isEmpty() || !removed.isEmpty()) {
            QStringList parts;
            for (const QString &g : added)
                parts << QLatin1Char('+') + g;
            for (const QString &g : removed)
                parts << QChar(0x2212) + g;
            what << tr("groups %1").arg(parts.join(QLatin1Char(' ')));
        }

        if (!w.existing) {
            ++report.created;
            change(SyncChange::Kind::Create, w.login, what.join(QStringLiteral("; ")));
        } else if (!what.isEmpty()) {
            if (!w.canLogin && (w.existing->employmentStatus == QLatin1String("employed") || (w.role && w.role->canLogin)))
                ++report.disabled;
            else
                ++report.updated;
            change(w.canLogin ? SyncChange::Kind::Update : SyncChange::Kind::Disable, w.login, what.join(QStringLiteral("; ")));
        } else {
            ++report.unchanged;
        }
        if (!apply)
            continue;

        // Staff row.
        if (!w.existing) {
            auto id = m_db.insert(QStringLiteral("INSERT INTO staff (school_id, office_id, name, email, national_id_hash,"
                                                 " national_id_masked, is_teacher, is_school_admin, employment_status, db_role)"
                                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                  {w.schoolId, nullableId(w.officeId), r.name, notNull(r.email), w.idHash, NationalId::mask(r.nationalId),
                                   r.isTeacher, r.isSchoolAdmin, r.employmentStatus, w.login});
            if (!id)
                return id.error();
            w.staffId = id.value();
        } else if (!what.isEmpty()) {
            if (!w.existing->dbRole.isEmpty() && w.existing->dbRole != w.login && isValidRoleName(w.existing->dbRole)) {
                if (Status s = roles.disable(w.existing->dbRole); !s)
                    return s.error();
            }
            auto q = m_db.exec(QStringLiteral("UPDATE staff SET office_id = ?, name = ?, email = ?, is_teacher = ?,"
                                              " is_school_admin = ?, employment_status = ?, db_role = ? WHERE id = ?"),
                               {nullableId(w.officeId), r.name, notNull(r.email), r.isTeacher, r.isSchoolAdmin, r.employmentStatus,
                                w.login, w.staffId});
            if (!q)
                return q.error();
        }
        // Login role.
        if (w.canLogin) {
            if (Status s = roles.ensureLogin(w.login, AccountRules::defaultPassword(r.nationalId), w.groups); !s)
                return s.error();
        } else {
            if (roleCreated) {
                if (Status s = roles.ensureLogin(w.login, AccountRules::defaultPassword(r.nationalId), {}); !s)
                    return s.error();
            }
            if (Status s = roles.disable(w.login); !s)
                return s.error();
        }
        // Account row: carries the must-change flag the client reads (the password is the role's).
        auto account = m_db.scalar(QStringLiteral("SELECT id FROM accounts WHERE staff_id = ? AND kind = 'staff' ORDER BY id LIMIT 1"),
                                   {w.staffId});
        if (!account)
            return account.error();
        if (account.value().isNull()) {
            auto id = m_db.insert(QStringLiteral("INSERT INTO accounts (login, kind, staff_id, password_hash, must_change_password,"
                                                 " disabled, created_at) VALUES (?, 'staff', ?, '!central', TRUE, ?, ?)"),
                                  {w.login, w.staffId, !w.canLogin, m_db.timestamp(now)});
            if (!id)
                return id.error();
        } else {
            auto q = m_db.exec(QStringLiteral("UPDATE accounts SET login = ?, disabled = ? WHERE id = ?"),
                               {w.login, !w.canLogin, account.value().toLongLong()});
            if (!q)
                return q.error();
        }
    }

    // Staff of a listed school who are not in the file any more: they left.
    for (const StaffRow &s : std::as_const(staffByKey)) {
        if (listedStaff.contains(s.id) || s.employmentStatus == QLatin1String("left"))
            continue;
        ++report.disabled;
        const QString login = s.dbRole;
        change(SyncChange::Kind::Disable, login,
               tr("%1 is not in the file any more: marked as left, login disabled (NOLOGIN), never deleted").arg(s.name));
        if (!apply)
            continue;
        auto q = m_db.exec(QStringLiteral("UPDATE staff SET employment_status = 'left' WHERE id = ?"), {s.id});
        if (!q)
            return q.error();
        if (isValidRoleName(login)) {
            if (Status st = roles.disable(login); !st)
                return st.error();
        }
        auto acc = m_db.exec(QStringLiteral("UPDATE accounts SET disabled = TRUE WHERE staff_id = ? AND kind = 'staff'"), {s.id});
        if (!acc)
            return acc.error();
    }

    // Homeroom teachers of the listed schools' classes, exactly as the file says.
    if (csv.hasHomeroomColumn) {
        QHash<qint64, QString> staffNames;
        QHash<qint64, qint64> wantedTeacher; // class → staff id (0 on a dry run for new staff)
        QHash<qint64, QString> wantedName;
        for (const Wanted &w : std::as_const(wanted)) {
            for (qint64 classId : w.classIds) {
                wantedTeacher.insert(classId, w.staffId);
                wantedName.insert(classId, w.record->name);
            }
        }
        for (const StaffRow &s : std::as_const(staffByKey))
            staffNames.insert(s.id, s.name);
        for (const ClassRow &c : std::as_const(classes)) {
            const qint64 teacher = wantedTeacher.value(c.id);
            const bool named = wantedTeacher.contains(c.id);
            if (named ? (teacher != 0 && teacher == c.homeroomTeacherId) : c.homeroomTeacherId == 0)
                continue;
            const QString from = c.homeroomTeacherId ? staffNames.value(c.homeroomTeacherId, tr("someone")) : tr("nobody");
            const QString to = named ? wantedName.value(c.id) : tr("nobody");
            change(SyncChange::Kind::Homeroom, {},
                   tr("class %1 at %2: homeroom teacher %3 → %4").arg(c.name, schools.key(c.schoolId), from, to));
            if (!apply)
                continue;
            auto q = m_db.exec(QStringLiteral("UPDATE classes SET homeroom_teacher_id = ? WHERE id = ?"),
                               {nullableId(teacher), c.id});
            if (!q)
                return q.error();
        }
    }

    if (!apply)
        return report; // the transaction rolls back: it only held the lock
    if (Status committed = tx.value()->commit(); !committed)
        return committed.error();
    report.applied = true;
    qCInfo(lcCentral) << "accounts sync:" << report.created << "created," << report.updated << "updated,"
                      << report.disabled << "disabled," << report.unchanged << "unchanged";
    return report;
}

} // namespace cooc::central
