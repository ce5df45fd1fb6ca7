#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace SafeScan {

class Database;

struct AccountDeletion
{
    int votesFolded = 0;     // counted votes folded into anonymous aggregates
    int votesDropped = 0;    // quarantined votes deleted
    int records = 0;         // synced records (ciphertext and tombstones) deleted
    int syncClients = 0;     // sync clients (the account's devices) forgotten
    int sessions = 0;        // sessions (logged-in devices) ended
    int reports = 0;         // reports whose reporter was anonymised
    int auditAnonymised = 0; // audit entries whose subject (username or pseudonym) was replaced
};

// Data rights of an account (SPEC §8): everything the server holds about it, and its deletion.
// An account is known by its id and its voter pseudonym (HMAC of "account:<id>"), under which its
// votes and reports are stored.
class AccountDataStore
{
public:
    explicit AccountDataStore(Database& database);

    // The export document (docs/api.md, GET /v1/account/export); nullopt with `error` empty when
    // the account does not exist, with `error` set when the database failed.
    std::optional<QJsonObject> exportAccount(qint64 accountId, const QString& pseudonym, QString& error);

    // In one transaction: folds the account's votes into vote_folds, anonymises its reports and
    // the subject of audit entries about it,
    // deletes its synced history, sync clients, sessions and the account itself, and writes an
    // audit entry (action "delete_account") holding only counts. nullopt with `error` empty when
    // the account does not exist.
    std::optional<AccountDeletion> deleteAccount(qint64 accountId, const QString& pseudonym, QString& error);

private:
    Database& m_database;
};

} // namespace SafeScan
