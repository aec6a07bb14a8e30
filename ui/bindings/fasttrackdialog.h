#pragma once

#include "app/bindingreview/fasttrackrunner.h"
#include "models/actor.h"
#include "models/bindingrequest.h"

#include <QDialog>

#include <memory>

namespace Ui {
class FastTrackDialog;
}


namespace cooc::ui {

// "Approve all fast-track": first a confirmation listing every request that qualifies
// (TOTAL_PASSED signature, MATCH household check, student enrolled), then — after
// "Approve all" — progress with a count, the current request and Cancel, each request
// decided and audited on its own off the GUI thread and checked again when its turn comes;
// at the end what was approved, what was skipped because it no longer qualified, what was
// refused, and why. Esc or Cancel during the run stops before the next request.
class FastTrackDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FastTrackDialog)

public:
    // `moreRemain`: more requests qualify than `candidates` holds (one batch); the text says
    // to run it again for the rest.
    FastTrackDialog(const Database &db, const Actor &actor, const Clock &clock,
                    const QList<BindingRequestSummary> &candidates, bool moreRemain, QWidget *parent = nullptr);
    ~FastTrackDialog() override;

    bool isRunning() const;
    int approvedCount() const { return m_approved; }
    int skippedCount() const { return m_skipped; }
    int failedCount() const { return m_failed; }

    void reject() override;

signals:
    // The run ended (or was cancelled); `approved` requests changed.
    void runFinished(int approved);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Stage { Confirm, Running, Done };
    void retranslate();
    void startRun();
    void onProgress(int done, int total, const QString &current);
    void onItemDecided(qint64 id, FastTrackRunner::ItemResult result, const QString &message);
    void onFinished(int approved, int skipped, int failed, bool cancelled);
    static QString labelOf(const BindingRequestSummary &row);

    std::unique_ptr<Ui::FastTrackDialog> m_ui;
    std::unique_ptr<FastTrackRunner> m_runner;
    QList<BindingRequestSummary> m_candidates;
    bool m_moreRemain = false;
    Stage m_stage = Stage::Confirm;
    QPushButton *m_approveAll;
    QPushButton *m_cancel;
    QPushButton *m_close;
    int m_approved = 0;
    int m_skipped = 0;
    int m_failed = 0;
    int m_unknown = 0;      // lost connection: maybe saved
    int m_notAttempted = 0; // lost connection: not tried
    bool m_cancelled = false;
};

} // namespace cooc::ui
