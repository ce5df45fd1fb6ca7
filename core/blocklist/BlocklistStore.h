#pragma once

#include "BlocklistExpressions.h"
#include "BlocklistParser.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace SafeScan {

class Clock;
class Database;

// A blocklist entry that matched a URL.
struct BlocklistHit
{
    QString expression;  // the lookup expression that matched, e.g. "evil.example/"
    QString source;      // the source's name
    QString threat;      // may be empty
    qint64 importedAtMs; // when the source was imported (epoch ms)
    friend bool operator==(const BlocklistHit&, const BlocklistHit&) = default;
};

// The answer to "is this URL listed?". ok is false when the store could not be read: the caller
// must then not treat the URL as unlisted.
struct BlocklistMatch
{
    bool ok = false;
    QString error;
    QList<BlocklistHit> hits;
};

// One imported source, with its provenance.
struct BlocklistSource
{
    QString name;
    QString format;
    qint64 entries = 0;
    qint64 importedAtMs = 0; // epoch ms
    QString origin;          // file path or feed URL
    friend bool operator==(const BlocklistSource&, const BlocklistSource&) = default;
};

struct BlocklistImportResult
{
    bool ok = false;
    QString error;
    qint64 entries = 0; // distinct entries stored for the source
};

// The imported blocklists in the client database (tables created by clientSchema() migration 1).
// Thread-safe as Database is: each call uses the calling thread's connection.
class BlocklistStore
{
public:
    BlocklistStore(Database& database, const Clock& clock);

    // Replaces every entry of the source `name` (creating it if new) in one transaction: on
    // failure the previous entries stay. Repeated expressions are stored once (first threat wins).
    BlocklistImportResult replaceSource(const QString& name, BlocklistFormat format, const QString& origin,
                                        const QList<BlocklistEntry>& entries);
    // False when there is no such source or it could not be removed.
    bool removeSource(const QString& name, QString* error = nullptr);

    // One query over the URL's lookup expressions. An invalid URL matches nothing (ok).
    BlocklistMatch match(const CanonicalUrl& url);
    BlocklistMatch matchExpressions(const QStringList& expressions);

    // Every source, by name; empty with `error` set when the store cannot be read.
    QList<BlocklistSource> stats(QString* error = nullptr);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace SafeScan
