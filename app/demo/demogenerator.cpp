#include "app/demo/demogenerator.h"

#include "app/demo/demosigner.h"
#include "app/demo/demotext.h"
#include "models/auditlog.h"
#include "models/nationalid.h"
#include "models/schoolyear.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

namespace cooc::demo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::DemoSchool", text);
}

// Every table the generator writes, in foreign-key order (flushAll writes them in this order).
const std::vector<std::pair<QString, QStringList>> &tableColumns()
{
    static const std::vector<std::pair<QString, QStringList>> tables = {
        {QStringLiteral("schools"), {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"),
                                     QStringLiteral("district"), QStringLiteral("level"), QStringLiteral("is_demo")}},
        {QStringLiteral("offices"),
         {QStringLiteral("id"), QStringLiteral("school_id"), QStringLiteral("code"), QStringLiteral("name")}},
        {QStringLiteral("staff"),
         {QStringLiteral("id"), QStringLiteral("school_id"), QStringLiteral("office_id"), QStringLiteral("name"),
          QStringLiteral("email"), QStringLiteral("national_id_hash"), QStringLiteral("national_id_masked"),
          QStringLiteral("is_teacher"), QStringLiteral("is_school_admin"), QStringLiteral("employment_status")}},
        {QStringLiteral("classes"),
         {QStringLiteral("id"), QStringLiteral("school_id"), QStringLiteral("school_year"), QStringLiteral("grade"),
          QStringLiteral("number"), QStringLiteral("name"), QStringLiteral("homeroom_teacher_id")}},
        {QStringLiteral("students"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("national_id_hash"),
          QStringLiteral("national_id_masked"), QStringLiteral("birth_date"), QStringLiteral("gender")}},
        {QStringLiteral("enrollments"),
         {QStringLiteral("id"), QStringLiteral("student_id"), QStringLiteral("school_id"),
          QStringLiteral("school_year"), QStringLiteral("class_id"), QStringLiteral("seat"),
          QStringLiteral("student_number"), QStringLiteral("status"), QStringLiteral("start_date"),
          QStringLiteral("end_date")}},
        {QStringLiteral("student_guardians"),
         {QStringLiteral("id"), QStringLiteral("student_id"), QStringLiteral("name"), QStringLiteral("relationship"),
          QStringLiteral("national_id_hash"), QStringLiteral("phone"), QStringLiteral("email")}},
        {QStringLiteral("parents"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone"),
          QStringLiteral("national_id_hash"), QStringLiteral("national_id_masked"), QStringLiteral("id_last4")}},
        {QStringLiteral("household_registry"),
         {QStringLiteral("national_id_hash"), QStringLiteral("household_code"), QStringLiteral("city")}},
        {QStringLiteral("accounts"),
         {QStringLiteral("id"), QStringLiteral("login"), QStringLiteral("kind"), QStringLiteral("staff_id"),
          QStringLiteral("parent_id"), QStringLiteral("password_hash"), QStringLiteral("must_change_password"), QStringLiteral("disabled"),
          QStringLiteral("created_at")}},
        {QStringLiteral("binding_requests"),
         {QStringLiteral("id"), QStringLiteral("school_id"), QStringLiteral("student_id"), QStringLiteral("parent_id"),
          QStringLiteral("applicant_name"), QStringLiteral("applicant_email"), QStringLiteral("applicant_phone"),
          QStringLiteral("applicant_national_id_hash"), QStringLiteral("applicant_national_id_masked"),
          QStringLiteral("applicant_id_last4"), QStringLiteral("relationship"), QStringLiteral("delegation_document"),
          QStringLiteral("consent_document"), QStringLiteral("signature"), QStringLiteral("signature_format"),
          QStringLiteral("signer_certificate"), QStringLiteral("verification_verdict"),
          QStringLiteral("verification_subindication"), QStringLiteral("verification_report"),
          QStringLiteral("verified_at"), QStringLiteral("household_result"), QStringLiteral("household_checked_at"),
          QStringLiteral("status"), QStringLiteral("submitted_at"), QStringLiteral("decided_by"),
          QStringLiteral("decided_at"), QStringLiteral("decision_reason"), QStringLiteral("decision_note"),
          QStringLiteral("paper_consent_checked"), QStringLiteral("version")}},
        {QStringLiteral("binding_request_events"),
         {QStringLiteral("id"), QStringLiteral("request_id"), QStringLiteral("at"), QStringLiteral("actor_staff_id"),
          QStringLiteral("kind"), QStringLiteral("detail")}},
        {QStringLiteral("parent_bindings"),
         {QStringLiteral("id"), QStringLiteral("parent_id"), QStringLiteral("student_id"),
          QStringLiteral("relationship"), QStringLiteral("status"), QStringLiteral("request_id"),
          QStringLiteral("approved_by"), QStringLiteral("approved_at"), QStringLiteral("ended_at")}},
        {QStringLiteral("leave_requests"),
         {QStringLiteral("id"), QStringLiteral("school_id"), QStringLiteral("student_id"), QStringLiteral("class_id"),
          QStringLiteral("parent_id"), QStringLiteral("leave_type_id"), QStringLiteral("reason"),
          QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("status"),
          QStringLiteral("submitted_at"), QStringLiteral("decided_by"), QStringLiteral("decided_at"),
          QStringLiteral("decision_note")}},
        {QStringLiteral("leave_request_periods"),
         {QStringLiteral("id"), QStringLiteral("leave_request_id"), QStringLiteral("date"), QStringLiteral("period")}},
        {QStringLiteral("leave_attachments"),
         {QStringLiteral("id"), QStringLiteral("leave_request_id"), QStringLiteral("filename"),
          QStringLiteral("mime_type"), QStringLiteral("content"), QStringLiteral("uploaded_at")}},
        {QStringLiteral("attendance"),
         {QStringLiteral("id"), QStringLiteral("student_id"), QStringLiteral("school_id"), QStringLiteral("class_id"),
          QStringLiteral("date"), QStringLiteral("period"), QStringLiteral("code"),
          QStringLiteral("leave_request_id"), QStringLiteral("recorded_by"), QStringLiteral("recorded_at")}},
        {QStringLiteral("grades"),
         {QStringLiteral("id"), QStringLiteral("student_id"), QStringLiteral("school_id"),
          QStringLiteral("school_year"), QStringLiteral("semester"), QStringLiteral("subject"), QStringLiteral("exam"),
          QStringLiteral("score"), QStringLiteral("recorded_at")}},
        {QStringLiteral("merits"),
         {QStringLiteral("id"), QStringLiteral("student_id"), QStringLiteral("school_id"), QStringLiteral("date"),
          QStringLiteral("kind"), QStringLiteral("count"), QStringLiteral("reason"), QStringLiteral("recorded_by"),
          QStringLiteral("recorded_at")}},
        {QStringLiteral("gate_swipes"),
         {QStringLiteral("id"), QStringLiteral("student_id"), QStringLiteral("school_id"), QStringLiteral("at"),
          QStringLiteral("direction"), QStringLiteral("gate")}},
        {QStringLiteral("notices"),
         {QStringLiteral("id"), QStringLiteral("school_id"), QStringLiteral("author_staff_id"), QStringLiteral("title"),
          QStringLiteral("body"), QStringLiteral("status"), QStringLiteral("requires_reply"),
          QStringLiteral("reply_options"), QStringLiteral("reply_deadline"), QStringLiteral("created_at"),
          QStringLiteral("published_at")}},
        {QStringLiteral("notice_recipients"),
         {QStringLiteral("id"), QStringLiteral("notice_id"), QStringLiteral("parent_id"), QStringLiteral("student_id"),
          QStringLiteral("read_at")}},
        {QStringLiteral("notice_replies"),
         {QStringLiteral("id"), QStringLiteral("notice_id"), QStringLiteral("parent_id"), QStringLiteral("student_id"),
          QStringLiteral("choice"), QStringLiteral("comment"), QStringLiteral("channel"), QStringLiteral("recorded_by"),
          QStringLiteral("replied_at")}},
        {QStringLiteral("surveys"),
         {QStringLiteral("id"), QStringLiteral("school_id"), QStringLiteral("notice_id"), QStringLiteral("title"),
          QStringLiteral("status"), QStringLiteral("opens_at"), QStringLiteral("closes_at"),
          QStringLiteral("created_by"), QStringLiteral("created_at")}},
        {QStringLiteral("survey_questions"),
         {QStringLiteral("id"), QStringLiteral("survey_id"), QStringLiteral("position"), QStringLiteral("kind"),
          QStringLiteral("text"), QStringLiteral("options")}},
        {QStringLiteral("survey_answers"),
         {QStringLiteral("id"), QStringLiteral("survey_id"), QStringLiteral("question_id"),
          QStringLiteral("parent_id"), QStringLiteral("student_id"), QStringLiteral("answer"),
          QStringLiteral("answered_at")}},
        {QStringLiteral("messages"),
         {QStringLiteral("id"), QStringLiteral("school_id"), QStringLiteral("sender_staff_id"),
          QStringLiteral("parent_id"), QStringLiteral("student_id"), QStringLiteral("subject"), QStringLiteral("body"),
          QStringLiteral("urgent"), QStringLiteral("created_at"), QStringLiteral("scheduled_at"),
          QStringLiteral("sent_at")}},
        {QStringLiteral("push_outbox"),
         {QStringLiteral("id"), QStringLiteral("message_id"), QStringLiteral("parent_id"), QStringLiteral("payload"),
          QStringLiteral("status"), QStringLiteral("attempts"), QStringLiteral("next_attempt_at"),
          QStringLiteral("last_error"), QStringLiteral("created_at"), QStringLiteral("sent_at")}},
        {QStringLiteral("contact_book_entries"),
         {QStringLiteral("id"), QStringLiteral("school_id"), QStringLiteral("class_id"), QStringLiteral("date"),
          QStringLiteral("author_staff_id"), QStringLiteral("body"), QStringLiteral("created_at")}},
        {QStringLiteral("contact_book_acks"),
         {QStringLiteral("id"), QStringLiteral("entry_id"), QStringLiteral("parent_id"), QStringLiteral("student_id"),
          QStringLiteral("acknowledged_at")}},
        {QStringLiteral("activities"),
         {QStringLiteral("id"), QStringLiteral("school_id"), QStringLiteral("title"), QStringLiteral("description"),
          QStringLiteral("fee_cents"), QStringLiteral("capacity"), QStringLiteral("opens_at"),
          QStringLiteral("closes_at"), QStringLiteral("starts_on")}},
        {QStringLiteral("activity_registrations"),
         {QStringLiteral("id"), QStringLiteral("activity_id"), QStringLiteral("student_id"),
          QStringLiteral("parent_id"), QStringLiteral("status"), QStringLiteral("registered_at")}},
        {QStringLiteral("payments"),
         {QStringLiteral("id"), QStringLiteral("registration_id"), QStringLiteral("amount_cents"),
          QStringLiteral("status"), QStringLiteral("paid_at"), QStringLiteral("reference")}},
        {QStringLiteral("esign_trust"),
         {QStringLiteral("id"), QStringLiteral("school_id"), QStringLiteral("kind"), QStringLiteral("label"),
          QStringLiteral("sha256"), QStringLiteral("pem"), QStringLiteral("is_demo"), QStringLiteral("added_at")}},
    };
    return tables;
}

