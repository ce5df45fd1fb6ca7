#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace SafeScan {

class Database;

struct AccountRow
{
    qint64 id = 0;
    QString username;
    QString role;
    qint64 createdAt = 0; // ms since the epoch
};

struct AccountCredentials
{
    qint64 id = 0;
    QString role;
    QByteArray passwordHash; // encoded Argon2id
};

struct SessionAccount
{
    qint64 accountId = 0;
    QString role;
};

struct ReportInput
{
    QString itemHash;
    QString reason;
    QString note;                   // empty when none
    std::optional<QString> content; // only with the user's consent
    QString reporter;               // HMAC pseudonym, never a token
    QString requestId;              // the client's id of the report; empty when none
};

// What addReport() did.
struct ReportAdded
{
    qint64 id = 0;
    bool created = false; // false: the reporter sent this request id before; `id` is that report
};

struct AuditEntry
{
    qint64 id = 0;
    qint64 at = 0;
    QString actor;
    QString action;
    QString subject;
    QString reason;
    QString detail;
};

// Accounts, their sessions, reports and the audit log. Passwords are stored only as encoded
// Argon2id hashes and session tokens only as their SHA-256, like device tokens. Every method sets
// `error` when the database fails.
class AccountStore
{
public:
    explicit AccountStore(Database& database);

    enum class Outcome
    {
        Done,
        Duplicate,
        NotFound,
        Failed
    };

    Outcome addAccount(const QString& username, const QString& role, const QByteArray& passwordHash,
                       QString& error);
    Outcome setRole(const QString& username, const QString& role, QString& error);
    std::optional<QList<AccountRow>> accounts(QString& error);
    // nullopt with `error` empty when there is no such account.
    std::optional<AccountCredentials> credentials(const QString& username, QString& error);

    // A new session token (32 random bytes, base64url) valid for `lifetimeMs`.
    std::optional<QString> createSession(qint64 accountId, qint64 lifetimeMs, QString& error);
    // The unexpired session holding `token`; nullopt with `error` empty when there is none.
    std::optional<SessionAccount> findSession(const QString& token, QString& error);

    // Stores a report; with a request id the reporter already used, the earlier report's id.
    std::optional<ReportAdded> addReport(const ReportInput& report, QString& error);

    bool appendAudit(const AuditEntry& entry, QString& error);
    // Newest first.
    std::optional<QList<AuditEntry>> auditEntries(int limit, QString& error);

private:
    Database& m_database;
};

} // namespace SafeScan
