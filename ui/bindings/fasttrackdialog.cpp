#include "ui/bindings/fasttrackdialog.h"

#include "app/bindingreview/fasttrackrunner.h"
#include "ui_fasttrackdialog.h"

#include <QBrush>
#include <QColor>
#include <QEvent>
#include <QPushButton>

namespace cooc::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

FastTrackDialog::FastTrackDialog(const Database &db, const Actor &actor, const Clock &clock,
                                 const QList<BindingRequestSummary> &candidates, bool moreRemain, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FastTrackDialog>()),
      m_runner(std::make_unique<FastTrackRunner>(db, actor, clock)), m_candidates(candidates),
      m_moreRemain(moreRemain)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("fastTrackDialog"));
    m_approveAll = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    m_approveAll->setObjectName(QStringLiteral("approveAllButton"));
    m_cancel = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_close = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->hide();
    m_ui->progressBar->hide();
    m_ui->progressBar->setRange(0, int(candidates.size()));

    for (const BindingRequestSummary &row : candidates) {
        auto *item = new QListWidgetItem(labelOf(row), m_ui->requestsListWidget);
        item->setData(kIdRole, row.id);
    }
    m_approveAll->setEnabled(!candidates.isEmpty());
    m_approveAll->setDefault(true);

    connect(m_approveAll, &QPushButton::clicked, this, &FastTrackDialog::startRun);
    connect(m_cancel, &QPushButton::clicked, this, &FastTrackDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_runner.get(), &FastTrackRunner::progress, this, &FastTrackDialog::onProgress);
    connect(m_runner.get(), &FastTrackRunner::itemDecided, this, &FastTrackDialog::onItemDecided);
    connect(m_runner.get(), &FastTrackRunner::finished, this, &FastTrackDialog::onFinished);
    retranslate();
}

FastTrackDialog::~FastTrackDialog()
{
    if (m_runner) {
        m_runner->cancel();
        m_runner->wait();
    }
}

QString FastTrackDialog::labelOf(const BindingRequestSummary &row)
{
    return tr("%1 (%2) · %3, %4", "student (class) · applicant, relationship")
        .arg(row.studentName, row.className, row.applicantName, binding::label(row.relationship));
}

bool FastTrackDialog::isRunning() const
{
    return m_stage == Stage::Running;
}

void FastTrackDialog::startRun()
{
    if (m_stage != Stage::Confirm || m_candidates.isEmpty())
        return;
    m_stage = Stage::Running;
    QList<FastTrackRunner::Item> items;
    for (const BindingRequestSummary &row : m_candidates)
        items << FastTrackRunner::Item{row.id, row.version, labelOf(row)};
    m_approveAll->hide();
    m_ui->progressBar->show();
    m_ui->progressBar->setValue(0);
    retranslate();
    m_runner->start(items);
}

void FastTrackDialog::onProgress(int done, int total, const QString &current)
{
    m_ui->progressBar->setMaximum(total);
    m_ui->progressBar->setValue(done);
    m_ui->progressBar->setFormat(tr("%1 of %2").arg(done).arg(total));
    if (!current.isEmpty())
        m_ui->currentLabel->setText(tr("Approving %1…").arg(current));
}

