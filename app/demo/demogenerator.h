#pragma once

// Internal to app/demo: the state shared by the generator's steps. DemoSchool::generate()
// is the only entry point.

#include "app/demo/bulkinserter.h"
#include "app/demo/demorandom.h"
#include "app/demo/demoschool.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <memory>
#include <unordered_map>
#include <vector>

namespace cooc::demo {

class DemoSigner;

// How much history a school gets. The demo school has everything; at city scale the
// generated schools keep recent weeks only, so 300,000 students stay within minutes and a
// file of reasonable size.
struct Richness
{
    int attendanceDays = 0;   // school days of absences looked back (0: the whole school year)
    int gateSwipeDays = 0;    // school days of gate swipes (0: none — no card gate)
    int contactBookDays = 0;  // school days of contact-book entries
    int leaveFutureDays = 10; // calendar days ahead for leave requests not yet taken
    int notices = 0;          // how many of the notice texts
    int activities = 0;
    int messagesPerHundred = 0;
    int requestWindowDays = 0; // binding requests submitted within this many days (0: since 6 Aug)
    bool previousYearGrades = false;
    bool surveys = false;
    bool auditDecisions = false; // audit-log entries for the demo history's decisions
};

struct School
{
    qint64 id = 0;
    int index = 0;
    QString code;
    QString name;
    QString district;
    QString level; // elementary, junior_high, senior_high
    int firstGrade = 7;
    int lastGrade = 9;
    int students = 0;
    int classesPerGrade = 1;
    Richness richness;
    bool demoSchool = false;   // the first school: demo accounts
    bool secondDemo = false;   // the second school: the other side of the transfers
    QHash<QString, qint64> offices;        // code → id
    QHash<QString, qint64> officeStaff;    // a staff id per office code (first member)
    qint64 adminStaffId = 0;
    qint64 principalId = 0;
    std::vector<qint64> studentAffairsStaff;
};

struct ClassRoom
{
    qint64 id = 0;
    int grade = 0;
    int number = 0;
    QString name;
    qint64 teacherId = 0;
    QString teacherName;
    std::vector<int> students; // indexes into Generator::m_students
};

struct Guardian
{
    QString name;
    QString romanized;
    QString relationship; // father, mother, guardian, grandparent, delegate
    QChar gender;
    QString nationalId;   // in memory only, never written
    QString idHash;
    QString idMasked;
    QString last4;
    QString phone;
    QString email;
    QString city;
    QString household;
    bool inRegistry = true;
    qint64 parentId = 0; // parents.id once they use the app
    int certificate = -1; // index into the signer's certificate cache
};

struct Student
{
    qint64 id = 0;
    QString name;
    QChar gender;
    int grade = 0;
    int classIndex = -1; // into m_classes; -1 unplaced
    int seat = 0;
    QString number;
    QString idHash;
    int family = -1;
    double absenceFactor = 1.0;
    double ability = 75.0;
    QDate birthDate;
    bool leaving = false;     // transfers out of this school (the transfer cases)
    QSet<qint64> absentDays;  // julian days with an absence (unique per date and period)
    QSet<qint64> wholeDayAbsent;
    QSet<qint64> lateDays;
    QSet<qint64> earlyDays;
};

struct Family
{
    std::vector<int> children; // indexes into m_students
    std::vector<Guardian> guardians;
    QString surname;
    QString romanized;
    QString household; // the children's household and city in the registry
    QString city;
    bool bound = false;
    bool newThisYear = false;
};

// A parent–child binding as the communication steps need it.
struct BindingRef
{
    qint64 id = 0;
    qint64 parentId = 0;
    int student = -1; // index into m_students
    int family = -1;
    int guardian = -1;
    bool active = true;
};

struct StaffAccount
{
    GeneratedAccount account;
    QString nationalId; // in memory only
    bool disabled = false; // staff who left
};

class Generator
{
public:
    Generator(const Database &db, const DemoOptions &options, const DemoProgress &progress,
              const std::atomic_bool *cancel);
    ~Generator();
    Q_DISABLE_COPY_MOVE(Generator)

    Result<DemoSummary> run();

    // --- shared helpers (used by every step) ---
    const Database &db() const { return m_db; }
    Rng rng(quint64 tag, quint64 index = 0) const { return Rng::stream(m_options.seed, tag, index); }
    QVariant ts(const QDateTime &utc) const;
    QVariant date(const QDate &d) const;
    static QString isoUtc(qint64 msecsSinceEpoch); // what Database::timestamp() writes on SQLite
    static QVariant nullId();
    static QVariant nullText();
    static QVariant nullTs(const Database &db);
    QVariant idOrNull(qint64 id) const { return id ? QVariant(id) : nullId(); }
    QDateTime taipei(const QDate &d, int minuteOfDay) const; // local school time → UTC
    QDateTime recentToday(Rng &r) const;                     // earlier today, before now
    qint64 nextId(const QString &table);
    BulkInserter &table(const QString &name);
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    Status checkCancel() const;
    void step(const QString &text);

