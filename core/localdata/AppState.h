#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <optional>

namespace SafeScan {

class Database;

// Small typed key/value state that is not a user preference (client id, counters, cursors), in
// the app_state table of the client database (clientSchema() migration 1).
//
// Values are stored with SQLite's own types: QString as TEXT, integers and bool as INTEGER,
// QByteArray as BLOB, double as REAL; other types are refused. Reads give back that type. A
// missing key, an unreadable store or a value of the wrong type (a damaged row) gives the
// caller's default; the last two are logged as warnings.
//
// Each call uses the calling thread's connection, so a call made while a Transaction is open on
// this thread is part of that transaction.
class AppState
{
public:
    explicit AppState(Database& database);

    // The stored value (QString, qlonglong, QByteArray or double), or `fallback` when the key is
    // missing or the store cannot be read (then `error` is set).
    QVariant value(const QString& key, const QVariant& fallback = {}, QString* error = nullptr) const;
    QString text(const QString& key, const QString& fallback = {}) const;
    qint64 integer(const QString& key, qint64 fallback = 0) const;
    bool flag(const QString& key, bool fallback = false) const; // stored as INTEGER 0/1
    QByteArray bytes(const QString& key, const QByteArray& fallback = {}) const;
    bool contains(const QString& key, QString* error = nullptr) const;

    // Stores or replaces the value. False (with `error`) for an empty key, a null or unsupported
    // value, or a write failure.
    bool setValue(const QString& key, const QVariant& value, QString* error = nullptr);
    // True when the key is gone afterwards (also when it never existed).
    bool remove(const QString& key, QString* error = nullptr);
    // Adds `delta` to an INTEGER value (a missing key counts as 0) in one statement and returns the
    // new value; nothing when the value is not an integer or the store fails.
    std::optional<qint64> add(const QString& key, qint64 delta, QString* error = nullptr);
    // The value of `key`, storing `initial` first when the key is missing. Atomic: concurrent
    // callers all get the value that was stored first. Null on failure.
    QVariant valueOrInsert(const QString& key, const QVariant& initial, QString* error = nullptr);

private:
    Database& m_database;
};

} // namespace SafeScan
