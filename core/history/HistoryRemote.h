#pragma once

#include "HistoryTypes.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace SafeScan {

// History changes made by the sync engine (SPEC §9), inside the caller's transaction (so that the
// sync cursor is stored with them). Unlike HistoryStore's changes they write no outbox mutation:
// they come from the server. Applying a record drops the record's pending history mutations (the
// caller decided by the conflict rule that the server's version wins over them).
namespace HistoryRemote {

// The outbox kinds that are history mutations ("scan_saved", "note", "pin", "delete").
QStringList historyKinds();

// What this device holds of one record.
struct LocalVersion
{
    bool exists = false;
    bool deleted = false; // a tombstone waiting for sync
    qint64 updatedAt = 0;
    bool pending = false; // history mutations of the record wait in the outbox
};
std::optional<LocalVersion> version(QSqlDatabase& db, const QString& uuid, QString& error);

// The record (tombstones included, no thumbnail); nullopt when absent (`error` stays empty) or
// on failure (`error` set).
std::optional<ScanRecord> record(QSqlDatabase& db, const QString& uuid, QString& error);

// Stores the server's version of a record: inserted (with its full-text row) or replacing the
// local one (the local thumbnail stays), marked synced. Sensitive fields are masked unless
// `storeSensitive`.
bool put(QSqlDatabase& db, ScanRecord record, bool storeSensitive, QString& error);
// Removes the record for good (the server holds its deletion); no row is fine.
bool erase(QSqlDatabase& db, const QString& uuid, QString& error);

} // namespace HistoryRemote

} // namespace SafeScan
