#include "ui/parentviewsections.h"

#include "app/parentview/parentviewtext.h"
#include "app/visibility.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QTreeWidget>

namespace cooc::ui::parentviewsections {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cooc::ui::ParentViewSections)
};

namespace pt = cooc::parentviewtext;
using visibility::formatDate;
using visibility::formatDateTime;

void setRows(QTreeWidget *tree, const QStringList &headers, const QList<QStringList> &rows, const QString &empty)
{
    tree->clear();
    tree->setColumnCount(int(headers.size()));
    tree->setHeaderLabels(headers);
    if (rows.isEmpty()) {
        // A sentence, not a record: spans the row and cannot be selected.
        auto *item = new QTreeWidgetItem(tree, QStringList { empty });
        item->setFlags(Qt::ItemIsEnabled);
        item->setFirstColumnSpanned(true);
        QFont italic = item->font(0);
        italic.setItalic(true);
        item->setFont(0, italic);
        return;
    }
    QList<QTreeWidgetItem *> items;
    items.reserve(rows.size());
    for (const QStringList &row : rows) {
        auto *item = new QTreeWidgetItem(row);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        for (int c = 0; c < row.size(); ++c)
            item->setToolTip(c, row.at(c));
        items << item;
    }
    tree->addTopLevelItems(items);
    for (int c = 0; c + 1 < tree->columnCount(); ++c)
        tree->resizeColumnToContents(c);
}

QString score(double value)
{
    return QLocale().toString(value, 'f', value == double(qint64(value)) ? 0 : 1);
}

} // namespace

void fillGrades(QTreeWidget *tree, const ChildView &child)
{
    QList<QStringList> rows;
    for (const GradeRow &g : child.grades) {
        rows << QStringList { Text::tr("Semester %1").arg(g.semester), g.subject, pt::exam(g.exam), score(g.score),
            formatDateTime(g.recordedAt) };
    }
    setRows(tree,
        { Text::tr("Semester"), Text::tr("Subject"), Text::tr("Exam"), Text::tr("Score"), Text::tr("Recorded") }, rows,
        Text::tr("No grades this school year that the parent can see yet."));
}

void fillAbsences(QTreeWidget *tree, const ChildView &child)
{
    QList<QStringList> rows;
    for (const AttendanceRow &a : child.absences) {
        rows << QStringList { formatDate(a.date), pt::period(a.period), pt::absenceCode(a.code),
            a.leaveRequestId ? Text::tr("leave request #%1").arg(a.leaveRequestId) : QString(),
            formatDateTime(a.recordedAt) };
    }
    setRows(tree, { Text::tr("Date"), Text::tr("Period"), Text::tr("Kind"), Text::tr("Leave"), Text::tr("Recorded") },
        rows, Text::tr("No absences this school year that the parent can see yet."));
}

void fillMerits(QTreeWidget *tree, const ChildView &child)
{
    QList<QStringList> rows;
    for (const MeritRow &m : child.merits) {
        rows << QStringList { formatDate(m.date), pt::meritKind(m.kind), QString::number(m.count), m.reason,
            formatDateTime(m.recordedAt) };
    }
    setRows(tree, { Text::tr("Date"), Text::tr("Kind"), Text::tr("Count"), Text::tr("Reason"), Text::tr("Recorded") },
        rows, Text::tr("No merits or demerits this school year that the parent can see yet."));
}

void fillGateSwipes(QTreeWidget *tree, const ChildView &child)
{
    QList<QStringList> rows;
    for (const GateSwipeRow &s : child.gateSwipes)
        rows << QStringList { formatDateTime(s.at), pt::swipeDirection(s.direction), s.gate };
    setRows(tree, { Text::tr("Time"), Text::tr("Arrival or departure"), Text::tr("Gate") }, rows,
        Text::tr("No card swipes at the school gate up to this day."));
}

void fillNotices(QTreeWidget *tree, const ChildView &child)
{
    QList<QStringList> rows;
    for (const NoticeRow &n : child.notices) {
        QString reply;
        if (!n.requiresReply)
            reply = Text::tr("no reply needed");
        else if (n.replyChoice.isEmpty())
            reply = n.replyDeadline.isValid() ? Text::tr("not replied (due %1)").arg(formatDateTime(n.replyDeadline))
                                              : Text::tr("not replied");
        else
            reply = Text::tr("replied \"%1\" %2 on %3")
                        .arg(n.replyChoice, pt::replyChannel(n.replyChannel), formatDateTime(n.repliedAt));
        rows << QStringList { formatDateTime(n.publishedAt), n.title,
            n.readAt.isValid() ? Text::tr("read %1").arg(formatDateTime(n.readAt)) : Text::tr("unread"), reply };
    }
    setRows(tree, { Text::tr("Published"), Text::tr("Notice"), Text::tr("Read"), Text::tr("Reply slip") }, rows,
        Text::tr("No notices addressed to this parent for this child this school year."));
}