// Fixed-date holidays on which schools are closed (the lunar ones move and are left out).
bool isHoliday(const QDate &d)
{
    static const QList<QPair<int, int>> days = {{1, 1}, {2, 28}, {4, 4}, {4, 5}, {9, 28}, {10, 10}, {10, 25}, {12, 25}};
    return days.contains(qMakePair(d.month(), d.day()));
}

QDate firstWeekdayFrom(QDate d)
{
    while (d.dayOfWeek() > 5)
        d = d.addDays(1);
    return d;
}

} // namespace

Generator::Generator(const Database &db, const DemoOptions &options, const DemoProgress &progress,
                     const std::atomic_bool *cancel)
    : m_db(db), m_options(options), m_progress(progress), m_cancel(cancel), m_totalStudents(options.students)
{
    if (m_options.clock) {
        m_clock = m_options.clock;
    } else {
        m_ownClock = std::make_unique<SystemClock>();
        m_clock = m_ownClock.get();
    }
}

Generator::~Generator() = default;

QVariant Generator::ts(const QDateTime &utc) const
{
    if (!utc.isValid())
        return nullTs(m_db);
    if (m_db.dialect() == Dialect::Sqlite)
        return isoUtc(utc.toMSecsSinceEpoch());
    return utc.toUTC();
}

