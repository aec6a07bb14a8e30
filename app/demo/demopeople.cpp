// The demo world's people: schools, offices, staff and their accounts, classes, students and
// enrollments, families with their guardians, the household registry and the bindings that
// came before the e-signature era.
#include "app/auth/accountrules.h"
#include "app/auth/passwordhasher.h"
#include "app/demo/demogenerator.h"
#include "app/demo/demotext.h"
#include "models/nationalid.h"
#include "models/schoolyear.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cooc::demo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::DemoSchool", text);
}

struct OfficeDef
{
    const char *code;
    QString name;
};

const std::vector<OfficeDef> &officeDefs()
{
    static const std::vector<OfficeDef> defs = {
        {"student_affairs", QStringLiteral("學務處")}, {"academic_affairs", QStringLiteral("教務處")},
        {"counseling", QStringLiteral("輔導室")},      {"general_affairs", QStringLiteral("總務處")},
        {"principal", QStringLiteral("校長室")},
    };
    return defs;
}

} // namespace

qint64 Generator::deciderFor(Rng &r, const School &school, const Student &s) const
{
    const ClassRoom *c = classOf(s);
    if (c && r.chance(0.75))
        return c->teacherId;
    if (!school.studentAffairsStaff.empty())
        return school.studentAffairsStaff[size_t(r.below(int(school.studentAffairsStaff.size())))];
    return c ? c->teacherId : school.adminStaffId;
}

void Generator::addDecision(const School &school, const QDateTime &at, qint64 staffId, const QString &action,
                            const QString &entity, qint64 entityId, const QJsonObject &detail)
{
    if (!school.richness.auditDecisions)
        return;
    Decision d;
    d.at = at;
    d.schoolId = school.id;
    d.staffId = staffId;
    d.login = m_staffLogins.value(staffId);
    d.action = action;
    d.entity = entity;
    d.entityId = entityId;
    d.detail = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    m_decisions.push_back(d);
}

void Generator::writeParentAccount(const School &school, qint64 parentId, const Guardian &g,
                                   const QString &passwordHash, const QDateTime &created)
{
    if (!school.demoSchool && !school.secondDemo)
        return; // city scale: parents' accounts are left out (they do not use the desktop client)
    const QString hash = passwordHash.isEmpty()
        ? PasswordHasher::hash(AccountRules::defaultPassword(g.nationalId), PasswordHasher::Cost::Bulk)
        : passwordHash;
    table(QStringLiteral("accounts"))
        .add({nextId(QStringLiteral("accounts")), AccountRules::parentLogin(g.email), QStringLiteral("parent"), nullId(),
              parentId, hash, true, false, ts(created)});
}

std::vector<const BindingRef *> Generator::activeBindings(int grade) const
{
    std::vector<const BindingRef *> out;
    for (const BindingRef &b : m_bindings) {
        if (!b.active)
            continue;
        if (grade && m_students[size_t(b.student)].grade != grade)
            continue;
        out.push_back(&b);
    }
    return out;
}

