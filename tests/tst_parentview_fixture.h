#pragma once
// The parent view's test world, shared by tst_parentview and tst_ui_parentview: a parent
// (王大同) with three children at two schools — 王小明 visible at school A (801), 王小華
// transferred out of school A with a suspended binding, 王小安 new and unplaced at school B
// with a pending request after a rejected one — plus a second parent of 王小明, a rejected
// applicant, an applicant with no account, records recorded today and yesterday, notices in
// every state, leave requests, the contact book, an activity and its payment.
#include "models/actor.h"
#include "models/clock.h"
#include "models/database.h"

#include <QTest>

namespace cooc::test::parentview {

inline QDateTime taipei(int m, int d, int h = 12, int min = 0)
{
    return QDateTime(QDate(2026, m, d), QTime(h, min), Clock::schoolTimeZone()).toUTC();
}

// Saturday 2026/11/28, 10:00 in Taipei.
inline const QDateTime kNow = taipei(11, 28, 10, 0);

struct Fixture
{
    qint64 schoolA = 0, schoolB = 0;
    qint64 class801 = 0, class702 = 0, classB901 = 0;
    qint64 teacher801 = 0, teacherB901 = 0, officeA = 0;
    qint64 parentWang = 0, parentChen = 0, parentLee = 0;
    qint64 ming = 0, hua = 0, an = 0; // visible; transferred out; unplaced at school B
    qint64 requestRejected = 0, requestPending = 0, requestLee = 0, requestApplicant = 0;
    qint64 absenceYesterday = 0, absenceToday = 0, gradeOld = 0, gradeToday = 0, meritOld = 0, demeritToday = 0;
    qint64 noticeReplied = 0, noticeToChen = 0, noticeDraft = 0, noticeSchoolDraft = 0, noticeOtherClass = 0;
    qint64 leaveApproved = 0, leavePending = 0;
    qint64 registration = 0;

    Actor actor(qint64 staffId, qint64 school, Actor::Role role, QList<qint64> classes = {}) const
    {
        Actor a;
        a.staffId = staffId;
        a.login = QStringLiteral("staff%1").arg(staffId);
        a.displayName = a.login;
        a.schoolId = school;
        a.roles = { role };
        a.homeroomClassIds = classes;
        return a;
    }
    Actor homeroom801() const { return actor(teacher801, schoolA, Actor::Role::HomeroomTeacher, { class801 }); }
    Actor homeroomB901() const { return actor(teacherB901, schoolB, Actor::Role::HomeroomTeacher, { classB901 }); }
    Actor officeStaffA() const { return actor(officeA, schoolA, Actor::Role::OfficeStaff); }
};

class Rows
{
public:
    explicit Rows(Database &db)
        : m_db(db)
    { }

