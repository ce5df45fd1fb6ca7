#include "Migrations.h"

#include "SqlError.h"
#include "StoreLog.h"
#include "Transaction.h"
#include "base/Clock.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

QString newerSchemaError(int version, int latest)
{
    return u"The database has schema version %1, which is newer than this version of SafeScan "
           u"understands (up to %2). Update SafeScan or open another database file."_s.arg(version)
               .arg(latest);
}

bool isSqlite(const QSqlDatabase& db)
{
    return db.driverName() == u"QSQLITE"_s;
}

// Elsewhere (PostgreSQL) the version lives in a one-row table, created by the first migration
// inside its transaction.
const QString VersionTable = u"safescan_schema_version"_s;

} // namespace

Migrations& Migrations::add(QString name, QStringList statements)
{
    return add(Migration{std::move(name), std::move(statements), {}});
}

Migrations& Migrations::add(QString name, MigrationStep step)
{
    return add(Migration{std::move(name), {}, std::move(step)});
}

Migrations& Migrations::add(Migration migration)
{
    m_migrations.append(std::move(migration));
    return *this;
}

int Migrations::schemaVersion(QSqlDatabase db, QString* error)
{
    QSqlQuery query(db);
    const auto fail = [&query, error] {
        if (error)
            *error = u"Cannot read the schema version: "_s + sqlErrorText(query.lastError());
        return -1;
    };
    if (!isSqlite(db)) {
        // A table that does not exist cannot even be named in a query: look it up first, in
        // pg_class itself (to_regclass() may answer from this backend's stale catalog cache when
        // another instance has just created the table).
        if (!query.exec(
                u"SELECT EXISTS(SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                u"ON n.oid = c.relnamespace WHERE c.relname = '%1' AND n.nspname = current_schema())"_s.arg(
                    VersionTable)) ||
            !query.next())
            return fail();
        if (!query.value(0).toBool())
            return 0;
    }
    const QString sql = isSqlite(db) ? u"PRAGMA user_version"_s
                                     : u"SELECT COALESCE(MAX(version), 0) FROM %1"_s.arg(VersionTable);
    if (!query.exec(sql) || !query.next())
        return fail();
    return query.value(0).toInt();
}

bool Migrations::writeVersion(QSqlDatabase db, int version, QString& error)
{
    QSqlQuery query(db);
    QStringList statements;
    if (isSqlite(db)) {
        statements = {u"PRAGMA user_version = %1"_s.arg(version)};
    } else {
        statements = {u"CREATE TABLE IF NOT EXISTS %1(one INTEGER PRIMARY KEY CHECK(one = 1), "
                      u"version INTEGER NOT NULL)"_s.arg(VersionTable),
                      u"INSERT INTO %1(one, version) VALUES(1, %2) "
                      u"ON CONFLICT(one) DO UPDATE SET version = excluded.version"_s.arg(VersionTable)
                          .arg(version)};
    }
    for (const QString& statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            error = u"Cannot set the schema version: "_s + sqlErrorText(query.lastError());
            return false;
        }
    }
    return true;
}

MigrationResult Migrations::apply(QSqlDatabase db, const Clock& clock) const
{
    MigrationResult result;
    const int latest = latestVersion();
    int version = schemaVersion(db, &result.error);
    result.fromVersion = result.toVersion = std::max(version, 0);
    if (version < 0)
        return result;
    if (version > latest) {
        result.error = newerSchemaError(version, latest);
        return result;
    }
    if (version == latest) {
        result.ok = true;
        return result;
    }

    const qint64 started = clock.nowMs();
    Transaction transaction(db);
    if (!transaction.isActive()) {
        result.error = u"Cannot start the schema migration: "_s + transaction.errorString();
        return result;
    }
    // Another process may have migrated between the first read and the write lock (on PostgreSQL
    // the Transaction's advisory lock: concurrent instances never both migrate).
    version = schemaVersion(db, &result.error);
    result.fromVersion = result.toVersion = std::max(version, 0);
    if (version < 0)
        return result;
    if (version > latest) {
        result.error = newerSchemaError(version, latest);
        return result;
    }
    if (version == latest) {
        result.ok = true;
        return result;
    }

    const MigrationContext context{db, clock};
    for (int v = version + 1; v <= latest; ++v) {
        QString error;
        if (!run(v, context, error)) {
            transaction.rollback();
            result.failedVersion = v;
            result.error = u"Schema migration %1 (%2) failed, nothing was changed: %3"_s.arg(v).arg(
                m_migrations.at(v - 1).name, error);
            qCWarning(lcStore).noquote() << result.error;
            return result;
        }
    }
    if (!writeVersion(db, latest, result.error))
        return result;
    if (!transaction.commit()) {
        result.error = u"Cannot commit the schema migration: "_s + transaction.errorString();
        return result;
    }
    result.ok = true;
    result.toVersion = latest;
    qCInfo(lcStore) << "Migrated the schema from version" << version << "to" << latest << "in"
                    << clock.nowMs() - started << "ms";
    return result;
}

bool Migrations::run(int version, const MigrationContext& context, QString& error) const
{
    const Migration& migration = m_migrations.at(version - 1);
    QSqlQuery query(context.db);
    for (const QString& statement : migration.statements) {
        if (!query.exec(statement)) {
            error = sqlErrorText(query.lastError()) + u" in: "_s + statement.simplified();
            return false;
        }
    }
    query.finish();
    if (migration.step && !migration.step(context, error)) {
        if (error.isEmpty())
            error = u"the migration step reported a failure"_s;
        return false;
    }
    return true;
}

} // namespace SafeScan
