#include "HistoryExportJob.h"

#include "ViewModelsLog.h"

#include <QThread>

namespace SafeScan {

HistoryExportJob::HistoryExportJob(Database& database, HistoryStore& store, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_store(store)
{}

HistoryExportJob::~HistoryExportJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool HistoryExportJob::start(const QString& path, ExportFormat format, ExportSecrets secrets)
{
    if (m_thread)
        return false;
    // Events queued to `this` are dropped if it is destroyed first, and the destructor waits for
    // the thread, so the raw pointer is safe as the receiving context.
    HistoryExportJob* self = this;
    Database& database = m_database;
    HistoryStore& store = m_store;
    m_thread = QThread::create([self, &database, &store, path, format, secrets] {
        qint64 lastReported = -1;
        HistoryExport exporter(database, store);
        const ExportResult result =
            exporter.exportToFile(path, format, secrets, [&](qint64 done, qint64 total) {
                // About a hundred progress events whatever the size.
                if (done == total || lastReported < 0 ||
                    done - lastReported >= qMax<qint64>(1, total / 100)) {
                    lastReported = done;
                    QMetaObject::invokeMethod(
                        self, [self, done, total] { Q_EMIT self->progress(done, total); },
                        Qt::QueuedConnection);
                }
            });
        QMetaObject::invokeMethod(
            self, [self, result, path] { self->onFinished(result, path); }, Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

void HistoryExportJob::onFinished(const ExportResult& result, const QString& path)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (!result.ok)
        qCWarning(lcViewModels, "export to %s failed: %s", qPrintable(path), qPrintable(result.error));
    Q_EMIT finished(result, path);
}

} // namespace SafeScan