QString Generator::isoUtc(qint64 msecs)
{
    // The text Database::timestamp() writes on SQLite ("2026-11-28T03:30:00.000Z"), without
    // QDateTime's general formatter: the generator writes millions of them.
    const qint64 day = msecs >= 0 ? msecs / 86400000 : (msecs - 86399999) / 86400000;
    const qint64 rest = msecs - day * 86400000;
    const QDate d = QDate::fromJulianDay(2440588 + day);
    char text[25];
    auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            text[at + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, d.year(), 4);
    text[4] = '-';
    put(5, d.month(), 2);
    text[7] = '-';
    put(8, d.day(), 2);
    text[10] = 'T';
    put(11, int(rest / 3600000), 2);
    text[13] = ':';
    put(14, int(rest / 60000 % 60), 2);
    text[16] = ':';
    put(17, int(rest / 1000 % 60), 2);
    text[19] = '.';
    put(20, int(rest % 1000), 3);
    text[23] = 'Z';
    return QString::fromLatin1(text, 24);
}

QVariant Generator::date(const QDate &d) const
{
    if (!d.isValid())
        return m_db.dialect() == Dialect::Sqlite ? nullText() : QVariant(QMetaType::fromType<QDate>());
    if (m_db.dialect() == Dialect::Sqlite)
        return isoUtc((d.toJulianDay() - 2440588) * 86400000).left(10);
    return d;
}

