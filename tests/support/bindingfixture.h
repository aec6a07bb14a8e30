#pragma once

#include "models/actor.h"
#include "models/clock.h"
#include "models/database.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace cooc::test {

// A small school for the binding-review tests (tst_binding_*, tst_ui_bindings), written with
// plain INSERTs so the tests do not depend on the demo generator. "Now" is 2026-11-28
// 10:00 Taipei time (school year 115).
//
// School A (code tpa): classes 801 (林老師) and 802 (陳老師), office staff 王組長
// (student_affairs). School B (code tpb): class 901, office staff 趙組長.
// Students (by key):
//   ming    王小明  801 seat 12  enrolled
//   hua     王小華  802 seat 3   enrolled (ming's sister: the same father binds both)
//   mei     李美玲  801 seat 5   enrolled
//   yi      陳怡君  801          transferred out on 2026-10-01
//   hao     張志豪  —            enrolled, not yet placed in a class
//   rare    林𠀋安  801 seat 7   enrolled (a name beyond the BMP)
//   grad    黃冠宇  (114) 901    graduated last year
//   stale   吳佩珊  (114) 701    enrolled last year, not rolled over
//   other   周杰    901 at school B
// The school's guardian records: ming/hua's father 王大同 (ID A123456789), rare's guardian 林𠀋文.
struct BindingFixture
{
    explicit BindingFixture(const Database &db);

    // Writes the school; returns false with `error` set when a statement failed.
    bool build();
    QString error;

    struct Request
    {
        QString student = {};       // key above
        QString applicantName = QStringLiteral("王大同");
        QString email = QStringLiteral("wang.datong@example.tw");
        QString nationalId = QStringLiteral("A123456789"); // test input only: stored as hash/mask/last4
        QString relationship = QStringLiteral("father");
        QString verdict = QStringLiteral("TOTAL_PASSED");
        QString subindication = {};
        QString household = QStringLiteral("MATCH");
        QString status = QStringLiteral("pending");
        bool delegationDocument = false;
        bool initialPassword = true; // carries the hash of the last 6 of the ID
        int minutesAgo = 60;
    };
    // Adds a binding request; returns its id (0 on failure, with `error`).
    qint64 addRequest(const Request &request);

    const Database &db;
    FixedClock clock;
    qint64 schoolA = 0, schoolB = 0;
    qint64 class801 = 0, class802 = 0, class901 = 0, class701old = 0, class901old = 0;
    qint64 teacher801 = 0, teacher802 = 0, officeA = 0, officeB = 0;
    QHash<QString, qint64> students;
    QHash<QString, QString> studentNumbers;
    Actor teacher801Actor() const;
    Actor teacher802Actor() const;
    Actor officeActorA() const;
    Actor officeActorB() const;

private:
    qint64 insert(const QString &sql, const QVariantList &values);
    qint64 addStudent(const QString &key, const QString &name, const QString &nationalId);
    void enroll(qint64 student, qint64 school, int year, qint64 classId, int seat, const QString &number,
                const QString &status, const QString &endDate = {});
    int m_seq = 0;
};

} // namespace cooc::test
