#pragma once

#include <QString>

namespace cooc::parentviewtext {

// Words for the codes the parent view shows, translated (zh_TW: 父親, 事假, 嘉獎 …).
// Unknown codes come back as they are.
QString relationship(const QString &code); // father, mother, guardian, grandparent, delegate, other
QString exam(const QString &code); // midterm1, midterm2, final, semester
QString absenceCode(const QString &code); // personal, sick, official, bereavement, truancy, late, early_leave
QString period(const QString &code); // morning, noon, 1..9
QString meritKind(const QString &code); // commendation … major_demerit
QString leaveStatus(const QString &code); // pending, approved, rejected, cancelled
QString bindingStatus(const QString &code); // active, suspended, revoked
QString requestStatus(const QString &code); // pending, info_requested, approved, rejected, withdrawn
QString enrollmentStatus(const QString &code); // enrolled, transferred_out, graduated
QString registrationStatus(const QString &code); // registered, waitlisted, cancelled
QString paymentStatus(const QString &code); // unpaid, paid, refunded
QString swipeDirection(const QString &code); // in → arrival, out → departure
QString replyChannel(const QString &code); // app, paper, phone
QString money(qint64 cents); // NT$1,200

} // namespace cooc::parentviewtext