Status Generator::writeSchoolAndStaff(School &school)
{
    Rng r = rng(TagStaff, quint64(school.index));
    school.id = nextId(QStringLiteral("schools"));
    table(QStringLiteral("schools"))
        .add({school.id, school.code, school.name, school.district, school.level, true});
    for (const OfficeDef &o : officeDefs()) {
        const qint64 id = nextId(QStringLiteral("offices"));
        school.offices.insert(QLatin1String(o.code), id);
        table(QStringLiteral("offices")).add({id, school.id, QLatin1String(o.code), o.name});
    }

    std::vector<StaffAccount> accounts;
    auto addStaff = [&](const QString &officeCode, bool teacher, bool admin, const QString &employment,
                        const QString &role, const QString &forcedName = {}) -> qint64 {
        const QChar gender = r.chance(0.6) ? QLatin1Char('F') : QLatin1Char('M');
        text::Person p = text::personName(r, gender);
        if (!forcedName.isEmpty())
            p.name = forcedName;
        QString nid;
        do {
            nid = newNationalId(TagStaff, quint64(m_nextIds.value(QStringLiteral("staff"))) * 31 + quint64(r.below(1000)),
                                gender);
        } while (m_usedLast9.contains(NationalId::lastChars(nid, 9)));
        m_usedLast9.insert(NationalId::lastChars(nid, 9));
        const qint64 id = nextId(QStringLiteral("staff"));
        const qint64 officeId = officeCode.isEmpty() ? 0 : school.offices.value(officeCode);
        table(QStringLiteral("staff"))
            .add({id, school.id, idOrNull(officeId), p.name,
                  QStringLiteral("%1.%2@%3.demo.example").arg(p.romanized).arg(id).arg(school.code),
                  NationalId::hash(nid), NationalId::mask(nid), teacher, admin, employment});
        m_staffIds.push_back(id);
        if (!officeCode.isEmpty() && !school.officeStaff.contains(officeCode))
            school.officeStaff.insert(officeCode, id);
        StaffAccount a;
        a.nationalId = nid;
        a.account.login = AccountRules::staffLogin(school.code, nid);
        a.account.password = AccountRules::defaultPassword(nid);
        a.account.name = p.name;
        a.account.role = role;
        a.account.office = officeCode;
        a.account.staffId = id;
        a.account.schoolId = school.id;
        a.account.schoolCode = school.code;
        a.account.demoSchool = school.demoSchool;
        m_staffLogins.insert(id, a.account.login);
        if (employment == QLatin1String("left")) {
            a.account.role.clear();
            a.disabled = true;
        }
        accounts.push_back(a);
        return id;
    };

    // Office staff first (the login dialog lists the school admin and the offices first).
    const QString admin = QStringLiteral("school_admin");
    const QString office = QStringLiteral("office_staff");
    const QString employed = QStringLiteral("employed");
    const bool big = school.demoSchool;
    school.adminStaffId = addStaff(QStringLiteral("academic_affairs"), true, true, employed, admin);
    for (int i = 0; i < (big ? 2 : 1); ++i)
        addStaff(QStringLiteral("academic_affairs"), i > 0, false, employed, office);
    for (int i = 0; i < (big ? 3 : 2); ++i)
        school.studentAffairsStaff.push_back(addStaff(QStringLiteral("student_affairs"), i > 0, false, employed, office));
    for (int i = 0; i < (big ? 2 : 1); ++i)
        addStaff(QStringLiteral("counseling"), true, false, employed, office);
    addStaff(QStringLiteral("general_affairs"), false, false, employed, office);
    school.principalId = addStaff(QStringLiteral("principal"), true, false, employed, office);

    // Classes and their homeroom teachers.
    const QStringList rare = text::rareCharacters();
    for (int grade = school.firstGrade; grade <= school.lastGrade; ++grade) {
        for (int number = 1; number <= school.classesPerGrade; ++number) {
            ClassRoom c;
            c.grade = grade;
            c.number = number;
            c.name = SchoolYear::className(grade, number);
            QString forced;
            if (school.demoSchool && grade == school.firstGrade && number == 2) {
                // A homeroom teacher whose name has a character beyond the BMP (𥚃).
                Rng nr = rng(TagStaff, 0x7702);
                forced = text::personName(nr, QLatin1Char('F')).surname + rare.at(3) + QStringLiteral("文");
            }
            c.teacherId = addStaff(QString(), true, false, employed, QStringLiteral("homeroom_teacher"), forced);
            c.teacherName = accounts.back().account.name;
            accounts.back().account.office.clear();
            accounts.back().account.homeroomClass = c.name;
            c.id = nextId(QStringLiteral("classes"));
            table(QStringLiteral("classes"))
                .add({c.id, school.id, m_schoolYear, grade, number, c.name, c.teacherId});
            m_classes.push_back(c);
        }
    }
    // Subject teachers without a role: one on leave, one who left (their account is disabled).
    addStaff(QString(), true, false, employed, QString());
    addStaff(QString(), true, false, QStringLiteral("on_leave"), QString());
    addStaff(QString(), true, false, QStringLiteral("left"), QString());
    m_summary.staff += qint64(accounts.size());
    return writeAccounts(school, accounts);
}

Status Generator::writeAccounts(School &school, std::vector<StaffAccount> &accounts)
{
    const QDateTime created = taipei(semesterStart(1).addDays(-7), 9 * 60);
    for (const StaffAccount &a : accounts) {
        if (Status s = checkCancel(); !s)
            return s;
        const qint64 id = nextId(QStringLiteral("accounts"));
        // Default passwords are hashed with the Bulk cost: they must be changed at first login.
        const QString hash = PasswordHasher::hash(a.account.password, PasswordHasher::Cost::Bulk);
        if (hash.isEmpty())
            return Error::make(Error::Code::Generic, tr("A demo password could not be hashed."));
        table(QStringLiteral("accounts"))
            .add({id, a.account.login, QStringLiteral("staff"), a.account.staffId, nullId(), hash, true, a.disabled, ts(created)});
    }
    // The account rows must exist before the hook sees them.
    if (m_options.onStaffAccount) {
        if (Status s = flushAll(); !s)
            return s;
    }
    for (const StaffAccount &a : accounts) {
        if (school.demoSchool && !a.account.role.isEmpty())
            m_summary.demoAccounts.append(a.account);
        if (m_options.onStaffAccount) {
            if (Status s = m_options.onStaffAccount(m_db, a.account); !s)
                return s;
        }
    }
    return okStatus();
}

