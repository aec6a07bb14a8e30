#include "support/bindingfixture.h"

#include "app/auth/passwordhasher.h"
#include "app/esign/consentdocument.h"
#include "models/nationalid.h"

#include <QSqlError>
#include <QTimeZone>

namespace cooc::test {

namespace {
const int kYear = 115;
}

BindingFixture::BindingFixture(const Database &database)
    : db(database), clock(QDateTime(QDate(2026, 11, 28), QTime(10, 0), QTimeZone(8 * 3600)))
{
}

qint64 BindingFixture::insert(const QString &sql, const QVariantList &values)
{
    if (!error.isEmpty())
        return 0;
    auto id = db.insert(sql, values);
    if (!id) {
        error = id.error().message + QLatin1Char(' ') + id.error().detail + QStringLiteral(" in ") + sql;
        return 0;
    }
    return id.value();
}

qint64 BindingFixture::addStudent(const QString &key, const QString &name, const QString &nationalId)
{
    const qint64 id = insert(QStringLiteral("INSERT INTO students (name, national_id_hash, national_id_masked, gender)"
                                            " VALUES (?, ?, ?, 'U')"),
                             {name, NationalId::hash(nationalId), NationalId::mask(nationalId)});
    students.insert(key, id);
    return id;
}

void BindingFixture::enroll(qint64 student, qint64 school, int year, qint64 classId, int seat, const QString &number,
                            const QString &status, const QString &endDate)
{
    studentNumbers.insert(students.key(student), number);
    insert(QStringLiteral("INSERT INTO enrollments (student_id, school_id, school_year, class_id, seat, student_number,"
                          " status, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
           {student, school, year, classId ? QVariant(classId) : QVariant(QMetaType::fromType<qint64>()),
            seat ? QVariant(seat) : QVariant(QMetaType::fromType<int>()), number, status,
            db.dialect() == Dialect::Sqlite ? QVariant(QStringLiteral("2026-08-30")) : QVariant(QDate(2026, 8, 30)),
            endDate.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                              : (db.dialect() == Dialect::Sqlite ? QVariant(endDate)
                                                                 : QVariant(QDate::fromString(endDate, Qt::ISODate)))});
}

bool BindingFixture::build()
{
    schoolA = insert(QStringLiteral("INSERT INTO schools (code, name) VALUES (?, ?)"),
                     {QStringLiteral("tpa"), QStringLiteral("臺北市立甲國中")});
    schoolB = insert(QStringLiteral("INSERT INTO schools (code, name) VALUES (?, ?)"),
                     {QStringLiteral("tpb"), QStringLiteral("臺北市立乙國中")});
    const qint64 officeIdA = insert(QStringLiteral("INSERT INTO offices (school_id, code, name) VALUES (?, ?, ?)"),
                                    {schoolA, QStringLiteral("student_affairs"), QStringLiteral("學務處")});
    const qint64 officeIdB = insert(QStringLiteral("INSERT INTO offices (school_id, code, name) VALUES (?, ?, ?)"),
                                    {schoolB, QStringLiteral("student_affairs"), QStringLiteral("學務處")});
    auto staff = [&](qint64 school, qint64 office, const QString &name, quint64 seed) {
        const QString id = NationalId::generate(seed);
        return insert(QStringLiteral("INSERT INTO staff (school_id, office_id, name, national_id_hash,"
                                     " national_id_masked) VALUES (?, ?, ?, ?, ?)"),
                      {school, office ? QVariant(office) : QVariant(QMetaType::fromType<qint64>()), name,
                       NationalId::hash(id), NationalId::mask(id)});
    };
    teacher801 = staff(schoolA, 0, QStringLiteral("林老師"), 9001);
    teacher802 = staff(schoolA, 0, QStringLiteral("陳老師"), 9002);
    officeA = staff(schoolA, officeIdA, QStringLiteral("王組長"), 9003);
    officeB = staff(schoolB, officeIdB, QStringLiteral("趙組長"), 9004);
    auto classRow = [&](qint64 school, int year, int grade, int number, qint64 teacher) {
        return insert(QStringLiteral("INSERT INTO classes (school_id, school_year, grade, number, name,"
                                     " homeroom_teacher_id) VALUES (?, ?, ?, ?, ?, ?)"),
                      {school, year, grade, number, QString::number(grade * 100 + number),
                       teacher ? QVariant(teacher) : QVariant(QMetaType::fromType<qint64>())});
    };
    class801 = classRow(schoolA, kYear, 8, 1, teacher801);
    class802 = classRow(schoolA, kYear, 8, 2, teacher802);
    class701old = classRow(schoolA, kYear - 1, 7, 1, teacher801);
    class901old = classRow(schoolA, kYear - 1, 9, 1, 0);
    class901 = classRow(schoolB, kYear, 9, 1, 0);

    enroll(addStudent(QStringLiteral("ming"), QStringLiteral("王小明"), NationalId::generate(1)), schoolA, kYear,
           class801, 12, QStringLiteral("113012"), QStringLiteral("enrolled"));
    enroll(addStudent(QStringLiteral("hua"), QStringLiteral("王小華"), NationalId::generate(2)), schoolA, kYear,
           class802, 3, QStringLiteral("113045"), QStringLiteral("enrolled"));
    enroll(addStudent(QStringLiteral("mei"), QStringLiteral("李美玲"), NationalId::generate(3)), schoolA, kYear,
           class801, 5, QStringLiteral("113005"), QStringLiteral("enrolled"));
    enroll(addStudent(QStringLiteral("yi"), QStringLiteral("陳怡君"), NationalId::generate(4)), schoolA, kYear,
           class801, 20, QStringLiteral("113020"), QStringLiteral("transferred_out"), QStringLiteral("2026-10-01"));
    enroll(addStudent(QStringLiteral("hao"), QStringLiteral("張志豪"), NationalId::generate(5)), schoolA, kYear, 0, 0,
           QStringLiteral("115201"), QStringLiteral("enrolled"));
    enroll(addStudent(QStringLiteral("rare"), QString::fromUtf8("林\xF0\xA0\x80\x8B安"), NationalId::generate(6)),
           schoolA, kYear, class801, 7, QStringLiteral("113007"), QStringLiteral("enrolled"));
    enroll(addStudent(QStringLiteral("grad"), QStringLiteral("黃冠宇"), NationalId::generate(7)), schoolA, kYear - 1,
           class901old, 1, QStringLiteral("110001"), QStringLiteral("graduated"), QStringLiteral("2026-06-30"));
    enroll(addStudent(QStringLiteral("stale"), QStringLiteral("吳佩珊"), NationalId::generate(8)), schoolA, kYear - 1,
           class701old, 2, QStringLiteral("114002"), QStringLiteral("enrolled"));
    enroll(addStudent(QStringLiteral("other"), QStringLiteral("周杰"), NationalId::generate(9)), schoolB, kYear, class901,
           1, QStringLiteral("113901"), QStringLiteral("enrolled"));

    auto guardian = [&](const QString &student, const QString &name, const QString &relationship, const QString &id) {
        insert(QStringLiteral("INSERT INTO student_guardians (student_id, name, relationship, national_id_hash, phone,"
                              " email) VALUES (?, ?, ?, ?, ?, ?)"),
               {students.value(student), name, relationship, NationalId::hash(id), QStringLiteral("0912345678"),
                QStringLiteral("wang.datong@example.tw")});
    };
    guardian(QStringLiteral("ming"), QStringLiteral("王大同"), QStringLiteral("father"), QStringLiteral("A123456789"));
    guardian(QStringLiteral("hua"), QStringLiteral("王大同"), QStringLiteral("father"), QStringLiteral("A123456789"));
    guardian(QStringLiteral("rare"), QString::fromUtf8("林\xF0\xA0\x80\x8B文"), QStringLiteral("guardian"),
             QStringLiteral("F131104093"));
    return error.isEmpty();
}

qint64 BindingFixture::addRequest(const Request &r)
{
    const qint64 student = students.value(r.student);
    if (!student) {
        error = QStringLiteral("unknown fixture student ") + r.student;
        return 0;
    }
    const qint64 school = r.student == QLatin1String("other") ? schoolB : schoolA;
    const QString last4 = NationalId::lastChars(r.nationalId, 4);
    const QByteArray consent = esign::ConsentDocument::create(QStringLiteral("fixture-%1").arg(++m_seq),
                                                              school == schoolA ? QStringLiteral("tpa")
                                                                                : QStringLiteral("tpb"),
                                                              studentNumbers.value(r.student), r.email,
                                                              r.relationship, last4)
                                   .toCanonicalBytes();
    const QVariant nullText(QMetaType::fromType<QString>());
    const QVariant nullBlob(QMetaType::fromType<QByteArray>());
    return insert(
        QStringLiteral(
            "INSERT INTO binding_requests (school_id, student_id, applicant_name, applicant_email,"
            " applicant_national_id_hash, applicant_national_id_masked, applicant_id_last4, relationship,"
            " delegation_document, consent_document, signature, signature_format, verification_verdict,"
            " verification_subindication, verification_report, household_result, status, submitted_at,"
            " initial_password_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {school, student, r.applicantName, r.email, NationalId::hash(r.nationalId), NationalId::mask(r.nationalId),
         last4, r.relationship,
         r.delegationDocument ? QVariant(QByteArrayLiteral("%PDF-1.7 delegation letter")) : nullBlob, consent,
         r.verdict == QLatin1String("NO_SIGNATURE") ? nullBlob : QVariant(QByteArrayLiteral("\x30\x82 signature")),
         r.verdict == QLatin1String("NO_SIGNATURE") ? QStringLiteral("none") : QStringLiteral("cms"), r.verdict,
         r.subindication.isEmpty() ? nullText : QVariant(r.subindication),
         QStringLiteral("{\"verdict\":\"%1\",\"subindication\":%2}")
             .arg(r.verdict, r.subindication.isEmpty() ? QStringLiteral("null") : QLatin1Char('"') + r.subindication + QLatin1Char('"')),
         r.household, r.status, db.timestamp(clock.now().addSecs(-60 * r.minutesAgo)),
         r.initialPassword
             ? QVariant(PasswordHasher::hash(NationalId::lastChars(r.nationalId, 6), PasswordHasher::Cost::Bulk))
             : nullText});
}

Actor BindingFixture::teacher801Actor() const
{
    Actor a;
    a.staffId = teacher801;
    a.login = QStringLiteral("tpa000000801");
    a.displayName = QStringLiteral("林老師");
    a.schoolId = schoolA;
    a.schoolCode = QStringLiteral("tpa");
    a.roles = {Actor::Role::HomeroomTeacher};
    a.homeroomClassIds = {class801};
    a.homeroomClassNames = {QStringLiteral("801")};
    return a;
}

Actor BindingFixture::teacher802Actor() const
{
    Actor a = teacher801Actor();
    a.staffId = teacher802;
    a.login = QStringLiteral("tpa000000802");
    a.displayName = QStringLiteral("陳老師");
    a.homeroomClassIds = {class802};
    a.homeroomClassNames = {QStringLiteral("802")};
    return a;
}

Actor BindingFixture::officeActorA() const
{
    Actor a;
    a.staffId = officeA;
    a.login = QStringLiteral("tpa000000900");
    a.displayName = QStringLiteral("王組長");
    a.schoolId = schoolA;
    a.schoolCode = QStringLiteral("tpa");
    a.roles = {Actor::Role::OfficeStaff};
    a.officeCode = QStringLiteral("student_affairs");
    return a;
}

Actor BindingFixture::officeActorB() const
{
    Actor a = officeActorA();
    a.staffId = officeB;
    a.login = QStringLiteral("tpb000000900");
    a.displayName = QStringLiteral("趙組長");
    a.schoolId = schoolB;
    a.schoolCode = QStringLiteral("tpb");
    return a;
}

} // namespace cooc::test
