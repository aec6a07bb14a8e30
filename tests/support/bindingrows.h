#pragma once

// Reading back what a binding decision wrote, for tst_binding_review and tst_binding_approval.

#include "app/bindingreview/bindingreviewservice.h"
#include "models/database.h"

#include <QString>

#include <array>
#include <functional>

namespace cooc::test {

// Rows in one of our tables (the name is ours, never user data); -1 when the count fails.
qint64 count(const Database &db, const QString &table);

struct RequestRow
{
    QString status;
    int version = 0;
    qint64 decidedBy = 0;
    QString reason;
    QString note;
    bool paper = false;
};
RequestRow requestRow(const Database &db, qint64 id);

// Two reviewers deciding at the same moment: `decide(db, who)` runs for who = 0 and 1, each on
// its own connection to `url` and its own thread, released together once both are connected.
using DecisionResult = Result<BindingReviewService::Outcome>;
std::array<DecisionResult, 2> decideAtOnce(const DatabaseUrl &url,
                                           const std::function<DecisionResult(const Database &db, int who)> &decide);
// The same, each reviewer connected to their own URL (central mode: their own login role).
std::array<DecisionResult, 2> decideAtOnce(const std::array<DatabaseUrl, 2> &urls,
                                           const std::function<DecisionResult(const Database &db, int who)> &decide);

} // namespace cooc::test

// Nothing of a decision was written: the request is as it was and no side table grew.
#define VERIFY_UNCHANGED(db_, id_, status_, version_)                                                                  \
    do {                                                                                                             \
        const cooc::test::RequestRow r_ = cooc::test::requestRow(db_, id_);                                          \
        QCOMPARE(r_.status, QStringLiteral(status_));                                                                \
        QCOMPARE(r_.version, version_);                                                                              \
        QCOMPARE(cooc::test::count(db_, QStringLiteral("parents")), qint64(0));                                      \
        QCOMPARE(cooc::test::count(db_, QStringLiteral("accounts")), qint64(0));                                     \
        QCOMPARE(cooc::test::count(db_, QStringLiteral("parent_bindings")), qint64(0));                              \
        QCOMPARE(cooc::test::count(db_, QStringLiteral("binding_request_events")), qint64(0));                       \
        QCOMPARE(cooc::test::count(db_, QStringLiteral("audit_log")), qint64(0));                                    \
    } while (false)
