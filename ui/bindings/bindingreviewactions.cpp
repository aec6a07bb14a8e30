#include "ui/bindings/bindingreviewactions.h"

#include <QAction>
#include <QWidget>

namespace cooc::ui {

namespace {

QAction *make(QWidget *owner, const char *name, const QKeySequence &keys = {})
{
    auto *action = new QAction(owner);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

QAction *separator(QObject *parent)
{
    auto *action = new QAction(parent);
    action->setSeparator(true);
    return action;
}

// "Approve (A)": the tooltip names the key, in the platform's notation.
void describe(QAction *action, const QString &text, const QString &tip, const QString &extraKeys = {})
{
    action->setText(text);
    QString keys = action->shortcut().toString(QKeySequence::NativeText);
    if (!extraKeys.isEmpty())
        keys = keys.isEmpty() ? extraKeys : QStringLiteral("%1, %2").arg(keys, extraKeys);
    action->setToolTip(keys.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, keys));
    action->setStatusTip(action->toolTip());
}

} // namespace

BindingReviewActions::BindingReviewActions(QWidget *owner)
    : QObject(owner), approve(make(owner, "approveAction", QKeySequence(Qt::Key_A))),
      reject(make(owner, "rejectAction", QKeySequence(Qt::Key_R))),
      requestInfo(make(owner, "requestInfoAction", QKeySequence(Qt::Key_I))),
      signatureDetails(make(owner, "signatureDetailsAction", QKeySequence(Qt::Key_S))),
      reverify(make(owner, "reverifyAction")), householdRecheck(make(owner, "householdRecheckAction")),
      parentView(make(owner, "parentViewAction", QKeySequence(Qt::Key_P))),
      next(make(owner, "nextRequestAction", QKeySequence(Qt::Key_J))),
      previous(make(owner, "previousRequestAction", QKeySequence(Qt::Key_K))),
      fastTrack(make(owner, "fastTrackAction"))
{
    // ↓/↑ stay the list's own keys (drop-downs and text fields keep theirs); J/K work anywhere
    // on the page. The menu shows J/K; the tooltips name both.
    m_all = {approve,   requestInfo, reject,    separator(this), signatureDetails, reverify, householdRecheck,
             parentView, separator(this), next, previous, separator(this), fastTrack};
    retranslate();
}

BindingReviewActions::~BindingReviewActions() = default;

void BindingReviewActions::retranslate()
{
    //: Menu item; A is its key
    describe(approve, tr("&Approve"), tr("Approve the binding: the parent's account opens"));
    describe(reject, tr("&Reject…"), tr("Reject the request with a reason"));
    describe(requestInfo, tr("Ask for &information…"), tr("Return the request to the parent, saying what is missing"));
    describe(signatureDetails, tr("&Signature details…"), tr("Show the full verification report"));
    describe(reverify, tr("&Verify again"), tr("Run the e-signature verification again and record the result"));
    describe(householdRecheck, tr("Check &household again"),
             tr("Ask the household-registration service again and record the answer"));
    describe(parentView, tr("&Parent view"),
             tr("See what the applying parent sees in the app for this child, and why anything is hidden"));
    // ↓/↑ are the list's own keys for the same.
    describe(next, tr("&Next request"), tr("Next request"), QStringLiteral("\u2193"));
    describe(previous, tr("Previ&ous request"), tr("Previous request"), QStringLiteral("\u2191"));
    describe(fastTrack, tr("Approve all &fast-track…"),
             tr("Approve every pending request with a valid e-signature, a matching household check and an enrolled "
                "student, after a confirmation listing them"));
}

} // namespace cooc::ui
