#pragma once

#include "history/HistoryExport.h"

#include <QObject>

class QThread;

namespace SafeScan {

class Database;
class HistoryStore;

// Exports the history to a file on a worker thread (CSV or JSON, through QSaveFile so a failure
// leaves no half file), reporting progress back on this object's thread.
class HistoryExportJob : public QObject
{
    Q_OBJECT
public:
    HistoryExportJob(Database& database, HistoryStore& store, QObject* parent = nullptr);
    ~HistoryExportJob() override;

    // False when an export is already running.
    bool start(const QString& path, ExportFormat format, ExportSecrets secrets);
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(const SafeScan::ExportResult& result, const QString& path);

private:
    void onFinished(const ExportResult& result, const QString& path);

    Database& m_database;
    HistoryStore& m_store;
    QThread* m_thread = nullptr;
};

} // namespace SafeScan
