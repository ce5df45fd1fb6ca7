#pragma once

// Shared helpers of the history tests: a temporary client database and scans to save.
#include "ManualClock.h"
#include "history/HistoryStore.h"
#include "payload/PayloadParser.h"
#include "store/ClientSchema.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

namespace SafeScan::Test {

inline const qint64 kEpochStart = 1'795'000'000'000;

inline NewScan makeScan(const QString& content, const QString& source = QStringLiteral("camera"),
                        VerdictLevel level = VerdictLevel::NoKnownRisk)
{
    NewScan scan;
    scan.content = content;
    scan.payload = PayloadParser::parse(content);
    scan.source = source;
    scan.verdict.level = level;
    scan.verdict.score = level == VerdictLevel::Dangerous ? 90 : 0;
    scan.verdict.algorithm = QStringLiteral("test");
    if (const auto* url = scan.payload.as<UrlPayload>()) {
        scan.verdict.destination.url = url->url;
        scan.verdict.destination.scheme = url->scheme;
        scan.verdict.destination.hostAscii = url->parsed.host();
        scan.verdict.destination.hostUnicode = url->parsed.host();
        scan.verdict.destination.registrableDomain = url->parsed.host();
    }
    return scan;
}

inline HistoryQuery searchFor(const QString& text, int limit = 50)
{
    HistoryQuery query;
    query.search = text;
    query.limit = limit;
    return query;
}

// A client database in a temporary folder, with its store, on a manual clock.
struct HistoryFixture
{
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    std::unique_ptr<ManualClock> clock = std::make_unique<ManualClock>(1000, kEpochStart);
    std::unique_ptr<Database> db;
    std::unique_ptr<HistoryStore> store;

    bool open(const QString& name = QStringLiteral("history.sqlite"))
    {
        if (!dir->isValid())
            return false;
        db = std::make_unique<Database>(dir->filePath(name), *clock, clientSchema());
        if (!db->open())
            return false;
        store = std::make_unique<HistoryStore>(*db, *clock);
        return true;
    }
    void close()
    {
        store.reset();
        db.reset();
    }
    qint64 scalar(const QString& sql)
    {
        QSqlQuery query(db->connection());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }
    bool exec(const QString& sql)
    {
        QSqlQuery query(db->connection());
        return query.exec(sql);
    }
    // Saves one scan at the clock's current time and returns its id (-1 on failure).
    qint64 saveOne(const QString& content, const QString& source = QStringLiteral("camera"),
                   VerdictLevel level = VerdictLevel::NoKnownRisk)
    {
        const SaveResult result = store->save({makeScan(content, source, level)});
        return result.ok && result.ids.size() == 1 ? result.ids.first() : -1;
    }
    // Marks every pending mutation as applied by the server.
    bool syncAll()
    {
        QList<qint64> ids;
        for (const OutboxMutation& m : store->pendingMutations(1'000'000))
            ids.append(m.id);
        return store->acknowledge(ids);
    }
};

} // namespace SafeScan::Test
