#pragma once

#include "history/HistoryTypes.h"

#include <QByteArray>

#include <optional>

namespace SafeScan {

// The plaintext of a synced record, before sealing (SPEC §9): one history record as compact JSON
// {"v": 1, "kind": "scan", "uuid", "content", "content_redacted", "payload_type", "payload", "host",
// "verdict_level", "verdict", "source", "scanned_at", "pinned", "note", "updated_at"}. Thumbnails
// stay on the device that scanned (a record must fit the server's 64 KiB of base64). The account's
// key check record is {"v": 1, "kind": "key_check"}.
namespace SyncRecordCodec {

QByteArray encodeScan(const ScanRecord& record);
// The record (id 0, sync_state empty); nullopt with `error` for anything but a well-formed scan.
std::optional<ScanRecord> decodeScan(const QByteArray& plaintext, QString* error = nullptr);

QByteArray keyCheck();
bool isKeyCheck(const QByteArray& plaintext);

} // namespace SyncRecordCodec

} // namespace SafeScan
