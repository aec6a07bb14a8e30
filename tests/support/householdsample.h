#pragma once

// The parent, child and query the household-registration tests share (tst_household*.cpp).

#include "app/household/householdcontract.h"
#include "models/nationalid.h"

#include <QDateTime>
#include <QMetaType>

namespace cooc::test::household {

inline const QString kParentId = NationalId::generate(101);
inline const QString kChildId = NationalId::generate(202);
inline const QDateTime kNow(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);

// A valid query: the parent's and the child's ID hashes, school "tpjh", binding request 42.
inline HouseholdQuery sampleQuery()
{
    HouseholdQuery q;
    q.parentIdHash = NationalId::hash(kParentId);
    q.childIdHash = NationalId::hash(kChildId);
    q.schoolCode = QStringLiteral("tpjh");
    q.reference = QStringLiteral("binding_request:42");
    return q;
}

} // namespace cooc::test::household

// For data-driven tests (QFETCH) of outcomes and failures.
Q_DECLARE_METATYPE(cooc::HouseholdResult::Outcome)
Q_DECLARE_METATYPE(cooc::HouseholdResult::Failure)
