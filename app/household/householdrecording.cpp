#include "app/household/householdrecording.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace cooc {

HouseholdQuery householdQueryFor(const HouseholdSubjects &subjects)
{
    HouseholdQuery q;
    q.parentIdHash = subjects.parentIdHash;
    q.childIdHash = subjects.childIdHash;
    q.schoolCode = subjects.schoolCode;
    q.reference = QStringLiteral("binding_request:%1").arg(subjects.requestId);
    return q;
}

Result<bool> recordHouseholdResult(const Database &db, const Actor &actor, const HouseholdSubjects &asked,
    const HouseholdResult &result, const QString &source, const Clock &clock)
{
    if (result.failure == HouseholdResult::Failure::Cancelled)
        return Error::make(Error::Code::InvalidInput,
            QCoreApplication::translate("cooc::HouseholdRecording", "A cancelled household check is not recorded."));
    QJsonObject evidence = result.toJson();
    evidence.insert(QStringLiteral("source"), source);
    const QDateTime checkedAt = result.checkedAt.isValid() ? result.checkedAt : clock.now();
    return HouseholdResultStore(db).record(
        actor, asked, HouseholdResult::code(result.outcome), checkedAt, evidence, clock.now());
}

QFuture<Result<bool>> recordHouseholdResultAsync(const DatabaseUrl &url, const Actor &actor,
    const HouseholdSubjects &asked, const HouseholdResult &result, const QString &source, const Clock &clock)
{
    return QtConcurrent::run([url, actor, asked, result, source, &clock]() -> Result<bool> {
        auto db = Database::open(url);
        if (!db)
            return db.error();
        return recordHouseholdResult(*db.value(), actor, asked, result, source, clock);
    });
}

} // namespace cooc