void Generator::writeStudents(School &school)
{
    Rng r = rng(TagStudent, quint64(school.index));
    const int grades = school.lastGrade - school.firstGrade + 1;
    // Students per grade and class, as evenly as the numbers allow.
    for (int g = 0; g < grades; ++g) {
        const int inGrade = school.students / grades + (g < school.students % grades ? 1 : 0);
        const int classes = school.classesPerGrade;
        for (int c = 0; c < classes; ++c) {
            const int inClass = inGrade / classes + (c < inGrade % classes ? 1 : 0);
            ClassRoom &room = m_classes[size_t(g * classes + c)];
            for (int k = 0; k < inClass; ++k) {
                Student s;
                s.grade = school.firstGrade + g;
                s.classIndex = g * classes + c;
                s.gender = r.chance(0.51) ? QLatin1Char('M') : QLatin1Char('F');
                const int f = r.below(100);
                s.absenceFactor = f < 65 ? 0.4 : f < 93 ? 1.3 : 4.0;
                s.ability = 55.0 + r.uniform() * 40.0;
                room.students.push_back(int(m_students.size()));
                m_students.push_back(s);
            }
        }
    }

    // Families: siblings share a surname and guardians; most families have one child here.
    std::vector<int> order(m_students.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    r.shuffle(order);
    for (size_t i = 0; i < order.size();) {
        const int kind = r.below(100);
        const size_t size = std::min(order.size() - i, size_t(kind < 68 ? 1 : kind < 95 ? 2 : 3));
        Family family;
        family.surname = text::randomSurname(r, &family.romanized);
        for (size_t k = 0; k < size; ++k) {
            const int s = order[i + k];
            family.children.push_back(s);
            m_students[size_t(s)].family = int(m_families.size());
        }
        m_families.push_back(family);
        i += size;
    }

    // Names, IDs and numbers, class by class and seat by seat.
    const QStringList rare = text::rareCharacters();
    const int firstYear = m_schoolYear;
    std::vector<int> perEntryYear(size_t(grades), 0);
    int placed = 0;
    for (ClassRoom &room : m_classes) {
        // Seats: boys first, then girls, as many schools number them.
        std::stable_sort(room.students.begin(), room.students.end(), [this](int a, int b) {
            return m_students[size_t(a)].gender == QLatin1Char('M') && m_students[size_t(b)].gender != QLatin1Char('M');
        });
        int seat = 0;
        for (int index : room.students) {
            Student &s = m_students[size_t(index)];
            Rng sr = rng(TagStudent, (quint64(school.index) << 24) + quint64(placed++));
            const Family &family = m_families[size_t(s.family)];
            const QString surname = sr.chance(0.04) ? text::randomSurname(sr) : family.surname;
            s.name = text::personName(sr, s.gender, surname).name;
            if (school.demoSchool && (placed == 4 || placed == 51)) // 𡘙 and 𠀋 (CJK Extension B)
                s.name = surname + rare.at(placed == 4 ? 0 : 1) + s.name.right(1);
            s.seat = ++seat;
            const int g = s.grade - school.firstGrade;
            const int entryYear = firstYear - g;
            const int seq = ++perEntryYear[size_t(g)];
            s.number = QStringLiteral("%1%2").arg(entryYear).arg(seq, seq > 999 ? 4 : 3, 10, QLatin1Char('0'));
            const QString nid = newNationalId(TagStudent, quint64(m_nextIds.value(QStringLiteral("students"))), s.gender);
            s.idHash = NationalId::hash(nid);
            s.id = nextId(QStringLiteral("students"));
            const int bornYear = SchoolYear::gregorianYear(m_schoolYear) - s.grade - 6;
            s.birthDate = QDate(bornYear, 9, 2).addDays(sr.below(365));
            table(QStringLiteral("students"))
                .add({s.id, s.name, s.idHash, NationalId::mask(nid), date(s.birthDate), QString(s.gender)});

            const QDate start = QDate(SchoolYear::gregorianYear(entryYear), 8, 30);
            QString status = QStringLiteral("enrolled");
            QVariant end = date(QDate());
            // The transfer cases: one student leaves the demo school for the second school,
            // and one leaves the second school for the demo school.
            const bool transfer = (school.demoSchool || school.secondDemo) && s.grade == school.firstGrade + 1
                && room.number == std::min(3, school.classesPerGrade) && seat == 5;
            if (transfer) {
                s.leaving = true;
                status = QStringLiteral("transferred_out");
                const QDate left = m_today.addDays(school.demoSchool ? -12 : -4);
                end = date(left);
                TransferCase &t = school.demoSchool ? m_transferOut : m_transferIn;
                t.studentId = s.id;
                t.name = s.name;
                t.fromSchool = school.id;
                t.grade = s.grade;
                t.fromEnrollment = m_nextIds.value(QStringLiteral("enrollments"));
            }
            table(QStringLiteral("enrollments"))
                .add({nextId(QStringLiteral("enrollments")), s.id, school.id, m_schoolYear, room.id, s.seat, s.number,
                      status, date(start), end});
        }
    }
    m_summary.students += qint64(m_students.size());
}

void Generator::writeFamilies(School &school)
{
    const QStringList rare = text::rareCharacters();
    for (size_t fi = 0; fi < m_families.size(); ++fi) {
        Family &family = m_families[fi];
        Rng r = rng(TagFamily, (quint64(school.index) << 32) + fi);
        const quint64 familySerial = quint64(++m_familySerial);
        const bool inTaipei = r.chance(0.88);
        const QString city = inTaipei ? QStringLiteral("臺北市") : text::otherCity(r);
        const QString household = QStringLiteral("H%1").arg(familySerial, 9, 10, QLatin1Char('0'));
        family.household = household;
        family.city = city;

        auto makeGuardian = [&](const QString &relationship, QChar gender, const QString &surname) {
            Guardian g;
            g.relationship = relationship;
            g.gender = gender;
            text::Person p = text::personName(r, gender, surname);
            g.name = p.name;
            g.romanized = p.romanized;
            g.nationalId = newNationalId(TagGuardian, (familySerial << 3) + family.guardians.size(), gender);
            g.idHash = NationalId::hash(g.nationalId);
            g.idMasked = NationalId::mask(g.nationalId);
            g.last4 = NationalId::lastChars(g.nationalId, 4);
            g.phone = text::mobilePhone(r);
            g.email = QStringLiteral("%1.%2%3@%4")
                          .arg(g.romanized)
                          .arg(QChar(QLatin1Char('a' + r.below(26))))
                          .arg(familySerial * 4 + family.guardians.size())
                          .arg(r.chance(0.5) ? QStringLiteral("example.com") : QStringLiteral("example.net"));
            g.city = city;
            g.household = household;
            family.guardians.push_back(g);
        };
        const int kind = r.below(100);
        if (kind < 74) {
            makeGuardian(QStringLiteral("father"), QLatin1Char('M'), family.surname);
            makeGuardian(QStringLiteral("mother"), QLatin1Char('F'), QString());
            if (r.chance(0.06)) { // parents registered in different households
                Guardian &father = family.guardians.front();
                father.household = QStringLiteral("H%1").arg(familySerial + 500000000, 9, 10, QLatin1Char('0'));
                if (r.chance(0.3))
                    father.city = text::otherCity(r);
            }
            if (r.chance(0.01))
                family.guardians.back().inRegistry = false; // resident certificate, not in the registry
        } else if (kind < 84) {
            makeGuardian(QStringLiteral("mother"), QLatin1Char('F'), QString());
        } else if (kind < 90) {
            makeGuardian(QStringLiteral("father"), QLatin1Char('M'), family.surname);
        } else if (kind < 96) {
            const bool grandmother = r.chance(0.6);
            makeGuardian(QStringLiteral("grandparent"), grandmother ? QLatin1Char('F') : QLatin1Char('M'),
                         grandmother ? QString() : family.surname);
        } else {
            makeGuardian(QStringLiteral("guardian"), r.chance(0.5) ? QLatin1Char('F') : QLatin1Char('M'), QString());
        }
        if (school.demoSchool && fi == 10) // a father whose name has 𪚥 (beyond the BMP)
            family.guardians.front().name = family.guardians.front().name.left(1) + rare.at(2)
                + family.guardians.front().name.right(1);

        // The school's guardian records and the household registry.
        for (int child : family.children) {
            const Student &s = m_students[size_t(child)];
            table(QStringLiteral("household_registry")).add({s.idHash, household, city});
            for (const Guardian &g : family.guardians) {
                table(QStringLiteral("student_guardians"))
                    .add({nextId(QStringLiteral("student_guardians")), s.id, g.name, g.relationship,
                          r.chance(0.92) ? QVariant(g.idHash) : nullText(), g.phone,
                          r.chance(0.8) ? g.email : QStringLiteral("")});
            }
        }
        for (const Guardian &g : family.guardians) {
            if (g.inRegistry)
                table(QStringLiteral("household_registry")).add({g.idHash, g.household, g.city});
        }

        // About four families in five use the app: which guardians bound their children.
        family.bound = r.chance(0.82) && !(school.demoSchool && fi == 10); // 𪚥 applies below
        if (!family.bound)
            continue;
        bool firstGradeChild = false;
        for (int child : family.children)
            firstGradeChild = firstGradeChild || m_students[size_t(child)].grade == school.firstGrade;
        family.newThisYear = firstGradeChild && r.chance(0.45);
        std::vector<int> binders;
        if (family.guardians.size() == 2) {
            const int who = r.below(100);
            if (who < 45)
                binders = {1};
            else if (who < 70)
                binders = {0};
            else
                binders = {0, 1};
        } else {
            binders = {0};
        }
        for (int gi : binders) {
            Guardian &g = family.guardians[size_t(gi)];
            g.parentId = nextId(QStringLiteral("parents"));
            table(QStringLiteral("parents"))
                .add({g.parentId, g.name, g.email, g.phone, g.idHash, g.idMasked, g.last4});
            m_summary.parents++;
            writeParentAccount(school, g.parentId, g, QString(),
                               taipei(std::min(esignStart(), semesterStart(1)).addDays(-r.range(30, 900)), 20 * 60));
            for (int child : family.children) {
                const Student &s = m_students[size_t(child)];
                if (family.newThisYear && s.grade == school.firstGrade)
                    continue; // bound this year through an e-signed request (writeBindingRequests)
                // Bound in an earlier year (often at the elementary school: bindings follow the child).
                const int yearsAgo = r.range(s.grade - school.firstGrade, s.grade - school.firstGrade + 2);
                const QDate approved = QDate(SchoolYear::gregorianYear(m_schoolYear - yearsAgo), 9, 1)
                                           .addDays(r.below(120));
                const bool here = yearsAgo <= s.grade - school.firstGrade && r.chance(0.7);
                const qint64 approver = here ? deciderFor(r, school, s) : 0;
                const bool revoked = school.demoSchool && fi == 20 && gi == 0;
                BindingRef b;
                b.id = nextId(QStringLiteral("parent_bindings"));
                b.parentId = g.parentId;
                b.student = child;
                b.family = int(fi);
                b.guardian = gi;
                b.active = !s.leaving && !revoked;
                table(QStringLiteral("parent_bindings"))
                    .add({b.id, g.parentId, s.id, g.relationship,
                          s.leaving ? QStringLiteral("suspended")
                                    : revoked ? QStringLiteral("revoked") : QStringLiteral("active"),
                          nullId(), idOrNull(approver), ts(taipei(approved, 10 * 60 + r.below(420))),
                          revoked ? ts(taipei(m_today.addDays(-40), 11 * 60)) : nullTs(m_db)});
                if (s.leaving) {
                    TransferCase &t = school.demoSchool ? m_transferOut : m_transferIn;
                    t.bindingIds.push_back(b.id);
                }
                m_bindings.push_back(b);
            }
        }
    }
}

Status Generator::writeTransfers()
{
    // The other side of each transfer: enrolled at the new school, not yet placed in a class.
    auto enroll = [this](TransferCase &t, const School &to, int daysAgo) {
        if (!t.studentId)
            return;
        t.toSchool = to.id;
        t.toNumber = QStringLiteral("%1%2").arg(m_schoolYear - (t.grade - to.firstGrade)).arg(990 - daysAgo);
        table(QStringLiteral("enrollments"))
            .add({nextId(QStringLiteral("enrollments")), t.studentId, to.id, m_schoolYear, nullId(), nullId(),
                  t.toNumber, QStringLiteral("enrolled"), date(m_today.addDays(-daysAgo)), date(QDate())});
    };
    if (m_schools.size() >= 2) {
        enroll(m_transferOut, m_schools[1], 11);
        enroll(m_transferIn, m_schools[0], 3);
    }
    return okStatus();
}

} // namespace cooc::demo
