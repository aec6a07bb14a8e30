#pragma once

#include "models/database.h"

#include <QDateTime>

namespace cooc::central {

// A decision whose COMMIT was interrupted by a lost connection either committed or did not;
// the client cannot know which from the error. Every decision writes its audit entry in the
// same transaction (CONTRIBUTING), so after reconnecting the entry is the proof: it exists
// exactly when the decision committed. The key is what the client itself sent — action,
// entity, entity id, its own staff id — and when it sent it: the entry of that decision is
// stamped then or later (a colleague's entry has another staff id), so no extra column or
// table is needed and it works the same on SQLite and PostgreSQL (where a staff member may
// read their own audit entries).
struct DecisionKey
{
    QString action;    // "binding.approve"
    QString entity;    // "binding_request"
    qint64 entityId = 0;
    qint64 actorStaffId = 0; // 0: the system actor
    QDateTime sentAt;        // taken before the decision was sent; its entry's `at` is not earlier
};

enum class DecisionOutcome {
    Committed,    // the decision and its audit entry are in the database
    NotCommitted, // nothing of it is: the user's input is still theirs to submit again
};

// Asks the (reconnected) database. Unavailable while the connection is still down.
Result<DecisionOutcome> decisionOutcome(const Database &db, const DecisionKey &key);

// For the status bar / a message box, translated: "Your decision was saved." / "…was not saved…".
QString describe(DecisionOutcome outcome);

} // namespace cooc::central
