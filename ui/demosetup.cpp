#include "ui/demosetup.h"

#include "app/demo/demoschool.h"
#include "models/database.h"
#include "ui/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace cooc::ui {

DemoSetup::DemoSetup(QString path, int students, QObject *parent)
    : QObject(parent), m_path(std::move(path)), m_students(students)
{
    connect(&m_watcher, &QFutureWatcher<Status>::finished, this, &DemoSetup::finished);
}

DemoSetup::~DemoSetup()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void DemoSetup::start(QWidget *dialogParent, Done done)
{
    m_done = std::move(done);
    m_cancel = false;
    m_createdFile = !QFileInfo::exists(m_path);
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_done(Error::make(Error::Code::Unavailable,
                           tr("The folder %1 could not be created, so the demo school has nowhere to go. Check "
                              "that your home folder is writable.")
                               .arg(QFileInfo(m_path).absolutePath())));
        return;
    }

    m_dialog = new QProgressDialog(dialogParent);
    m_dialog->setObjectName(QStringLiteral("demoProgressDialog"));
    m_dialog->setWindowTitle(tr("Creating the demo school"));
    m_dialog->setLabelText(tr("Preparing the demo school…"));
    m_dialog->setCancelButtonText(tr("Cancel"));
    m_dialog->setMinimumDuration(0);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setRange(0, m_students);
    m_dialog->setValue(0);
    m_dialog->setMinimumWidth(460);
    connect(m_dialog, &QProgressDialog::canceled, this, &DemoSetup::cancel);
    m_dialog->show();

    const QString path = m_path;
    const int students = m_students;
    m_watcher.setFuture(QtConcurrent::run([this, path, students]() -> Status {
        // The connection is opened, used and closed on this worker thread.
        auto db = Database::open(DatabaseUrl::sqlite(path));
        if (!db)
            return db.error();
        DemoOptions options;
        options.students = students;
        auto summary = DemoSchool::generate(
            *db.value(), options,
            [this](qint64 count, qint64 total, const QString &step) {
                QMetaObject::invokeMethod(this, [this, count, total, step] { progress(count, total, step); },
                                          Qt::QueuedConnection);
            },
            &m_cancel);
        if (!summary)
            return summary.error();
        qCInfo(lcUi) << "demo school created:" << summary->students << "students," << summary->rows << "rows in"
                     << summary->elapsedMs << "ms";
        return okStatus();
    }));
}

void DemoSetup::cancel()
{
    m_cancel = true;
    if (m_dialog) {
        m_dialog->setLabelText(tr("Cancelling… nothing is kept."));
        m_dialog->setCancelButton(nullptr);
    }
}

void DemoSetup::progress(qint64 done, qint64 total, const QString &step)
{
    if (!m_dialog || m_cancel)
        return;
    if (total > 0 && total != m_dialog->maximum())
        m_dialog->setMaximum(int(total));
    m_dialog->setValue(int(std::min(done, qint64(m_dialog->maximum()))));
    m_dialog->setLabelText(tr("%1 of %2 students\n%3").arg(done).arg(total).arg(step));
}

void DemoSetup::finished()
{
    Status status = m_watcher.result();
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
        m_dialog = nullptr;
    }
    if (!status && m_createdFile) {
        // Nothing of a failed or cancelled run may look like a demo school next time.
        QFile::remove(m_path);
        QFile::remove(m_path + QStringLiteral("-journal"));
        QFile::remove(m_path + QStringLiteral("-wal"));
        QFile::remove(m_path + QStringLiteral("-shm"));
    }
    if (m_done)
        std::exchange(m_done, nullptr)(status);
}

} // namespace cooc::ui