QVariant Generator::nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QVariant Generator::nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant Generator::nullTs(const Database &db)
{
    return db.dialect() == Dialect::Sqlite ? nullText() : QVariant(QMetaType::fromType<QDateTime>());
}

QDateTime Generator::taipei(const QDate &d, int minuteOfDay) const
{
    // Schools keep Taipei time (UTC+8, no daylight saving).
    return QDateTime(d, QTime(0, 0), Qt::UTC).addSecs(qint64(minuteOfDay) * 60 - 8 * 3600);
}

QDateTime Generator::recentToday(Rng &r) const
{
    const QDateTime start = taipei(m_today, 0);
    const QDateTime earliest = std::max(start, m_now.addSecs(-10 * 3600));
    const qint64 span = std::max<qint64>(60, earliest.secsTo(m_now) - 60);
    return earliest.addSecs(r.below(int(std::min<qint64>(span, 36000))));
}

qint64 Generator::nextId(const QString &table)
{
    return m_nextIds[table]++;
}

BulkInserter &Generator::table(const QString &name)
{
    return *m_tables.at(name); // every table is registered in prepare()
}

Status Generator::checkCancel() const
{
    if (cancelled())
        return Error::make(Error::Code::Cancelled,
                           tr("Generating the demo data was cancelled; the database was left as it was."));
    return okStatus();
}

void Generator::step(const QString &text)
{
    m_stepText = text;
    if (!m_progress)
        return;
    m_progress(m_studentsDone, m_totalStudents, m_schoolLabel.isEmpty() ? text : m_schoolLabel + QStringLiteral(": ") + text);
}

bool Generator::isSchoolDay(const QDate &d) const
{
    if (d.dayOfWeek() > 5 || isHoliday(d))
        return false;
    const QDate s1 = semesterStart(1);
    const int g = SchoolYear::gregorianYear(m_schoolYear);
    if (d >= s1 && d <= QDate(g + 1, 1, 20))
        return true;
    return d >= semesterStart(2) && d <= QDate(g + 1, 6, 30);
}

QDate Generator::esignStart() const
{
    // Parents sign with an e-signature since 6 August (DOMAIN.md).
    const QDate august6(SchoolYear::gregorianYear(m_schoolYear), 8, 6);
    return august6 <= m_today.addDays(-20) ? august6 : m_today.addDays(-30);
}

QDate Generator::semesterStart(int semester) const
{
    const int g = SchoolYear::gregorianYear(m_schoolYear);
    return semester == 1 ? firstWeekdayFrom(QDate(g, 8, 30)) : firstWeekdayFrom(QDate(g + 1, 2, 11));
}

QString Generator::newNationalId(quint64 tag, quint64 index, QChar gender)
{
    const quint64 base = mixSeed(mixSeed(m_options.seed, TagIds), (tag << 40) ^ index);
    for (quint64 attempt = 0;; ++attempt) {
        const QString id = NationalId::generate(mixSeed(base, attempt));
        const QChar g = id.at(1);
        if (!gender.isNull() && g != (gender == QLatin1Char('M') ? QLatin1Char('1') : QLatin1Char('2')))
            continue;
        if (m_usedIds.contains(id))
            continue;
        m_usedIds.insert(id);
        return id;
    }
}

