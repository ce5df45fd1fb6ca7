#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace SafeScan {

class Clock;

// What a migration written as code gets: the connection (already inside the migration
// transaction) and the clock, for migrations that stamp or back-fill rows.
struct MigrationContext
{
    QSqlDatabase db;
    const Clock& clock;
};

// A migration written as code. Returns false and sets `error` to stop (everything rolls back).
using MigrationStep = std::function<bool(const MigrationContext& context, QString& error)>;

// One schema step: its SQL statements (one statement per entry) run first, then `step` if set.
struct Migration
{
    QString name;
    QStringList statements;
    MigrationStep step;
};

// The outcome of bringing a database up to date.
struct MigrationResult
{
    bool ok = false;
    int fromVersion = 0;   // schema version before
    int toVersion = 0;     // schema version after (== fromVersion when nothing ran or on failure)
    int failedVersion = 0; // the migration that failed, 0 when none did
    QString error;         // why, in a sentence, naming the failed migration
};

// An ordered list of cumulative migrations. Migration i (1-based) brings the schema from version
// i-1 to version i; the version lives in PRAGMA user_version (SQLite) or, on the server's
// PostgreSQL, in the one-row table safescan_schema_version. apply() runs every pending migration
// inside ONE transaction (a Transaction: on PostgreSQL it holds an advisory lock, so concurrent
// instances never both migrate; DDL is transactional there too) and sets the version in it, so a
// database is either fully migrated or untouched. A database whose version is newer than the list
// is refused.
class Migrations
{
public:
    Migrations& add(QString name, QStringList statements);
    Migrations& add(QString name, MigrationStep step);
    Migrations& add(Migration migration);

    int latestVersion() const { return int(m_migrations.size()); }
    const QList<Migration>& migrations() const { return m_migrations; }

    // `db` must be open and not inside a transaction.
    MigrationResult apply(QSqlDatabase db, const Clock& clock) const;

    // The schema version of `db` (PRAGMA user_version, or safescan_schema_version: 0 when it does
    // not exist yet), or -1 (with `error` set) when it cannot be read.
    static int schemaVersion(QSqlDatabase db, QString* error = nullptr);

private:
    static bool writeVersion(QSqlDatabase db, int version, QString& error);
    bool run(int version, const MigrationContext& context, QString& error) const;

    QList<Migration> m_migrations;
};

} // namespace SafeScan
