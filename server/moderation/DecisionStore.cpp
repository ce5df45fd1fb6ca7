#include "DecisionStore.h"

#include "ModerationLog.h"
#include "store/Database.h"
#include "store/SqlError.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SafeScan {

DecisionStore::DecisionStore(Database& database)
    : m_database(database)
{}

ModeratorDecision DecisionStore::fromName(const QString& name)
{
    if (name == u"safe"_s)
        return ModeratorDecision::Safe;
    if (name == u"unsafe"_s)
        return ModeratorDecision::Unsafe;
    return ModeratorDecision::None;
}

QString DecisionStore::name(ModeratorDecision decision)
{
    switch (decision) {
    case ModeratorDecision::Safe:
        return u"safe"_s;
    case ModeratorDecision::Unsafe:
        return u"unsafe"_s;
    case ModeratorDecision::None:
        break;
    }
    return {};
}

std::optional<ModeratorDecision> DecisionStore::decisionOf(const QString& itemHash, QString& error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT decision FROM moderation_decisions WHERE item_hash = ?"_s);
    query.addBindValue(itemHash);
    if (!query.exec()) {
        error = sqlErrorText(query.lastError());
        qCWarning(lcServerModeration) << "cannot read a decision:" << error;
        return std::nullopt;
    }
    return query.next() ? fromName(query.value(0).toString()) : ModeratorDecision::None;
}

std::optional<QHash<QString, ModeratorDecision>> DecisionStore::decisionsWithPrefix(const QString& hexPrefix,
                                                                                    QString& error) const
{
    // A range on the primary key, as ServerVoteStore does: lowercase hex sorts below 'g'.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT item_hash, decision FROM moderation_decisions "
                  u"WHERE item_hash >= ? AND item_hash < ?"_s);
    query.addBindValue(hexPrefix);
    query.addBindValue(hexPrefix + u'g');
    if (!query.exec()) {
        error = sqlErrorText(query.lastError());
        qCWarning(lcServerModeration) << "cannot read decisions:" << error;
        return std::nullopt;
    }
    QHash<QString, ModeratorDecision> decisions;
    while (query.next())
        decisions.insert(query.value(0).toString(), fromName(query.value(1).toString()));
    return decisions;
}

} // namespace SafeScan
