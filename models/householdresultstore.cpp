#include "models/householdresultstore.h"

#include "models/auditlog.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cooc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::HouseholdResultStore", text);
}

bool isResultCode(const QString &code)
{
    return code == QLatin1String("MATCH") || code == QLatin1String("NO_MATCH")
        || code == QLatin1String("NOT_REGISTERED_IN_TAIPEI") || code == QLatin1String("UNAVAILABLE");
}

bool isAnswerCode(const QString &code)
{
    return isResultCode(code) && code != QLatin1String("UNAVAILABLE");
}

// The check's answer is about the IDs it was asked about; the request's may have changed since.
bool sameSubjects(const HouseholdSubjects &now, const HouseholdSubjects &asked)
{
    return now.requestId == asked.requestId && now.studentId == asked.studentId
        && now.parentIdHash == asked.parentIdHash && now.childIdHash == asked.childIdHash;
}

Error idsChanged()
{
    return Error::make(Error::Code::Conflict,
        tr("The applicant's or the student's ID on this request changed while the household check ran, so its "
           "answer is not about this request any more. Nothing was recorded; check again."));
}

QVariant nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Result<HouseholdSubjects> HouseholdResultStore::load(const Actor &actor, qint64 requestId) const
{
    // The student's class at the request's school (latest enrollment), for the homeroom rule.
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT r.id, r.school_id, s.code, r.applicant_national_id_hash, st.national_id_hash, r.status, "
            "r.household_result, "
            "(SELECT e.class_id FROM enrollments e WHERE e.student_id = r.student_id AND e.school_id = r.school_id "
            "   AND e.status = 'enrolled' ORDER BY e.school_year DESC, e.id DESC LIMIT 1), "
            "r.household_checked_at, r.student_id "
            "FROM binding_requests r JOIN schools s ON s.id = r.school_id JOIN students st ON st.id = r.student_id "
            "WHERE r.id = ?"),
        { requestId });
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound, tr("The binding request no longer exists."),
            QStringLiteral("binding_requests.id=%1").arg(requestId));
    HouseholdSubjects s;
    s.requestId = q.value().value(0).toLongLong();
    s.schoolId = q.value().value(1).toLongLong();
    s.schoolCode = q.value().value(2).toString();
    s.parentIdHash = q.value().value(3).toString();
    s.childIdHash = q.value().value(4).toString();
    s.status = q.value().value(5).toString();
    s.householdResult = q.value().value(6).toString();
    const qint64 classId = q.value().value(7).toLongLong();
    s.householdCheckedAt = Database::toDateTime(q.value().value(8));
    s.studentId = q.value().value(9).toLongLong();
    if (!actor.coversClass(s.schoolId, classId))
        return Error::make(Error::Code::PermissionDenied,
            tr("You may not act on this binding request: the student is not in your class or school."));
    return s;
}

Result<HouseholdSubjects> HouseholdResultStore::subjects(const Actor &actor, qint64 requestId) const
{
    return load(actor, requestId);
}

