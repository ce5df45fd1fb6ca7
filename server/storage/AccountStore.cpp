#include "AccountStore.h"

#include "DeviceRepository.h"
#include "StorageLog.h"
#include "base/Clock.h"
#include "store/Database.h"
#include "store/SqlError.h"

#include <QRandomGenerator>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

bool run(QSqlQuery& query, QString& error, const char* what)
{
    if (query.exec())
        return true;
    error = sqlErrorText(query.lastError());
    qCWarning(lcServerStorage) << what << error;
    return false;
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

AccountStore::AccountStore(Database& database)
    : m_database(database)
{}

AccountStore::Outcome AccountStore::addAccount(const QString& username, const QString& role,
                                               const QByteArray& passwordHash, QString& error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT 1 FROM accounts WHERE username = ?"_s);
    query.addBindValue(username);
    if (!run(query, error, "cannot look an account up:"))
        return Outcome::Failed;
    if (query.next())
        return Outcome::Duplicate;
    query.prepare(u"INSERT INTO accounts(username, role, password_hash, created_at) VALUES(?, ?, ?, ?)"_s);
    query.addBindValue(username);
    query.addBindValue(role);
    query.addBindValue(QString::fromLatin1(passwordHash));
    query.addBindValue(m_database.clock().epochMs());
    return run(query, error, "cannot add an account:") ? Outcome::Done : Outcome::Failed;
}

AccountStore::Outcome AccountStore::setRole(const QString& username, const QString& role, QString& error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE accounts SET role = ? WHERE username = ?"_s);
    query.addBindValue(role);
    query.addBindValue(username);
    if (!run(query, error, "cannot change a role:"))
        return Outcome::Failed;
    return query.numRowsAffected() > 0 ? Outcome::Done : Outcome::NotFound;
}

std::optional<QList<AccountRow>> AccountStore::accounts(QString& error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT id, username, role, created_at FROM accounts ORDER BY username"_s);
    if (!run(query, error, "cannot list accounts:"))
        return std::nullopt;
    QList<AccountRow> rows;
    while (query.next()) {
        rows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toLongLong()});
    }
    return rows;
}

std::optional<AccountCredentials> AccountStore::credentials(const QString& username, QString& error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT id, role, password_hash FROM accounts WHERE username = ?"_s);
    query.addBindValue(username);
    if (!run(query, error, "cannot look an account up:") || !query.next())
        return std::nullopt;
    return AccountCredentials{query.value(0).toLongLong(), query.value(1).toString(),
                              query.value(2).toString().toLatin1()};
}

std::optional<QString> AccountStore::createSession(qint64 accountId, qint64 lifetimeMs, QString& error)
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    const QString token =
        QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const qint64 now = m_database.clock().epochMs();

    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM sessions WHERE expires_at <= ?"_s);
    query.addBindValue(now);
    if (!run(query, error, "cannot drop expired sessions:"))
        return std::nullopt;
    query.prepare(
        u"INSERT INTO sessions(token_hash, account_id, created_at, expires_at) VALUES(?, ?, ?, ?)"_s);
    query.addBindValue(DeviceRepository::tokenHash(token));
    query.addBindValue(accountId);
    query.addBindValue(now);
    query.addBindValue(now + lifetimeMs);
    if (!run(query, error, "cannot create a session:"))
        return std::nullopt;
    return token;
}

std::optional<SessionAccount> AccountStore::findSession(const QString& token, QString& error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT accounts.id, accounts.role FROM sessions "
                  u"JOIN accounts ON accounts.id = sessions.account_id "
                  u"WHERE sessions.token_hash = ? AND sessions.expires_at > ?"_s);
    query.addBindValue(DeviceRepository::tokenHash(token));
    query.addBindValue(m_database.clock().epochMs());
    if (!run(query, error, "cannot look a session up:") || !query.next())
        return std::nullopt;
    return SessionAccount{query.value(0).toLongLong(), query.value(1).toString()};
}

std::optional<ReportAdded> AccountStore::addReport(const ReportInput& report, QString& error)
{
    const auto earlier = [&]() -> std::optional<ReportAdded> {
        QSqlQuery query(m_database.connection());
        query.prepare(u"SELECT id FROM reports WHERE reporter = ? AND request_id = ?"_s);
        query.addBindValue(report.reporter);
        query.addBindValue(report.requestId);
        if (!run(query, error, "cannot look up a report:"))
            return std::nullopt;
        if (!query.next())
            return ReportAdded{};
        return ReportAdded{query.value(0).toLongLong(), false};
    };
    if (!report.requestId.isEmpty()) {
        const std::optional<ReportAdded> found = earlier();
        if (!found || found->id > 0)
            return found;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO reports(item_hash, reason, note, content, reporter, created_at, request_id) "
                  u"VALUES(?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    query.addBindValue(report.itemHash);
    query.addBindValue(report.reason);
    query.addBindValue(textOrNull(report.note));
    query.addBindValue(report.content ? QVariant(*report.content) : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(report.reporter);
    query.addBindValue(m_database.clock().epochMs());
    query.addBindValue(textOrNull(report.requestId));
    if (!run(query, error, "cannot store a report:")) {
        // Two copies of one request at once: the other one's insert won the unique index.
        if (!report.requestId.isEmpty()) {
            QString lookupError;
            std::swap(error, lookupError);
            const std::optional<ReportAdded> found = earlier();
            if (found && found->id > 0)
                return found;
            error = lookupError;
        }
        return std::nullopt;
    }
    if (!query.next()) {
        error = u"cannot store a report: the database returned no id"_s;
        return std::nullopt;
    }
    return ReportAdded{query.value(0).toLongLong(), true};
}

bool AccountStore::appendAudit(const AuditEntry& entry, QString& error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        u"INSERT INTO audit_log(at, actor, action, subject, reason, detail) VALUES(?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(m_database.clock().epochMs());
    query.addBindValue(entry.actor);
    query.addBindValue(entry.action);
    query.addBindValue(textOrNull(entry.subject));
    query.addBindValue(textOrNull(entry.reason));
    query.addBindValue(textOrNull(entry.detail));
    return run(query, error, "cannot write the audit log:");
}

std::optional<QList<AuditEntry>> AccountStore::auditEntries(int limit, QString& error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT id, at, actor, action, subject, reason, detail FROM audit_log "
                  u"ORDER BY at DESC, id DESC LIMIT ?"_s);
    query.addBindValue(limit);
    if (!run(query, error, "cannot read the audit log:"))
        return std::nullopt;
    QList<AuditEntry> entries;
    while (query.next()) {
        entries.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                        query.value(6).toString()});
    }
    return entries;
}

} // namespace SafeScan
