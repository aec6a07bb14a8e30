#pragma once

#include "app/visibility.h"
#include "models/parentviewrepository.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace cooc {

// Something the parent does not see, and why (the "Why can't they see…?" panel).
struct HiddenItem
{
    enum class Kind { Child, Grade, Absence, Merit, Notice };
    Kind kind = Kind::Child;
    qint64 id = 0; // the record's id (student id for Kind::Child)
    QString what; // "Absence 2026/11/28, period 3 (sick)", "Notice \"Field trip\""
    QList<visibility::Explanation> why; // one or more reasons, each with its fix
};

// One child as the parent's app shows it on the "as of" day. The lists hold only what the
// parent sees; `hidden` holds what they do not (with reasons and fixes). Reply, read,
// acknowledgement, decision and payment states are as they stood at the "as of" moment.
struct ChildView
{
    StudentRecord student;
    QString relationship; // of the parent to this child (father, mother …)
    std::optional<EnrollmentRow> enrollment; // the one shown in the label: current, else latest
    bool visible = false; // the parent sees this child in the app
    bool inScope = false; // this staff member may see the child's records
    QList<visibility::Explanation> childReasons; // why the child is hidden (empty when visible)

    QList<GradeRow> grades;
    QList<AttendanceRow> absences;
    QList<MeritRow> merits;
    QList<GateSwipeRow> gateSwipes; // newest first; one page
    bool moreGateSwipes = false; // older swipes can be loaded (moreGateSwipes())
    QList<NoticeRow> notices;
    QList<LeaveRow> leaveRequests;
    QList<ContactBookRow> contactBook;
    QList<ActivityRow> activities;

    QList<HiddenItem> hidden; // items of this child the parent does not see

    // 王小明 · 臺北市立酷課示範國民中學 · 801 — how the app labels the child.
    QString label() const;
};

struct ParentView
{
    ParentRecord parent; // id 0: an applicant with no parent account yet
    qint64 requestId = 0; // opened from this binding request, if any
    QDateTime asOf; // UTC
    QDate asOfDay; // the school day of asOf (Taipei)
    bool asOfIsNow = false;
    QList<visibility::Explanation> parentReasons; // e.g. no parent account yet
    QList<ChildView> children;
    qint64 auditEntryId = 0; // the audit entry this opening wrote

    int visibleChildren() const;
};

} // namespace cooc