    qint64 add(const char *sql, const QVariantList &values)
    {
        auto id = m_db.insert(QString::fromUtf8(sql), values);
        if (!id)
            qFatal("fixture insert failed: %s | %s", sql, qPrintable(id.error().detail));
        return id.value();
    }
    void exec(const char *sql, const QVariantList &values)
    {
        auto q = m_db.exec(QString::fromUtf8(sql), values);
        if (!q)
            qFatal("fixture statement failed: %s | %s", sql, qPrintable(q.error().detail));
    }
    QVariant ts(const QDateTime &t) const { return m_db.timestamp(t); }
    QVariant day(int m, int d) const
    {
        const QDate date(m >= 8 ? 2026 : 2027, m, d);
        return m_db.dialect() == Dialect::Sqlite ? QVariant(date.toString(Qt::ISODate)) : QVariant(date);
    }
    QVariant null() const { return QVariant(QMetaType::fromType<qint64>()); }
    QVariant nullText() const { return QVariant(QMetaType::fromType<QString>()); }

private:
    Database &m_db;
};

inline Fixture buildFixture(Database &db)
{
    Rows r(db);
    Fixture f;
    f.schoolA = r.add("INSERT INTO schools (code, name) VALUES (?, ?)",
        { QStringLiteral("cooc"), QStringLiteral("臺北市立酷課示範國民中學") });
    f.schoolB = r.add("INSERT INTO schools (code, name) VALUES (?, ?)",
        { QStringLiteral("xs"), QStringLiteral("臺北市立新生國民中學") });
    auto staff = [&](qint64 school, const char *name, int n) {
        return r.add("INSERT INTO staff (school_id, name, national_id_hash, national_id_masked) VALUES (?, ?, ?, ?)",
            { school, QString::fromUtf8(name), QStringLiteral("staffhash%1").arg(n),
                QStringLiteral("A12****78%1").arg(n) });
    };
    f.teacher801 = staff(f.schoolA, "林老師", 1);
    f.teacherB901 = staff(f.schoolB, "張老師", 2);
    f.officeA = staff(f.schoolA, "黃組長", 3);
    auto klass = [&](qint64 school, int grade, int number, qint64 teacher) {
        return r.add("INSERT INTO classes (school_id, school_year, grade, number, name, homeroom_teacher_id) "
                     "VALUES (?, 115, ?, ?, ?, ?)",
            { school, grade, number, QStringLiteral("%1%2").arg(grade).arg(number, 2, 10, QLatin1Char('0')), teacher });
    };
    f.class801 = klass(f.schoolA, 8, 1, f.teacher801);
    f.class702 = klass(f.schoolA, 7, 2, f.officeA);
    f.classB901 = klass(f.schoolB, 9, 1, f.teacherB901);

    auto student = [&](const char *name, int n) {
        return r.add("INSERT INTO students (name, national_id_hash, national_id_masked) VALUES (?, ?, ?)",
            { QString::fromUtf8(name), QStringLiteral("studenthash%1").arg(n), QStringLiteral("B12****00%1").arg(n) });
    };
    f.ming = student("王小明", 1);
    f.hua = student("王小華", 2);
    f.an = student("王小安", 3);
    auto enroll = [&](qint64 s, qint64 school, QVariant classId, const char *number, const char *status, QVariant start,
                      QVariant end) {
        r.add("INSERT INTO enrollments (student_id, school_id, school_year, class_id, seat, student_number, status, "
              "start_date, end_date) VALUES (?, ?, 115, ?, 12, ?, ?, ?, ?)",
            { s, school, classId, QString::fromLatin1(number), QString::fromLatin1(status), start, end });
    };
    enroll(f.ming, f.schoolA, f.class801, "1150012", "enrolled", r.day(8, 1), r.nullText());
    enroll(f.hua, f.schoolA, f.class702, "1150013", "transferred_out", r.day(8, 1), r.day(11, 20));
    enroll(f.an, f.schoolB, r.null(), "1159001", "enrolled", r.day(11, 21), r.nullText());

    auto parent = [&](const char *name, const char *email, int n) {
        return r.add(
            "INSERT INTO parents (name, email, national_id_hash, national_id_masked, id_last4) VALUES (?, ?, ?, ?, ?)",
            { QString::fromUtf8(name), QString::fromLatin1(email), QStringLiteral("parenthash%1").arg(n),
                QStringLiteral("A12****45%1").arg(n), QStringLiteral("456%1").arg(n) });
    };
    f.parentWang = parent("王大同", "Wang.DaTong@example.tw", 1);
    f.parentChen = parent("陳美華", "chen@example.tw", 2);
    f.parentLee = parent("李四", "lee@example.tw", 3);

    // A request carries its applicant's national-ID hash: the parent's on record, or their own.
    const auto applicantHash = [](const char *email) -> QString {
        const QString key = QString::fromLatin1(email).toLower();
        if (key == QLatin1String("wang.datong@example.tw"))
            return QStringLiteral("parenthash1");
        if (key == QLatin1String("lee@example.tw"))
            return QStringLiteral("parenthash3");
        return QStringLiteral("applicanthash-") + key;
    };
    auto request = [&](qint64 school, qint64 s, QVariant parentId, const char *name, const char *email,
                       const char *status, const QDateTime &submitted, const QDateTime &decided, const char *reason) {
        return r.add("INSERT INTO binding_requests (school_id, student_id, parent_id, applicant_name, applicant_email, "
                     "applicant_national_id_hash, applicant_national_id_masked, applicant_id_last4, relationship, "
                     "consent_document, status, submitted_at, decided_at, decision_reason) "
                     "VALUES (?, ?, ?, ?, ?, ?, 'A12****000', '0000', 'father', ?, ?, ?, ?, ?)",
            { school, s, parentId, QString::fromUtf8(name), QString::fromLatin1(email), applicantHash(email),
                QByteArray("consent"),
                QString::fromLatin1(status), r.ts(submitted), decided.isValid() ? r.ts(decided) : r.nullText(),
                reason ? QVariant(QString::fromUtf8(reason)) : r.nullText() });
    };
    const qint64 requestMing = request(f.schoolA, f.ming, f.parentWang, "王大同", "wang.datong@example.tw", "approved",
        taipei(8, 28), taipei(9, 1), nullptr);
    f.requestRejected = request(f.schoolB, f.an, f.parentWang, "王大同", "wang.datong@example.tw", "rejected",
        taipei(11, 10), taipei(11, 12), "姓名與戶籍資料不符");
    f.requestPending = request(
        f.schoolB, f.an, r.null(), "王大同", "WANG.DATONG@example.tw", "pending", taipei(11, 27), QDateTime(), nullptr);
    f.requestLee = request(f.schoolA, f.ming, f.parentLee, "李四", "lee@example.tw", "rejected", taipei(11, 2),
        taipei(11, 3), "非法定代理人");
    f.requestApplicant = request(
        f.schoolA, f.ming, r.null(), "林美玲", "lin@example.tw", "pending", taipei(11, 26), QDateTime(), nullptr);

    auto bind = [&](qint64 p, qint64 s, const char *rel, const char *status, QVariant requestId,
                    const QDateTime &approved, const QDateTime &ended) {
        r.add("INSERT INTO parent_bindings (parent_id, student_id, relationship, status, request_id, approved_at, "
              "ended_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)",
            { p, s, QString::fromLatin1(rel), QString::fromLatin1(status), requestId, r.ts(approved),
                ended.isValid() ? r.ts(ended) : r.nullText() });
    };
    bind(f.parentWang, f.ming, "father", "active", requestMing, taipei(9, 1), {});
    bind(f.parentChen, f.ming, "mother", "active", r.null(), taipei(9, 2), {});
    bind(f.parentWang, f.hua, "father", "suspended", r.null(), taipei(9, 1), taipei(11, 21, 9));

    // The one-day lag: yesterday's records are visible, today's wait until tomorrow.
    auto absence = [&](const QVariant &date, const char *period, const char *code, const QDateTime &recorded) {
        return r.add(
            "INSERT INTO attendance (student_id, school_id, class_id, date, period, code, recorded_by, recorded_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            { f.ming, f.schoolA, f.class801, date, QString::fromLatin1(period), QString::fromLatin1(code), f.teacher801,
                r.ts(recorded) });
    };
    f.absenceYesterday = absence(r.day(11, 27), "3", "sick", taipei(11, 27, 16));
    f.absenceToday = absence(r.day(11, 28), "1", "late", taipei(11, 28, 8, 5));
    auto grade = [&](const char *subject, double score, const QDateTime &recorded) {
        return r.add(
            "INSERT INTO grades (student_id, school_id, school_year, semester, subject, exam, score, recorded_at) "
            "VALUES (?, ?, 115, 1, ?, 'midterm1', ?, ?)",
            { f.ming, f.schoolA, QString::fromUtf8(subject), score, r.ts(recorded) });
    };
    f.gradeOld = grade("數學", 88, taipei(11, 20, 15));
    f.gradeToday = grade("國文", 91, taipei(11, 28, 9));
    auto merit = [&](const QVariant &date, const char *kind, const char *reason, const QDateTime &recorded) {
        return r.add("INSERT INTO merits (student_id, school_id, date, kind, count, reason, recorded_by, recorded_at) "
                     "VALUES (?, ?, ?, ?, 1, ?, ?, ?)",
            { f.ming, f.schoolA, date, QString::fromLatin1(kind), QString::fromUtf8(reason), f.teacher801,
                r.ts(recorded) });
    };
    f.meritOld = merit(r.day(11, 26), "commendation", "協助整理教室", taipei(11, 26, 14));
    f.demeritToday = merit(r.day(11, 28), "warning", "上課遲到", taipei(11, 28, 9, 30));
    auto swipe = [&](qint64 s, const QDateTime &at, const char *direction) {
        r.add("INSERT INTO gate_swipes (student_id, school_id, at, direction, gate) VALUES (?, ?, ?, ?, '正門')",
            { s, f.schoolA, r.ts(at), QString::fromLatin1(direction) });
    };
    swipe(f.ming, taipei(11, 27, 7, 30), "in");
    swipe(f.ming, taipei(11, 27, 16, 30), "out");
    swipe(f.ming, taipei(11, 28, 7, 25), "in");
    swipe(f.ming, taipei(11, 28, 16, 0), "out"); // after "now": not there yet