Status Generator::prepare()
{
    m_now = QDateTime::fromSecsSinceEpoch(m_clock->now().toSecsSinceEpoch(), Qt::UTC);
    m_today = m_clock->schoolToday();
    const SchoolTerm term = SchoolTerm::fromDate(m_today);
    m_schoolYear = term.year;
    m_semester = term.semester;
    for (QDate d = semesterStart(1); d <= m_today; d = d.addDays(1)) {
        if (isSchoolDay(d))
            m_schoolDays.push_back(d);
    }

    auto schools = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM schools"));
    if (!schools)
        return schools.error();
    if (schools.value().toLongLong() > 0)
        return Error::make(Error::Code::InvalidInput,
                           tr("This database already holds schools. Demo data is only generated into a new, "
                              "empty database; nothing was changed."));

    // Columns that later migrations added and the generator fills when they exist.
    m_hasInitialPasswordHash =
        m_db.connection().record(QStringLiteral("binding_requests")).contains(QStringLiteral("initial_password_hash"));
    for (const auto &[name, tableColumnList] : tableColumns()) {
        QStringList columns = tableColumnList;
        if (name == QLatin1String("binding_requests") && m_hasInitialPasswordHash)
            columns << QStringLiteral("initial_password_hash");
        m_inserters.push_back(std::make_unique<BulkInserter>(m_db, name, columns));
        m_tables.emplace(name, m_inserters.back().get());
        m_tableOrder.push_back(name);
        if (columns.first() != QLatin1String("id"))
            continue;
        // Explicit ids continue after whatever the table already holds (e.g. leave types).
        auto max = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ") + name);
        if (!max)
            return max.error();
        m_nextIds.insert(name, max.value().toLongLong() + 1);
    }
    auto maxType = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM leave_types"));
    if (!maxType)
        return maxType.error();
    m_nextIds.insert(QStringLiteral("leave_types"), maxType.value().toLongLong() + 1);
    writeLeaveTypes();
    const QDate crlFrom = std::min(SchoolYear::firstDay(m_schoolYear), m_today.addDays(-60));
    auto signer = DemoSigner::create(taipei(crlFrom, 0), m_now);
    if (!signer)
        return signer.error();
    m_signer = std::move(signer).value();
    return okStatus();
}

void Generator::writeLeaveTypes()
{
    struct Type
    {
        const char *code;
        QString zh;
        const char *en;
        bool document;
    };
    const Type types[] = {
        {"personal", QStringLiteral("事假"), "Personal leave", false},
        {"sick", QStringLiteral("病假"), "Sick leave", false},
        {"official", QStringLiteral("公假"), "Official leave", true},
        {"bereavement", QStringLiteral("喪假"), "Bereavement leave", true},
        {"menstrual", QStringLiteral("生理假"), "Menstrual leave", false},
    };
    for (const Type &t : types) {
        const QString code = QLatin1String(t.code);
        auto existing = m_db.scalar(QStringLiteral("SELECT id FROM leave_types WHERE school_id IS NULL AND code = ?"),
                                    {code});
        if (existing && !existing.value().isNull()) {
            m_leaveTypes.insert(code, existing.value().toLongLong());
            continue;
        }
        const qint64 id = nextId(QStringLiteral("leave_types"));
        auto inserted = m_db.exec(QStringLiteral("INSERT INTO leave_types (id, school_id, code, name_zh, name_en, "
                                                 "requires_document) VALUES (?, ?, ?, ?, ?, ?)"),
                                  {id, nullId(), code, t.zh, QLatin1String(t.en), t.document});
        if (inserted)
            m_leaveTypes.insert(code, id);
    }
}

