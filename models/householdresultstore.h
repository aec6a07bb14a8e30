#pragma once

#include "models/actor.h"
#include "models/database.h"

#include <QJsonObject>

namespace cooc {

// What a household-registration check needs from a binding request: the two keyed ID
// hashes (never the IDs) and where the request stands.
struct HouseholdSubjects
{
    qint64 requestId = 0;
    qint64 schoolId = 0;
    qint64 studentId = 0;
    QString schoolCode;
    QString parentIdHash; // binding_requests.applicant_national_id_hash
    QString childIdHash; // students.national_id_hash
    QString status; // pending, info_requested, approved, ...
    QString householdResult; // the stored result: MATCH, ..., NOT_CHECKED
    QDateTime householdCheckedAt; // when the service checked it (invalid if never)
};

// Stores household-check results on binding requests (binding_requests.household_result /
// household_checked_at), each with a binding_request_events row ('household_checked') and an
// audit entry ('binding.household_check') in the same transaction.
//
// Rules: only open requests (pending, info_requested) take a result — a decided request keeps
// the evidence it was decided on. A result answers for the two IDs it was asked about: when
// either changes on an open request (the school's records corrected), the database clears the
// result (migration 0024, a 'household_cleared' event) and an answer still on its way is
// refused. An UNAVAILABLE result is recorded (event + audit) but does not overwrite an earlier
// answer (MATCH / NO_MATCH / NOT_REGISTERED_IN_TAIPEI): an outage says nothing about the
// household. The request's version is not bumped: a result is evidence, not a decision, and
// the decision transaction re-reads it.
class HouseholdResultStore final
{
public:
    explicit HouseholdResultStore(const Database &db)
        : m_db(db)
    { }

    // The request's subjects, when `actor` may see the request (same checks as record()).
    Result<HouseholdSubjects> subjects(const Actor &actor, qint64 requestId) const;

    // Records one result of the check asked about `asked` (what subjects() returned when the
    // check started). `resultCode` is MATCH, NO_MATCH, NOT_REGISTERED_IN_TAIPEI or
    // UNAVAILABLE; `evidence` is the check's JSON (HouseholdResult::toJson(), no personal data).
    // Returns whether binding_requests.household_result was written (false: UNAVAILABLE kept
    // an earlier answer). Bad input or a refused actor changes nothing; nor does an answer
    // about IDs the request no longer carries (its applicant's or student's ID hash, or its
    // student, changed while the check ran): Conflict.
    Result<bool> record(const Actor &actor, const HouseholdSubjects &asked, const QString &resultCode,
        const QDateTime &checkedAt, const QJsonObject &evidence, const QDateTime &now) const;

private:
    Result<HouseholdSubjects> load(const Actor &actor, qint64 requestId) const;

    const Database &m_db;
};

} // namespace cooc
