#pragma once

#include "models/databaseurl.h"
#include "models/result.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>

class QProgressDialog;
class QWidget;

namespace cooc::ui {

// First start: creates the demo school in a new SQLite file, off the GUI thread, with a
// progress dialog (students written, the current step) and Cancel. A cancelled or failed
// run leaves no file behind (the next start tries again).
class DemoSetup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoSetup)

public:
    using Done = std::function<void(const Status &)>;

    // `students`: the demo school's size (DemoOptions::students).
    DemoSetup(QString path, int students, QObject *parent = nullptr);
    ~DemoSetup() override; // cancels and waits for a run in progress

    // Starts the run; `done` gets Ok, Error::Code::Cancelled, or the failure.
    void start(QWidget *dialogParent, Done done);
    QProgressDialog *progressDialog() const { return m_dialog; }
    void cancel();

private:
    void progress(qint64 done, qint64 total, const QString &step);
    void finished();

    QString m_path;
    int m_students;
    bool m_createdFile = false;
    std::atomic_bool m_cancel{false};
    QProgressDialog *m_dialog = nullptr;
    QFutureWatcher<Status> m_watcher;
    Done m_done;
};

} // namespace cooc::ui