void Generator::planSchools()
{
    Rng r = rng(TagPlan);
    const int n = m_options.students;
    const QStringList districts = text::taipeiDistricts();
    int demoSize = 0;
    int secondSize = 0;
    if (n <= 900) {
        secondSize = std::max(30, n / 12);
        demoSize = n - secondSize;
    } else {
        demoSize = 720;
        secondSize = std::min(600, n - demoSize);
    }
    auto add = [&](School s) {
        s.index = int(m_schools.size());
        const int grades = s.lastGrade - s.firstGrade + 1;
        s.classesPerGrade = std::max(1, int(std::lround(double(s.students) / grades / 29.0)));
        m_schools.push_back(std::move(s));
    };
    School demoSchool;
    demoSchool.code = DemoSchool::demoSchoolCode();
    demoSchool.name = DemoSchool::demoSchoolName();
    demoSchool.district = QStringLiteral("大安區");
    demoSchool.level = QStringLiteral("junior_high");
    demoSchool.students = demoSize;
    demoSchool.demoSchool = true;
    demoSchool.richness = {0, 20, 15, 14, 8, 4, 20, 0, true, true, true};
    add(demoSchool);

    School second;
    second.code = DemoSchool::demoSchoolCode() + QStringLiteral("2");
    second.name = QStringLiteral("臺北市立酷課實驗國民中學");
    second.district = QStringLiteral("信義區");
    second.level = QStringLiteral("junior_high");
    second.students = secondSize;
    second.secondDemo = true;
    second.richness = {0, 10, 5, 14, 3, 2, 10, 0, false, true, false};
    add(second);

    int remaining = n - demoSize - secondSize;
    int serial = 0;
    while (remaining > 0) {
        School s;
        const int kind = r.weighted({40, 35, 25});
        if (kind == 0) {
            s.level = QStringLiteral("elementary");
            s.firstGrade = 1;
            s.lastGrade = 6;
            s.students = r.range(300, 1500);
        } else if (kind == 1) {
            s.level = QStringLiteral("junior_high");
            s.students = r.range(400, 1500);
        } else {
            s.level = QStringLiteral("senior_high");
            s.firstGrade = 10;
            s.lastGrade = 12;
            s.students = r.range(600, 1800);
        }
        if (remaining - s.students < 150)
            s.students = remaining;
        remaining -= s.students;
        ++serial;
        const QString suffix = s.level == QLatin1String("elementary") ? QStringLiteral("國民小學")
            : s.level == QLatin1String("junior_high")                ? QStringLiteral("國民中學")
                                                                     : QStringLiteral("高級中學");
        const QString prefix = s.level == QLatin1String("elementary") ? QStringLiteral("es")
            : s.level == QLatin1String("junior_high")                ? QStringLiteral("jh")
                                                                     : QStringLiteral("sh");
        s.code = QStringLiteral("tp%1%2").arg(prefix).arg(serial, 4, 10, QLatin1Char('0'));
        s.name = QStringLiteral("臺北市立") + text::schoolWord(serial - 1) + suffix;
        s.district = districts.at(r.below(int(districts.size())));
        const bool gates = r.chance(0.4);
        s.richness = {25, gates ? 5 : 0, 2, 10, 2, 2, 5, 7, false, s.level != QLatin1String("elementary"), false};
        add(s);
    }
    m_totalStudents = n;
}

Status Generator::flushAll()
{
    for (const QString &name : m_tableOrder) {
        if (Status s = table(name).flush(); !s)
            return s;
    }
    return checkCancel();
}

Status Generator::generateSchool(School &school)
{
    m_schoolLabel = school.name;
    m_classes.clear();
    m_students.clear();
    m_families.clear();
    m_staffIds.clear();
    m_bindings.clear();

    step(tr("staff and classes"));
    if (Status s = writeSchoolAndStaff(school); !s)
        return s;
    step(tr("students"));
    writeStudents(school);
    step(tr("families and guardians"));
    writeFamilies(school);
    if (Status s = checkCancel(); !s)
        return s;
    step(tr("binding requests and e-signatures"));
    if (Status s = writeBindingRequests(school); !s)
        return s;
    step(tr("absences and leave requests"));
    writeAttendanceAndLeave(school);
    step(tr("grades, merits and gate swipes"));
    writeGradesMeritsSwipes(school);
    step(tr("notices, messages and activities"));
    writeCommunication(school);
    if (Status s = writeTrust(school); !s)
        return s;
    return okStatus();
}

