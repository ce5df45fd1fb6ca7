#include "HistoryJobs.h"

#include "ViewModelsLog.h"

namespace SafeScan {

HistoryJobs::HistoryJobs(StoreExecutor& executor, Database& database, HistoryStore& store,
                         const SafetyEngine& safety, QObject* parent)
    : QObject(parent)
    , m_executor(executor)
    , m_database(database)
    , m_store(store)
    , m_safety(safety)
    , m_task(executor)
{}

HistoryJobs::~HistoryJobs()
{
    m_task.cancel();
    m_task.wait();
}

bool HistoryJobs::recheck(const QList<qint64>& ids)
{
    Database& database = m_database;
    const SafetyEngine& safety = m_safety;
    const bool started = m_task.start(
        this,
        [&database, &safety, ids](const auto& progress) {
            return HistoryRecheck(database, safety).run(ids, progress);
        },
        [this](qint64 done, qint64 total) { Q_EMIT progress(Kind::Recheck, done, total); },
        [this](const RecheckReport& report) {
            m_running = Kind::None;
            if (!report.ok)
                qCWarning(lcViewModels, "re-check failed: %s", qPrintable(report.error));
            Q_EMIT recheckFinished(report);
        });
    if (started)
        m_running = Kind::Recheck;
    return started;
}

bool HistoryJobs::importJson(const QString& path)
{
    Database& database = m_database;
    HistoryStore& store = m_store;
    const bool started = m_task.start(
        this,
        [&database, &store, path](const auto& progress) {
            // The import has no cancel point of its own: progress only reports.
            return HistoryExport(database, store).importJsonFile(path, [&](qint64 done, qint64 total) {
                progress(done, total);
            });
        },
        [this](qint64 done, qint64 total) { Q_EMIT progress(Kind::Import, done, total); },
        [this, path](const ImportReport& report) {
            m_running = Kind::None;
            if (!report.ok)
                qCWarning(lcViewModels, "import of %s failed: %s", qPrintable(path),
                          qPrintable(report.error));
            Q_EMIT importFinished(report, path);
        });
    if (started)
        m_running = Kind::Import;
    return started;
}

QString HistoryJobs::describe(const ImportReport& report, int maxListed)
{
    if (!report.ok && report.imported == 0)
        return tr("Import failed: %1 Nothing was changed.").arg(report.error);
    QString text = tr("Imported %n scan(s).", nullptr, int(report.imported));
    if (report.duplicates > 0)
        text += u' ' + tr("%n already in the history (skipped).", nullptr, int(report.duplicates));
    if (!report.bad.isEmpty()) {
        text +=
            u' ' + tr("%n record(s) could not be read and were skipped:", nullptr, int(report.bad.size()));
        for (qsizetype i = 0; i < report.bad.size() && i < maxListed; ++i)
            text += u' ' + tr("record %1: %2;").arg(report.bad.at(i).index + 1).arg(report.bad.at(i).reason);
        if (report.bad.size() > maxListed)
            text += u' ' + tr("and %n more.", nullptr, int(report.bad.size() - maxListed));
    }
    if (!report.ok)
        text += u' ' + tr("Then the import stopped: %1").arg(report.error);
    return text;
}

QString HistoryJobs::describe(const RecheckReport& report)
{
    if (!report.ok)
        return tr("Re-check failed: %1").arg(report.error);
    QString text = report.cancelled ? tr("Re-check cancelled after %n scan(s);", nullptr, int(report.checked))
                                    : tr("Re-checked %n scan(s);", nullptr, int(report.checked));
    text += u' ' + tr("%n verdict(s) changed.", nullptr, int(report.changed));
    if (report.skipped > 0)
        text += u' ' + tr("%n scan(s) stored without their original content were left as they were.", nullptr,
                          int(report.skipped));
    return text;
}

} // namespace SafeScan
