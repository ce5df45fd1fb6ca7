#include "AppContext.h"

#include "blocklist/BlocklistStore.h"
#include "safety/SafetyEngine.h"
#include "store/ClientSchema.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace SafeScan {

AppContext::AppContext(QString dataDir)
    : m_dataDir(dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                  : QDir(dataDir).absolutePath())
{}

AppContext::~AppContext() = default;

QCommandLineOption AppContext::dataDirOption()
{
    return QCommandLineOption(u"data-dir"_s, u"Keep SafeScan's data in DIR instead of the default folder."_s,
                              u"DIR"_s);
}

QString AppContext::databasePath() const
{
    return QDir(m_dataDir).filePath(u"safescan.sqlite"_s);
}

Database* AppContext::database(QString* error)
{
    if (!m_database) {
        auto database = std::make_unique<Database>(databasePath(), m_clock, clientSchema());
        if (!database->open()) {
            if (error)
                *error = database->errorString();
            return nullptr;
        }
        m_database = std::move(database);
    }
    return m_database.get();
}

BlocklistStore* AppContext::blocklists(QString* error)
{
    if (!m_blocklists) {
        Database* db = database(error);
        if (!db)
            return nullptr;
        m_blocklists = std::make_unique<BlocklistStore>(*db, m_clock);
    }
    return m_blocklists.get();
}

const SafetyEngine& AppContext::safety()
{
    if (!m_safety) {
        BlocklistStore* store = nullptr;
        if (QFileInfo::exists(databasePath())) {
            QString error;
            store = blocklists(&error);
            if (!store)
                qWarning("blocklists unavailable: %s", qPrintable(error));
        }
        BlocklistLookup lookup;
        if (store) {
            lookup = [store](const CanonicalUrl& url) {
                const BlocklistMatch match = store->match(url);
                if (!match.ok) // the local checks still stand; the miss must not read as "not listed"
                    qWarning("blocklist lookup failed: %s", qPrintable(match.error));
                QList<BlocklistFinding> findings;
                for (const BlocklistHit& hit : match.hits)
                    findings.append({hit.source, hit.expression, hit.threat});
                return findings;
            };
        }
        m_safety = std::make_unique<SafetyEngine>(std::move(lookup));
    }
    return *m_safety;
}

} // namespace SafeScan
