#pragma once

#include "StoreTask.h"
#include "history/HistoryExport.h"
#include "history/HistoryRecheck.h"

#include <QObject>

namespace SafeScan {

class Database;
class HistoryStore;
class SafetyEngine;

// The long history jobs of the History view, run on the StoreExecutor's thread so the window
// never waits on disk: re-checking verdicts (selected scans or all) and importing a JSON file.
// One job at a time; progress and the outcome come back on this object's thread.
class HistoryJobs : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        None,
        Recheck,
        Import,
    };

    HistoryJobs(StoreExecutor& executor, Database& database, HistoryStore& store, const SafetyEngine& safety,
                QObject* parent = nullptr);
    ~HistoryJobs() override;

    // `ids` empty: every scan. False when a job is already running.
    bool recheck(const QList<qint64>& ids);
    bool importJson(const QString& path);
    void cancel() { m_task.cancel(); }
    bool isRunning() const { return m_task.isRunning(); }
    Kind running() const { return m_running; }

    // One paragraph for the user: what was imported, skipped as duplicates, and which records were
    // bad and why (the first `maxListed` of them, then how many more).
    static QString describe(const ImportReport& report, int maxListed = 10);
    static QString describe(const RecheckReport& report);

Q_SIGNALS:
    void progress(SafeScan::HistoryJobs::Kind kind, qint64 done, qint64 total);
    void recheckFinished(const SafeScan::RecheckReport& report);
    void importFinished(const SafeScan::ImportReport& report, const QString& path);

private:
    StoreExecutor& m_executor;
    Database& m_database;
    HistoryStore& m_store;
    const SafetyEngine& m_safety;
    Kind m_running = Kind::None;
    StoreTask m_task; // last: destroyed (and waited for) first
};

} // namespace SafeScan
