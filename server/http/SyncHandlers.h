#pragma once

#include "accounts/AccountAuth.h"

#include <QHttpServerResponse>

class QHttpServer;
class QHttpServerRequest;

namespace SafeScan {

class ApiRouter;
class Clock;
class SyncStore;

// Limits of end-to-end encrypted history sync (docs/api.md).
inline constexpr qsizetype MaxSyncBodyBytes = 1024 * 1024;
inline constexpr qsizetype MaxCiphertextChars = 64 * 1024; // base64 characters of one record
inline constexpr qsizetype MinCiphertextBytes = 40;        // XChaCha20-Poly1305: 24-byte nonce + 16-byte tag
inline constexpr int MaxMutationsPerPush = 500;
inline constexpr qint64 MaxClockAheadMs = 24LL * 60 * 60 * 1000;

// The caller's account, or 401 without a token and 403 "account_required" for a device token:
// synced history, export and deletion belong to accounts (SPEC §8, §9).
PrincipalResult requireAccount(const AccountAuthenticator& authenticator, const QHttpServerRequest& request);

// POST /v1/sync/push and GET /v1/sync/pull (SPEC §9): the wire format of SyncStore. Records are
// ciphertext the server cannot read; every plaintext field is refused.
class SyncHandlers
{
public:
    SyncHandlers(SyncStore& store, const AccountAuthenticator& authenticator, const Clock& clock);

    void install(ApiRouter& router, QHttpServer& server);

    QHttpServerResponse push(const QHttpServerRequest& request);
    QHttpServerResponse pull(const QHttpServerRequest& request);

private:
    SyncStore& m_store;
    const AccountAuthenticator& m_authenticator;
    const Clock& m_clock;
};

} // namespace SafeScan
