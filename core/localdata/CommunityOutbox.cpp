#include "CommunityOutbox.h"

#include "ContentHash.h"
#include "LocalDataLog.h"
#include "OutboxWriter.h"
#include "store/Database.h"
#include "store/SqlError.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace SafeScan {

QString CommunityOutbox::reportKind()
{
    return u"report"_s;
}

CommunityOutbox::CommunityOutbox(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

QueuedReport CommunityOutbox::queueReport(const QString& hash, const QString& reason, const QString& note,
                                          const std::optional<QString>& content, QString* error)
{
    QueuedReport report{0,
                        QUuid::createUuid().toString(QUuid::WithoutBraces),
                        ContentHash::normalized(hash),
                        reason,
                        note,
                        content};
    const auto failed = [&](const QString& why) {
        localDataFailure(error, u"Cannot queue the report: %1"_s.arg(why));
        report.outboxId = 0;
        return report;
    };
    if (report.hash.isEmpty())
        return failed(u"\"%1\" is not a SHA-256 content hash"_s.arg(hash));
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return failed(transaction.errorString());
    QJsonObject body{{u"hash"_s, report.hash}, {u"reason"_s, reason}, {u"note"_s, note}};
    if (content)
        body.insert(u"content"_s, *content);
    QString why;
    report.outboxId = OutboxWriter(m_database, m_clock).append(reportKind(), report.requestId, body, &why);
    if (!report.outboxId)
        return failed(why);
    if (!transaction.commit())
        return failed(transaction.errorString());
    return report;
}

QList<CommunityMutation> CommunityOutbox::pending(int limit, QString* error)
{
    QList<CommunityMutation> rows;
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, kind, record_uuid, body FROM outbox WHERE kind IN ('vote', 'report') "
                  u"ORDER BY id LIMIT ?"_s);
    query.addBindValue(limit);
    if (!db.isOpen() || !query.exec()) {
        localDataFailure(error,
                         u"Cannot read the outbox: %1"_s.arg(db.isOpen() ? sqlErrorText(query.lastError())
                                                                         : m_database.errorString()));
        return {};
    }
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                     QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object()});
    return rows;
}

std::optional<QueuedReport> CommunityOutbox::reportOf(const CommunityMutation& mutation)
{
    if (mutation.kind != reportKind())
        return std::nullopt;
    const QJsonObject& body = mutation.body;
    if (!body.value(u"hash"_s).isString() || !body.value(u"reason"_s).isString())
        return std::nullopt;
    QueuedReport report{mutation.outboxId,
                        mutation.recordUuid,
                        body.value(u"hash"_s).toString(),
                        body.value(u"reason"_s).toString(),
                        body.value(u"note"_s).toString(),
                        std::nullopt};
    if (body.value(u"content"_s).isString())
        report.content = body.value(u"content"_s).toString();
    return report;
}

bool CommunityOutbox::remove(qint64 outboxId, QString* error)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM outbox WHERE id = ? AND kind IN ('vote', 'report')"_s);
    query.addBindValue(outboxId);
    if (!db.isOpen() || !query.exec())
        return localDataFailure(
            error, u"Cannot remove a sent mutation from the outbox: %1"_s.arg(
                       db.isOpen() ? sqlErrorText(query.lastError()) : m_database.errorString()));
    return true;
}

qint64 CommunityOutbox::count(QString* error)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    if (!db.isOpen() || !query.exec(u"SELECT COUNT(*) FROM outbox WHERE kind IN ('vote', 'report')"_s) ||
        !query.next()) {
        localDataFailure(error,
                         u"Cannot count the outbox: %1"_s.arg(db.isOpen() ? sqlErrorText(query.lastError())
                                                                          : m_database.errorString()));
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace SafeScan
