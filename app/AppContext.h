#pragma once

#include "base/Clock.h"

#include <QCommandLineOption>
#include <QString>

#include <memory>

namespace SafeScan {

class BlocklistStore;
class Database;
class SafetyEngine;

// What the commands share, made on demand from the command line: the data folder (--data-dir or
// the platform's application-data folder), the clock, the local store, the blocklists and the
// safety engine that consults them. Wiring only: the parts themselves live in core/.
class AppContext
{
public:
    explicit AppContext(QString dataDir = {});
    ~AppContext();

    static QCommandLineOption dataDirOption();

    QString dataDir() const { return m_dataDir; }
    QString databasePath() const;
    const Clock& clock() const { return m_clock; }

    // The store, opened (and created) on first use; nullptr with `error` set when it cannot be.
    Database* database(QString* error);
    BlocklistStore* blocklists(QString* error);
    // Consults the blocklists when a store already exists; never creates one just to look.
    const SafetyEngine& safety();

private:
    QString m_dataDir;
    SystemClock m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<BlocklistStore> m_blocklists;
    std::unique_ptr<SafetyEngine> m_safety;
};

} // namespace SafeScan