void fillLeave(QTreeWidget *tree, const ChildView &child)
{
    QList<QStringList> rows;
    for (const LeaveRow &l : child.leaveRequests) {
        const QString type = QLocale().language() == QLocale::Chinese ? l.typeNameZh : l.typeNameEn;
        const QString dates = l.startDate == l.endDate
            ? formatDate(l.startDate)
            : Text::tr("%1 – %2").arg(formatDate(l.startDate), formatDate(l.endDate));
        QString state = pt::leaveStatus(l.status);
        if (!l.decisionNote.isEmpty())
            state = Text::tr("%1: %2").arg(state, l.decisionNote);
        rows << QStringList { dates, type.isEmpty() ? l.typeCode : type, l.reason, state,
            l.parentName.isEmpty() ? Text::tr("the school") : l.parentName, formatDateTime(l.submittedAt) };
    }
    setRows(tree,
        { Text::tr("Dates"), Text::tr("Leave type"), Text::tr("Reason"), Text::tr("State"), Text::tr("Sent by"),
            Text::tr("Sent") },
        rows, Text::tr("No leave requests this school year."));
}

void fillContactBook(QTreeWidget *tree, const ChildView &child)
{
    QList<QStringList> rows;
    for (const ContactBookRow &c : child.contactBook) {
        rows << QStringList { formatDate(c.date), c.body, c.authorName,
            c.acknowledgedAt.isValid() ? Text::tr("signed %1").arg(formatDateTime(c.acknowledgedAt))
                                       : Text::tr("not signed") };
    }
    setRows(tree, { Text::tr("Date"), Text::tr("Entry"), Text::tr("Teacher"), Text::tr("Parent's signature") }, rows,
        Text::tr("No class contact-book entries in the last 30 days."));
}

void fillActivities(QTreeWidget *tree, const ChildView &child)
{
    QList<QStringList> rows;
    for (const ActivityRow &a : child.activities) {
        QString payment;
        if (!a.paymentId)
            payment = a.feeCents ? Text::tr("no payment yet") : Text::tr("free");
        else if (a.paidAt.isValid())
            payment = Text::tr("%1 %2 on %3")
                          .arg(pt::paymentStatus(a.paymentStatus), pt::money(a.amountCents),
                              formatDate(visibility::schoolDay(a.paidAt)));
        else
            payment = Text::tr("%1 %2").arg(pt::paymentStatus(a.paymentStatus), pt::money(a.amountCents));
        rows << QStringList { a.title, a.startsOn.isValid() ? formatDate(a.startsOn) : QString(),
            pt::registrationStatus(a.registrationStatus), pt::money(a.feeCents), payment };
    }
    setRows(tree,
        { Text::tr("Activity"), Text::tr("Starts"), Text::tr("Registration"), Text::tr("Fee"), Text::tr("Payment") },
        rows, Text::tr("No activity registrations."));
}

int fillWhy(QTableWidget *table, const ParentView &view, int currentChild)
{
    table->clearContents();
    table->setRowCount(0);
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({ Text::tr("What"), Text::tr("Why"), Text::tr("What would fix it") });
    int count = 0;
    auto cell = [](const QString &text) {
        auto *item = new QTableWidgetItem(text);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setToolTip(text);
        return item;
    };
    // One row per reason; the thing hidden is named on its first row.
    auto add = [&](const QString &what, const QList<visibility::Explanation> &why) {
        bool first = true;
        for (const visibility::Explanation &e : why) {
            const int row = table->rowCount();
            table->insertRow(row);
            QTableWidgetItem *whatItem = cell(first ? what : QString());
            whatItem->setData(Qt::UserRole, visibility::reasonCode(e.reason));
            if (first) {
                QFont bold = whatItem->font();
                bold.setBold(true);
                whatItem->setFont(bold);
            }
            table->setItem(row, 0, whatItem);
            table->setItem(row, 1, cell(e.text));
            table->setItem(row, 2, cell(e.fix));
            first = false;
        }
        if (!why.isEmpty())
            ++count;
    };
    add(Text::tr("The parent's account"), view.parentReasons);
    for (int i = 0; i < view.children.size(); ++i) {
        const ChildView &c = view.children.at(i);
        for (const HiddenItem &h : c.hidden) {
            // Hidden children are always listed; items only for the child on screen.
            if (h.kind == HiddenItem::Kind::Child)
                add(Text::tr("Child: %1").arg(h.what), h.why);
            else if (i == currentChild)
                add(h.what, h.why);
        }
    }
    if (!count) {
        table->insertRow(0);
        auto *item = cell(Text::tr("Nothing is hidden: the parent sees everything listed above."));
        item->setFlags(Qt::ItemIsEnabled);
        table->setItem(0, 0, item);
        table->setSpan(0, 0, 1, 3);
    }
    table->resizeRowsToContents();
    return count;
}

} // namespace cooc::ui::parentviewsections