void FastTrackDialog::onItemDecided(qint64 id, FastTrackRunner::ItemResult result, const QString &message)
{
    for (int i = 0; i < m_ui->requestsListWidget->count(); ++i) {
        QListWidgetItem *item = m_ui->requestsListWidget->item(i);
        if (item->data(kIdRole).toLongLong() != id)
            continue;
        const QString label = labelOf(m_candidates.at(i));
        switch (result) {
        case FastTrackRunner::ItemResult::Approved:
            item->setText(QStringLiteral("\u2714 ") + tr("%1 — approved").arg(label));
            item->setForeground(QBrush(QColor(QStringLiteral("#1b7f3b"))));
            break;
        case FastTrackRunner::ItemResult::Skipped:
            item->setText(QStringLiteral("\u25cb ") + tr("%1 — skipped: %2").arg(label, message));
            item->setForeground(QBrush(QColor(QStringLiteral("#b26a00"))));
            item->setToolTip(message);
            break;
        case FastTrackRunner::ItemResult::Failed:
            item->setText(QStringLiteral("\u2716 ") + tr("%1 — not approved: %2").arg(label, message));
            item->setForeground(QBrush(QColor(QStringLiteral("#c62828"))));
            item->setToolTip(message);
            break;
        case FastTrackRunner::ItemResult::Unknown:
            ++m_unknown;
            item->setText(QStringLiteral("? ") + tr("%1 — outcome unknown: %2").arg(label, message));
            item->setForeground(QBrush(QColor(QStringLiteral("#b26a00"))));
            item->setToolTip(message);
            break;
        case FastTrackRunner::ItemResult::NotAttempted:
            ++m_notAttempted;
            item->setText(QStringLiteral("\u25cb ") + tr("%1 — %2").arg(label, message));
            item->setToolTip(message);
            break;
        }
        m_ui->requestsListWidget->scrollToItem(item);
        break;
    }
}

void FastTrackDialog::onFinished(int approved, int skipped, int failed, bool cancelled)
{
    m_stage = Stage::Done;
    m_approved = approved;
    m_skipped = skipped;
    m_failed = failed;
    m_cancelled = cancelled;
    m_cancel->hide();
    m_close->show();
    m_close->setDefault(true);
    m_close->setFocus();
    retranslate();
    emit runFinished(approved);
}

void FastTrackDialog::reject()
{
    if (m_stage == Stage::Running) {
        // Cancel stops before the next request; the dialog stays to show what was done.
        m_runner->cancel();
        m_cancel->setEnabled(false);
        m_ui->currentLabel->setText(tr("Stopping after the current request…"));
        return;
    }
    QDialog::reject();
}

void FastTrackDialog::retranslate()
{
    setWindowTitle(tr("Approve all fast-track requests"));
    const int n = int(m_candidates.size());
    m_approveAll->setText(tr("Approve all %n", nullptr, n));
    m_cancel->setText(tr("Cancel"));
    m_close->setText(tr("Close"));
    switch (m_stage) {
    case Stage::Confirm: {
        QStringList lines;
        if (n == 0)
            lines << tr("No request qualifies for the fast track: it needs a valid e-signature, a matching household "
                        "check and a student enrolled in a class.");
        else
            lines << tr("%n request(s) have a valid e-signature, a matching household check and a student enrolled "
                        "in a class. Each is checked again, approved and audited on its own; you can cancel at any "
                        "time.",
                        nullptr, n);
        if (m_moreRemain)
            lines << tr("These are the oldest %n; run it again for the rest.", nullptr, n);
        m_ui->introLabel->setText(lines.join(QLatin1Char(' ')));
        break;
    }
    case Stage::Running:
        m_ui->introLabel->setText(tr("Approving %n request(s) one by one…", nullptr, n));
        break;
    case Stage::Done: {
        // One whole sentence per outcome.
        QStringList lines;
        lines << (m_cancelled ? tr("Cancelled: %n request(s) were approved before the run stopped.", nullptr, m_approved)
                              : tr("%n request(s) approved.", nullptr, m_approved));
        if (m_skipped > 0)
            lines << tr("%n skipped because they no longer qualify or someone else changed them; review them by hand "
                        "(see why below).",
                        nullptr, m_skipped);
        if (m_failed > 0)
            lines << tr("%n not approved (see why below).", nullptr, m_failed);
        if (m_unknown > 0)
            lines << tr("%n with an unknown outcome: the connection to the database was lost during the approval. "
                        "Check them when the connection is back.",
                        nullptr, m_unknown);
        if (m_notAttempted > 0)
            lines << tr("%n not attempted: the connection to the database was lost and could not be opened again.",
                        nullptr, m_notAttempted);
        m_ui->introLabel->setText(lines.join(QLatin1Char('\n')));
        m_ui->currentLabel->clear();
        break;
    }
    }
}

void FastTrackDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace cooc::ui