    auto notice = [&](qint64 school, const char *title, const char *status, const QDateTime &created,
                      const QDateTime &published, bool reply) {
        return r.add(
            "INSERT INTO notices (school_id, author_staff_id, title, body, status, requires_reply, reply_options, "
            "created_at, published_at) VALUES (?, ?, ?, '內容', ?, ?, '[\"同意\",\"不同意\"]', ?, ?)",
            { school, f.teacher801, QString::fromUtf8(title), QString::fromLatin1(status), reply, r.ts(created),
                published.isValid() ? r.ts(published) : r.nullText() });
    };
    auto recipient = [&](qint64 n, qint64 p, qint64 s, const QDateTime &read) {
        r.add("INSERT INTO notice_recipients (notice_id, parent_id, student_id, read_at) VALUES (?, ?, ?, ?)",
            { n, p, s, read.isValid() ? r.ts(read) : r.nullText() });
    };
    f.noticeReplied = notice(f.schoolA, "校外教學同意書", "published", taipei(11, 25), taipei(11, 26, 9), true);
    recipient(f.noticeReplied, f.parentWang, f.ming, taipei(11, 26, 20));
    recipient(f.noticeReplied, f.parentChen, f.ming, {});
    r.add("INSERT INTO notice_replies (notice_id, parent_id, student_id, choice, channel, replied_at) "
          "VALUES (?, ?, ?, '同意', 'app', ?)",
        { f.noticeReplied, f.parentWang, f.ming, r.ts(taipei(11, 27, 21)) });
    f.noticeToChen = notice(f.schoolA, "家長座談會", "published", taipei(11, 24), taipei(11, 24, 12), false);
    recipient(f.noticeToChen, f.parentChen, f.ming, {});
    f.noticeDraft = notice(f.schoolA, "期末考試範圍", "draft", taipei(11, 27), {}, false);
    recipient(f.noticeDraft, f.parentWang, f.ming, {});
    f.noticeSchoolDraft = notice(f.schoolA, "寒假返校日", "draft", taipei(11, 27, 15), {}, false);
    f.noticeOtherClass = notice(f.schoolA, "七年級健康檢查", "published", taipei(11, 26), taipei(11, 26, 10), false);
    recipient(f.noticeOtherClass, f.parentChen, f.hua, {});