Result<bool> HouseholdResultStore::record(const Actor &actor, const HouseholdSubjects &asked, const QString &resultCode,
    const QDateTime &checkedAt, const QJsonObject &evidence, const QDateTime &now) const
{
    const qint64 requestId = asked.requestId;
    if (!isResultCode(resultCode))
        return Error::make(Error::Code::InvalidInput, tr("Not a household-check result."), resultCode.left(40));
    if (!checkedAt.isValid() || !now.isValid())
        return Error::make(Error::Code::InvalidInput, tr("The household check has no valid time."));

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (m_db.dialect() == Dialect::Postgres) {
        // The student's and the request's rows held until the commit: an ID correction
        // committing meanwhile is seen below (and the answer refused), or waits and then
        // clears the answer (0024). SQLite: BEGIN IMMEDIATE holds the database already.
        // At most 5 s of waiting (a long import holding the student): then an error, not a
        // window that does not answer.
        auto held = m_db.scalar(QStringLiteral("SELECT set_config('lock_timeout', '5s', true), "
                                               "cooc_hold_household_subjects(?)"),
                                {requestId});
        if (!held)
            return held.error();
    }
    auto subjects = load(actor, requestId);
    if (!subjects)
        return subjects.error();
    const HouseholdSubjects &s = subjects.value();
    if (s.status != QLatin1String("pending") && s.status != QLatin1String("info_requested"))
        return Error::make(Error::Code::Conflict,
            tr("This binding request was already decided; its household result is kept as it was."),
            QStringLiteral("status=%1").arg(s.status));
    if (!sameSubjects(s, asked))
        return idsChanged();

    // An UNAVAILABLE does not replace an answer; nor does an answer the service gave before the
    // one stored (a slow check that ends after a later one: the later answer stands).
    const bool storedIsAnswer = isAnswerCode(s.householdResult);
    bool keepEarlierAnswer = storedIsAnswer
        && (!isAnswerCode(resultCode) || (s.householdCheckedAt.isValid() && checkedAt < s.householdCheckedAt));
    if (!keepEarlierAnswer) {
        // The conditions again in the UPDATE: a decision, or a later check, that committed
        // meanwhile wins.
        auto updated
            = m_db.exec(QStringLiteral("UPDATE binding_requests SET household_result = ?, household_checked_at = ? "
                                       "WHERE id = ? AND status IN ('pending', 'info_requested') "
                                       "AND (household_result NOT IN ('MATCH', 'NO_MATCH', 'NOT_REGISTERED_IN_TAIPEI') "
                                       "     OR household_checked_at IS NULL OR household_checked_at <= ?) "
                                       "AND student_id = ? AND applicant_national_id_hash = ? "
                                       "AND (SELECT st.national_id_hash FROM students st "
                                       "     WHERE st.id = binding_requests.student_id) = ?"),
                { resultCode, m_db.timestamp(checkedAt.toUTC()), requestId, m_db.timestamp(checkedAt.toUTC()),
                    asked.studentId, asked.parentIdHash, asked.childIdHash });
        if (!updated)
            return updated.error();
        if (updated.value().numRowsAffected() != 1) {
            // A decision, a later answer or a change of the IDs committed meanwhile (PostgreSQL
            // re-reads the row after the other transaction). A decided request keeps its
            // evidence as it was; an answer about IDs the request no longer carries is not
            // recorded at all; otherwise the later answer stands, and this one is recorded
            // beside it.
            auto current = load(actor, requestId);
            if (!current)
                return current.error();
            const QString status = current.value().status;
            if (status != QLatin1String("pending") && status != QLatin1String("info_requested"))
                return Error::make(Error::Code::Conflict,
                    tr("This binding request was decided meanwhile; its household result is kept as it was."));
            if (!sameSubjects(current.value(), asked))
                return idsChanged();
            keepEarlierAnswer = true;
        }
    }

    QJsonObject detail = evidence;
    detail.insert(QStringLiteral("result"), resultCode);
    detail.insert(QStringLiteral("previous_result"), s.householdResult);
    detail.insert(QStringLiteral("stored"), !keepEarlierAnswer);
    const QString detailText = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    auto event = m_db.insert(QStringLiteral("INSERT INTO binding_request_events (request_id, at, actor_staff_id, kind, "
                                            "detail) VALUES (?, ?, ?, 'household_checked', ?)"),
        { requestId, m_db.timestamp(now.toUTC()), nullableId(actor.staffId), detailText });
    if (!event)
        return event.error();
    auto audit = AuditLog(m_db).append(
        actor, QStringLiteral("binding.household_check"), QStringLiteral("binding_request"), requestId, detail, now);
    if (!audit)
        return audit.error();
    if (Status committed = tx.value()->commit(); !committed)
        return committed.error();
    return !keepEarlierAnswer;
}

} // namespace cooc
