#include "AppContext.h"

#include "AppAnalytics.h"
#include "blocklist/BlocklistStore.h"
#include "history/HistoryStore.h"
#include "safety/SafetyEngine.h"
#include "settings/Settings.h"
#include "store/ClientSchema.h"
#include "store/Database.h"
#include "store/LocalStore.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace SafeScan {

AppContext::AppContext(QString dataDir)
    : m_dataDir(dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                  : QDir(dataDir).absolutePath())
{}

AppContext::~AppContext()
{
    m_analytics.reset(); // before the store it records into
}

AppAnalytics& AppContext::analytics()
{
    if (!m_analytics)
        m_analytics = std::make_unique<AppAnalytics>(*this);
    return *m_analytics;
}

QCommandLineOption AppContext::dataDirOption()
{
    return QCommandLineOption(u"data-dir"_s, u"Keep SafeScan's data in DIR instead of the default folder."_s,
                              u"DIR"_s);
}

QString AppContext::databasePath() const
{
    return LocalStore::databasePath(m_dataDir);
}

Settings& AppContext::settings()
{
    if (!m_settings) {
        m_settings = std::make_unique<Settings>(Settings::defaultFilePath(m_dataDir));
        for (const QString& warning : m_settings->warnings())
            QTextStream(stderr) << u"safescan: settings: "_s << warning << u'\n';
    }
    return *m_settings;
}

LocalStore* AppContext::store(QString* error)
{
    if (!m_store) {
        LocalStore::Options options;
        options.dailyBackups = settings().value(SettingKeys::dailyBackups);
        m_store = LocalStore::open(m_dataDir, m_clock, options);
        const RecoveryReport& report = m_store->recoveryReport();
        if (report.state == RecoveryReport::Recovered)
            QTextStream(stderr) << u"safescan: "_s << report.message << u'\n';
        if (!m_store->backupError().isEmpty())
            QTextStream(stderr) << u"safescan: automatic backup failed: "_s << m_store->backupError()
                                << u'\n';
    }
    if (!m_store->isOpen()) {
        if (error)
            *error = m_store->recoveryReport().message;
        return nullptr;
    }
    return m_store.get();
}

HistoryStore* AppContext::history(QString* error)
{
    if (!m_history) {
        LocalStore* local = store(error);
        if (!local)
            return nullptr;
        HistoryOptions options;
        options.storeSensitive = settings().value(SettingKeys::storeSensitiveFields);
        options.offTheRecord = settings().value(SettingKeys::offTheRecord);
        m_history = std::make_unique<HistoryStore>(local->database(), m_clock, options);
    }
    return m_history.get();
}

BlocklistStore* AppContext::blocklists(QString* error)
{
    if (!m_blocklists) {
        LocalStore* local = store(error);
        if (!local)
            return nullptr;
        m_blocklists = std::make_unique<BlocklistStore>(local->database(), m_clock);
    }
    return m_blocklists.get();
}

Database* AppContext::lookupDatabase()
{
    if (m_store && m_store->isOpen())
        return &m_store->database();
    if (!m_lookupDatabase && QFileInfo::exists(databasePath())) {
        auto database = std::make_unique<Database>(databasePath(), m_clock, clientSchema());
        if (database->open())
            m_lookupDatabase = std::move(database);
        else
            qWarning("blocklists unavailable: %s", qPrintable(database->errorString()));
    }
    return m_lookupDatabase.get();
}

const SafetyEngine& AppContext::safety()
{
    if (!m_safety) {
        BlocklistLookup lookup;
        if (Database* database = lookupDatabase()) {
            auto store = std::make_shared<BlocklistStore>(*database, m_clock);
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