    const qint64 sick
        = r.add("INSERT INTO leave_types (school_id, code, name_zh, name_en) VALUES (?, 'sick', '病假', 'Sick leave')",
            { r.null() });
    auto leave = [&](const QVariant &start, const char *status, const QDateTime &submitted, const QDateTime &decided) {
        return r.add("INSERT INTO leave_requests (school_id, student_id, class_id, parent_id, leave_type_id, reason, "
                     "start_date, end_date, status, submitted_at, decided_by, decided_at) "
                     "VALUES (?, ?, ?, ?, ?, '發燒', ?, ?, ?, ?, ?, ?)",
            { f.schoolA, f.ming, f.class801, f.parentWang, sick, start, start, QString::fromLatin1(status),
                r.ts(submitted), decided.isValid() ? QVariant(f.teacher801) : r.null(),
                decided.isValid() ? r.ts(decided) : r.nullText() });
    };
    f.leaveApproved = leave(r.day(11, 27), "approved", taipei(11, 25, 7), taipei(11, 26, 10));
    f.leavePending = leave(r.day(12, 1), "pending", taipei(11, 27, 19), {});

    const qint64 entryOld = r.add("INSERT INTO contact_book_entries (school_id, class_id, date, author_staff_id, body, "
                                  "created_at) VALUES (?, ?, ?, ?, '明天帶美術用具', ?)",
        { f.schoolA, f.class801, r.day(11, 27), f.teacher801, r.ts(taipei(11, 27, 15)) });
    r.add("INSERT INTO contact_book_entries (school_id, class_id, date, author_staff_id, body, created_at) "
          "VALUES (?, ?, ?, ?, '週一升旗典禮', ?)",
        { f.schoolA, f.class801, r.day(11, 28), f.teacher801, r.ts(taipei(11, 28, 8)) });
    r.add("INSERT INTO contact_book_acks (entry_id, parent_id, student_id, acknowledged_at) VALUES (?, ?, ?, ?)",
        { entryOld, f.parentWang, f.ming, r.ts(taipei(11, 27, 20)) });

    const qint64 activity = r.add("INSERT INTO activities (school_id, title, fee_cents, starts_on) "
                                  "VALUES (?, '機器人社', 120000, ?)",
        { f.schoolA, r.day(12, 5) });
    f.registration
        = r.add("INSERT INTO activity_registrations (activity_id, student_id, parent_id, status, registered_at) "
                "VALUES (?, ?, ?, 'registered', ?)",
            { activity, f.ming, f.parentWang, r.ts(taipei(11, 18)) });
    r.add("INSERT INTO payments (registration_id, amount_cents, status, paid_at, reference) "
          "VALUES (?, 120000, 'paid', ?, 'PAY-001')",
        { f.registration, r.ts(taipei(11, 20)) });
    return f;
}

} // namespace cooc::test::parentview
