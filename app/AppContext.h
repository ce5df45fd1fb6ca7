#pragma once

#include "base/Clock.h"

#include <QCommandLineOption>
#include <QString>

#include <memory>

namespace SafeScan {

class AppAnalytics;
class BlocklistStore;
class Database;
class HistoryStore;
class LocalStore;
class SafetyEngine;
class Settings;

// What the commands share, made on demand from the command line: the data folder (--data-dir or
// the platform's application-data folder), the clock, the settings, the local store (opened with
// its integrity check, recovery and daily backup), the history, the blocklists and the safety
// engine that consults them. Wiring only: the parts themselves live in core/.
class AppContext
{
public:
    explicit AppContext(QString dataDir = {});
    ~AppContext();

    static QCommandLineOption dataDirOption();

    QString dataDir() const { return m_dataDir; }
    QString databasePath() const;
    const Clock& clock() const { return m_clock; }
    Settings& settings();

    // The store, opened on first use; nullptr with `error` set when it cannot be used. When the
    // check on open had to recover the file, what happened is printed to stderr once.
    LocalStore* store(QString* error);
    HistoryStore* history(QString* error);
    BlocklistStore* blocklists(QString* error);
    // Consults the blocklists when a store already exists; never creates one just to look, and
    // reads it without the full open (no integrity pass, no backup) to keep `check` fast.
    const SafetyEngine& safety();
    // The analytics recorder and its hooks (AppAnalytics), made on first use on the store.
    AppAnalytics& analytics();

private:
    Database* lookupDatabase();

    QString m_dataDir;
    SystemClock m_clock;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<Database> m_lookupDatabase;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<BlocklistStore> m_blocklists;
    std::unique_ptr<SafetyEngine> m_safety;
    std::unique_ptr<AppAnalytics> m_analytics;
};

} // namespace SafeScan
