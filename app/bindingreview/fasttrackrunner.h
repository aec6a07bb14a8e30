#pragma once

#include "models/actor.h"
#include "models/clock.h"
#include "models/database.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace cooc {

// "Approve all fast-track": approves a list of requests one by one, each in its own
// transaction with its own audit entry (BindingReviewService::approve with fastTrack), off
// the GUI thread on a connection of its own. Every request is checked again inside its
// transaction when its turn comes: one that someone decided or changed meanwhile, or that no
// longer qualifies (its household check is no longer MATCH, …), is skipped and reported.
// Cancel stops before the next request; what was decided stays decided.
class FastTrackRunner final : public QObject
{
    Q_OBJECT

public:
    enum class ItemResult {
        Approved,
        Skipped, // decided or changed meanwhile, or no longer qualifies: nothing saved
        Failed,  // an approval rule or the database refused it: nothing saved
        Unknown, // the connection was lost during it and no new one could ask: maybe saved
        NotAttempted, // after the connection was lost for good: not tried
    };
    Q_ENUM(ItemResult)

    struct Item
    {
        qint64 id = 0;
        int version = 0;
        QString label; // "王小明 (801) · 王大同" for the progress dialog
    };

    // `source` is the session's database (only its URL is used, from the worker thread);
    // it and `clock` must outlive the runner.
    FastTrackRunner(const Database &source, Actor actor, const Clock &clock, QObject *parent = nullptr);
    ~FastTrackRunner() override; // cancels and waits for the worker
    Q_DISABLE_COPY_MOVE(FastTrackRunner)

    // Starts deciding `items` (does nothing while a run is going on).
    void start(const QList<Item> &items);
    void cancel();
    bool isRunning() const;
    // Blocks until the worker has finished (tests, shutdown).
    void wait();

signals:
    // Before each request: how many are done, of how many, and which one is next.
    void progress(int done, int total, const QString &current);
    // After each request: approved, skipped or failed, and why not (the message the reviewer reads).
    void itemDecided(qint64 id, cooc::FastTrackRunner::ItemResult result, const QString &message);
    // Once at the end: how many were approved, skipped and refused (one whose outcome a lost
    // connection left unknown, or that was not attempted, counts in none), and whether Cancel
    // stopped it.
    void finished(int approved, int skipped, int failed, bool cancelled);

private:
    const Database &m_source;
    Actor m_actor;
    const Clock &m_clock;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThread *m_thread = nullptr;
};

} // namespace cooc