Result<DemoSummary> Generator::run()
{
    QElapsedTimer timer;
    timer.start();
    if (m_options.students < DemoSchool::kMinStudents || m_options.students > DemoSchool::kMaxStudents)
        return Error::make(Error::Code::InvalidInput,
                           tr("The number of students must be between %1 and %2.")
                               .arg(DemoSchool::kMinStudents)
                               .arg(DemoSchool::kMaxStudents));
    step(tr("preparing"));
    if (Status s = prepare(); !s)
        return s.error();
    planSchools();

    qint64 buffered = 0;
    for (School &school : m_schools) {
        if (Status s = generateSchool(school); !s)
            return s.error();
        buffered += school.students;
        // Flush at school boundaries, in foreign-key order, every few thousand students.
        if (buffered >= 5000 || school.index < 2) {
            step(tr("writing"));
            if (Status s = flushAll(); !s)
                return s.error();
            buffered = 0;
        }
        m_studentsDone += school.students;
        m_summary.schools++;
        step(tr("done"));
    }
    m_schoolLabel.clear();
    step(tr("transfers"));
    if (Status s = flushAll(); !s)
        return s.error();
    if (Status s = writeTransfers(); !s)
        return s.error();
    if (Status s = flushAll(); !s)
        return s.error();
    step(tr("finishing"));
    if (Status s = finish(m_summary); !s)
        return s.error();
    for (const QString &name : m_tableOrder)
        m_summary.rows += table(name).writtenRows();
    m_summary.elapsedMs = timer.elapsed();
    return m_summary;
}

Status Generator::finish(DemoSummary &summary)
{
    // The demo school's accounts, for the login dialog (AuthService::demoAccounts).
    QJsonArray accounts;
    for (const GeneratedAccount &a : summary.demoAccounts) {
        QJsonObject o;
        o.insert(QStringLiteral("login"), a.login);
        o.insert(QStringLiteral("password"), a.password);
        o.insert(QStringLiteral("name"), a.name);
        o.insert(QStringLiteral("role"), a.role);
        if (!a.office.isEmpty())
            o.insert(QStringLiteral("office"), a.office);
        if (!a.homeroomClass.isEmpty())
            o.insert(QStringLiteral("class"), a.homeroomClass);
        accounts.append(o);
    }
    const QString json = QString::fromUtf8(QJsonDocument(accounts).toJson(QJsonDocument::Compact));
    auto removed = m_db.exec(QStringLiteral("DELETE FROM app_settings WHERE key = ?"), {QStringLiteral("demo_accounts")});
    if (!removed)
        return removed.error();
    auto stored = m_db.exec(QStringLiteral("INSERT INTO app_settings (key, value) VALUES (?, ?)"),
                            {QStringLiteral("demo_accounts"), json});
    if (!stored)
        return stored.error();

    if (Status s = auditDemoDecisions(); !s)
        return s;

    if (m_db.dialect() == Dialect::Postgres) {
        // Explicit ids were inserted: move each identity sequence past them.
        QStringList names = {QStringLiteral("leave_types")};
        for (const QString &name : m_tableOrder) {
            if (m_nextIds.contains(name))
                names << name;
        }
        for (const QString &name : names) {
            auto moved = m_db.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), "
                                                  "GREATEST((SELECT COALESCE(MAX(id), 0) FROM ")
                                       + name + QStringLiteral("), 1))"),
                                   {name});
            if (!moved)
                return moved.error();
        }
    }
    return okStatus();
}

Status Generator::auditDemoDecisions()
{
    AuditLog audit(m_db);
    std::stable_sort(m_decisions.begin(), m_decisions.end(),
                     [](const Decision &a, const Decision &b) { return a.at < b.at; });
    for (const Decision &d : m_decisions) {
        Actor actor;
        actor.staffId = d.staffId;
        actor.login = d.login;
        actor.schoolId = d.schoolId;
        const QJsonObject detail = QJsonDocument::fromJson(d.detail.toUtf8()).object();
        auto appended = audit.append(actor, d.action, d.entity, d.entityId, detail, d.at);
        if (!appended)
            return appended.error();
    }
    QJsonObject detail;
    detail.insert(QStringLiteral("seed"), QString::number(m_options.seed));
    detail.insert(QStringLiteral("students"), m_options.students);
    detail.insert(QStringLiteral("schools"), qint64(m_schools.size()));
    detail.insert(QStringLiteral("note"), QStringLiteral("DEMO data: fictitious people, not real records"));
    Actor system = Actor::system(QStringLiteral("demo-generator"));
    system.schoolId = m_schools.empty() ? 0 : m_schools.front().id;
    auto appended = audit.append(system, QStringLiteral("demo.generate"), QStringLiteral("school"), system.schoolId,
                                 detail, m_now);
    if (!appended)
        return appended.error();
    return okStatus();
}

} // namespace cooc::demo