    // calendar
    QDate today() const { return m_today; }
    QDateTime now() const { return m_now; }
    int schoolYear() const { return m_schoolYear; }
    int semester() const { return m_semester; }
    const std::vector<QDate> &schoolDays() const { return m_schoolDays; } // up to today, oldest first
    bool isSchoolDay(const QDate &d) const;
    QDate semesterStart(int semester) const;
    QDate esignStart() const; // first day binding requests carry e-signatures
    QString newNationalId(quint64 tag, quint64 index, QChar gender); // unique, never stored whole

private:
    friend class PeopleStep;
    Status prepare();
    Status finish(DemoSummary &summary);
    void planSchools();
    Status generateSchool(School &school);
    Status flushAll();

    // steps (demopeople.cpp, demorecords.cpp, democomms.cpp, demorequests.cpp)
    Status writeSchoolAndStaff(School &school);
    Status writeAccounts(School &school, std::vector<StaffAccount> &accounts);
    void writeStudents(School &school);
    void writeFamilies(School &school);
    Status writeBindingRequests(School &school);
    void writeAttendanceAndLeave(School &school);
    void writeGradesMeritsSwipes(School &school);
    void writeCommunication(School &school);
    Status writeTransfers();
    Status writeTrust(const School &school);
    void writeLeaveTypes();
    Status auditDemoDecisions();

    // helpers for the steps
    qint64 leaveTypeId(const QString &code) const { return m_leaveTypes.value(code); }
    const ClassRoom *classOf(const Student &s) const
    {
        return s.classIndex >= 0 ? &m_classes[size_t(s.classIndex)] : nullptr;
    }
    std::vector<const BindingRef *> activeBindings(int grade = 0) const; // 0: every grade
    qint64 deciderFor(Rng &r, const School &school, const Student &s) const;
    // The parent's app account (the demo schools only): login = e-mail, the default password.
    void writeParentAccount(const School &school, qint64 parentId, const Guardian &g, const QString &passwordHash,
                            const QDateTime &created);
    void addDecision(const School &school, const QDateTime &at, qint64 staffId, const QString &action,
                     const QString &entity, qint64 entityId, const QJsonObject &detail);

    const Database &m_db;
    DemoOptions m_options;
    DemoProgress m_progress;
    const std::atomic_bool *m_cancel;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock = nullptr;

    QDateTime m_now;
    QDate m_today;
    int m_schoolYear = 0;
    int m_semester = 1;
    std::vector<QDate> m_schoolDays;
    QSet<qint64> m_holidays;

    std::vector<School> m_schools;
    QHash<QString, qint64> m_nextIds;
    std::vector<std::unique_ptr<BulkInserter>> m_inserters;
    std::unordered_map<QString, BulkInserter *> m_tables;
    std::vector<QString> m_tableOrder;
    QHash<QString, qint64> m_leaveTypes;
    QSet<QString> m_usedIds;
    QSet<QString> m_usedLast9;

    // the current school's world (replaced per school)
    std::vector<ClassRoom> m_classes;
    std::vector<Student> m_students;
    std::vector<Family> m_families;
    std::vector<qint64> m_staffIds;
    std::vector<BindingRef> m_bindings;
    qint64 m_familySerial = 0;

    // transfers: filled while the first two schools are generated
    struct TransferCase
    {
        qint64 studentId = 0;
        QString name;
        qint64 fromSchool = 0;
        qint64 toSchool = 0;
        qint64 fromEnrollment = 0;
        std::vector<qint64> bindingIds;
        int grade = 0;
        QString toNumber;
    };
    TransferCase m_transferOut; // demo school → second school
    TransferCase m_transferIn;  // second school → demo school

    struct Decision
    {
        QDateTime at;
        qint64 schoolId = 0;
        qint64 staffId = 0;
        QString login;
        QString action;
        QString entity;
        qint64 entityId = 0;
        QString detail;
    };
    std::vector<Decision> m_decisions;
    QHash<qint64, QString> m_staffLogins;

    std::unique_ptr<DemoSigner> m_signer;
    bool m_hasInitialPasswordHash = false; // binding_requests.initial_password_hash (migration 0003)
    DemoSummary m_summary;
    qint64 m_studentsDone = 0;
    qint64 m_totalStudents = 0;
    QString m_stepText;
    QString m_schoolLabel;
    qint64 m_lastProgressMs = -1;
};

// A small, valid one-page PDF marked DEMO (leave certificates, delegation letters). ASCII text only.
QByteArray demoPdf(const QString &title, const QString &line);

// Tags for Rng::stream: one per kind of entity, so streams never overlap.
enum Tag : quint64 {
    TagPlan = 1,
    TagStaff,
    TagStudent,
    TagFamily,
    TagGuardian,
    TagAttendance,
    TagLeave,
    TagGrades,
    TagMerits,
    TagSwipes,
    TagNotices,
    TagMessages,
    TagContactBook,
    TagActivities,
    TagRequests,
    TagSigner,
    TagIds,
    TagSurvey,
};

} // namespace cooc::demo
