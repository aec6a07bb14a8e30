#pragma once

#include "app/parentview/parentview.h"
#include "models/actor.h"
#include "models/clock.h"
#include "models/database.h"
#include "models/parentviewrepository.h"

#include <memory>

namespace cooc {

// The parent view use case: what a given parent sees in the CooC app on a given day, and
// why anything is hidden (rules in app/visibility.h).
//
// Read-only for real: every read goes through the service's own connection, opened with
// Database::Access::ReadOnly (SQLite read-only + query_only; PostgreSQL READ ONLY
// transactions, the parent_view_reader role in central deployments). The one write — the
// audit entry "who looked at whose data, when" — goes through the main connection.
//
// Staff see the records of the children they look after (Actor::coversClass: a homeroom
// teacher their class, office staff their school); the parent's other children are listed
// with their visibility, but their records stay closed.
class ParentViewService final
{
public:
    // Opens the read-only sibling of `main`. `main` and `clock` must outlive the service.
    static Result<std::unique_ptr<ParentViewService>> create(const Database &main, const Clock &clock);
    ~ParentViewService();
    Q_DISABLE_COPY_MOVE(ParentViewService)

    // The read-only connection every read of the view uses (tests prove it cannot write).
    const Database &reader() const { return *m_reader; }
    // For the central connection monitor, which reopens it in place after a drop.
    Database &reader() { return *m_reader; }
    // Benchmarks: see each statement the view runs (ParentViewRepository::setQueryObserver).
    void setQueryObserver(ParentViewRepository::QueryObserver observer);

    static constexpr int kSearchPage = 50;
    static constexpr int kGateSwipePage = 40;
    static constexpr int kUnaddressedNotices = 20;
    static constexpr int kContactBookDays = 30;

    // The parent picker, one box: "#12" the parent of binding request 12; digits a student
    // number (that student's parents); an e-mail prefix when the text has '@' or is plain
    // ASCII; otherwise a name prefix. E-mail and name results page by keyset. Only parents the
    // actor may open are listed: with a child (bound or applied for) in their class or school
    // (the central database's row-level security already says so; SQLite's is checked here).
    Result<ParentSearchPage> search(const Actor &actor, const QString &text, const ParentSearchCursor &after = {},
                                    int limit = kSearchPage) const;
    // A student's parents (bound, in any binding state, and applicants).
    Result<QList<ParentCandidate>> parentsOfStudent(qint64 studentId) const;
    // Whether the actor may open `candidate`'s view (one of their children is the actor's).
    Result<bool> mayOpen(const Actor &actor, const ParentCandidate &candidate) const;

    // What "as of <day>" means: today → now; an earlier day → its last moment (Taipei).
    QDateTime asOfForDay(QDate day) const;

    enum class Via { Search, Student, BindingRequest };
    // Loads the view and writes the audit entry; refuses (PermissionDenied) when none of the
    // parent's children is the actor's, and (InvalidInput) an "as of" in the future.
    Result<ParentView> open(const Actor &actor, qint64 parentId, const QDateTime &asOf, Via via = Via::Search) const;
    // The parent behind a binding request — or, before approval, the applicant (no account yet).
    Result<ParentView> openFromBindingRequest(const Actor &actor, qint64 requestId, const QDateTime &asOf) const;
    // The next page of a child's gate swipes (older than the view's last one).
    Result<QList<GateSwipeRow>> olderGateSwipes(const ParentView &view, qint64 studentId, bool *more) const;

private:
    ParentViewService(const Database &main, const Clock &clock, std::unique_ptr<Database> reader);

    Result<ParentView> load(const Actor &actor, ParentView view) const;
    Status loadRecords(ChildView &child, const ParentView &view) const;
    Status audit(const Actor &actor, ParentView &view, Via via) const;
    Result<ParentCandidate> candidateForRequest(qint64 requestId) const;
    // search() before the actor's scope.
    Result<ParentSearchPage> searchAll(const QString &text, const ParentSearchCursor &after, int limit) const;

    const Database &m_main;
    const Clock &m_clock;
    std::unique_ptr<Database> m_reader;
    std::unique_ptr<ParentViewRepository> m_repo;
};

} // namespace cooc
