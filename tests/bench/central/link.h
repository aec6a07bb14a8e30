#pragma once
// bench_central: the client over a city network (--rtt).
#include "common.h"

#include "../../tst_central_fixture.h"
#include "../../tst_central_proxy.h"
#include "app/bindingreview/bindingreviewservice.h"
#include "app/parentview/parentviewservice.h"
#include "models/bindingrequestrepository.h"

#include <QElapsedTimer>

#include <functional>

namespace cooc::bench::central {

// ---- over a city network ------------------------------------------------------------------

// What a round trip costs the client when the server is across a network: the session's
// connection goes through a proxy that delays each direction by half of `rttMs`. A read by
// key through exec() (QPSQL: PREPARE, EXECUTE, DEALLOCATE) against the same kept prepared
// (Database::row), and the details pane of a decided request (details at PaneWithHistory).
inline void measureOverLink(test::central::Fixture &f, const Session &s, int year, int rttMs)
{
    DatabaseUrl url = f.urlFor(s.role);
    test::central::CutProxy proxy(url.host, quint16(url.port));
    proxy.setOneWayDelay(rttMs / 2);
    url.host = QStringLiteral("127.0.0.1");
    url.port = proxy.port();
    auto opened = Database::open(url);
    if (!opened) {
        out << "over a link: cannot connect: " << opened.error().detail << Qt::endl;
        return;
    }
    const Database &db = *opened.value();
    const BindingRequestRepository repo(db, actorOf(s), year);
    const qint64 request = s.requests.first();
    const QString byKey = QStringLiteral("SELECT status, version FROM binding_requests WHERE id = ?");
    const auto median = [](const std::function<bool()> &run) {
        QList<double> ms;
        QElapsedTimer t;
        for (int i = 0; i < 16; ++i) {
            t.start();
            if (!run())
                return -1.0;
            if (i > 0) // the first run prepares the kept statements
                ms << double(t.nsecsElapsed()) / 1e6;
        }
        return percentile(ms, 0.5);
    };
    const double trip = median([&] { return db.scalar(QStringLiteral("SELECT 1")).ok(); });
    const double viaExec = median([&] {
        auto q = db.exec(byKey, {request});
        return q.ok() && q.value().next();
    });
    const double kept = median([&] { return db.row(byKey, {request}).ok(); });
    const double pane = median([&] { return repo.details(request).ok(); });
    const double decisionRead = median([&] { return repo.details(request, BindingRequestRepository::Depth::Decision).ok(); });
    const double counts = median([&] { return repo.queueCounts().ok(); });
    // The parent view of the parent the load approved first (their children's records).
    double parentView = -1;
    const qint64 parentId = f.owner().scalar(QStringLiteral("SELECT parent_id FROM parent_bindings WHERE request_id = ?"),
                                             {request}).value().toLongLong();
    const SystemClock clock;
    auto viewService = ParentViewService::create(db, clock);
    if (!viewService) {
        out << "over a link: parent view: " << viewService.error().message << Qt::endl;
    } else {
        parentView = median([&] {
            auto view = viewService.value()->open(actorOf(s), parentId, QDateTime::currentDateTimeUtc());
            if (!view)
                out << "over a link: parent view: " << view.error().message << " " << view.error().detail << Qt::endl;
            return view.ok();
        });
    }
    // Decisions as the reviewer makes them, on requests the load did not reach (from the end).
    const BindingReviewService service(db, actorOf(s), clock);
    qsizetype next = s.requests.size() - 1;
    const double approval = median([&] { return service.approve(s.requests.at(next--), 1).ok(); });
    const double rejection = median([&] {
        return service.reject(s.requests.at(next--), 1, binding::RejectReason::RelationshipNotConfirmed,
                              QStringLiteral("not the guardian on record")).ok();
    });
    out << QStringLiteral("\n== over a link with a %1 ms round trip (proxy), as %2, median of 15 ==\n")
               .arg(rttMs)
               .arg(s.teacher ? QStringLiteral("a homeroom teacher") : QStringLiteral("office staff"))
        << QStringLiteral("  one round trip (SELECT 1, kept)           : %1 ms\n").arg(trip, 0, 'f', 1)
        << QStringLiteral("  a read by key through exec()              : %1 ms (%2 round trips)\n")
               .arg(viaExec, 0, 'f', 1)
               .arg(viaExec / trip, 0, 'f', 1)
        << QStringLiteral("  the same read kept prepared (row())       : %1 ms (%2)\n").arg(kept, 0, 'f', 1).arg(kept / trip, 0, 'f', 1)
        << QStringLiteral("  a decision's read of the request          : %1 ms (%2)\n")
               .arg(decisionRead, 0, 'f', 1)
               .arg(decisionRead / trip, 0, 'f', 1)
        << QStringLiteral("  the details pane of a decided request     : %1 ms (%2)\n").arg(pane, 0, 'f', 1).arg(pane / trip, 0, 'f', 1)
        << QStringLiteral("  the queue's counts (after every decision) : %1 ms (%2)\n").arg(counts, 0, 'f', 1).arg(counts / trip, 0, 'f', 1)
        << QStringLiteral("  the parent view of that request's parent  : %1 ms (%2)\n")
               .arg(parentView, 0, 'f', 1)
               .arg(parentView / trip, 0, 'f', 1)
        << QStringLiteral("  an approval (new parent, account, binding): %1 ms (%2)\n")
               .arg(approval, 0, 'f', 1)
               .arg(approval / trip, 0, 'f', 1)
        << QStringLiteral("  a rejection                               : %1 ms (%2)\n")
               .arg(rejection, 0, 'f', 1)
               .arg(rejection / trip, 0, 'f', 1);
    out.flush();
}

} // namespace cooc::bench::central
