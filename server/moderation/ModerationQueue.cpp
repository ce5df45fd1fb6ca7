#include "ModerationQueue.h"

#include "DecisionStore.h"
#include "ModerationStore.h"
#include "ratings/RatingQuery.h"

#include <QJsonArray>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

struct ReportGroup
{
    QJsonArray ids;
    QMap<QString, int> reasons;
    QStringList notes;    // newest first
    QStringList contents; // newest first, distinct
    qint64 oldest = 0;
    qint64 newest = 0;
};

bool before(qint64 sinceA, const QString& idA, qint64 sinceB, const QString& idB)
{
    return sinceA != sinceB ? sinceA < sinceB : idA < idB;
}

} // namespace

QString QueueCursor::toString() const
{
    return QString::number(since) + u'.' + id;
}

std::optional<QueueCursor> QueueCursor::parse(const QString& text)
{
    const qsizetype dot = text.indexOf(u'.');
    if (dot <= 0 || text.size() > 200)
        return std::nullopt;
    bool ok = false;
    const qint64 since = text.left(dot).toLongLong(&ok);
    const QString id = text.mid(dot + 1);
    if (!ok || !(id.startsWith(u"item:"_s) || id.startsWith(u"voter:"_s)))
        return std::nullopt;
    return QueueCursor{since, id};
}

bool QueueCursor::isBefore(const QueueEntry& entry) const
{
    return before(since, id, entry.since, entry.id);
}

ModerationQueue::ModerationQueue(ModerationStore& store, const RatingQuery& ratings,
                                 const DecisionStore& decisions)
    : m_store(store)
    , m_ratings(ratings)
    , m_decisions(decisions)
{}

std::optional<QList<QueueEntry>> ModerationQueue::entries(QString& error) const
{
    const std::optional<QList<OpenReport>> reports = m_store.openReports(error);
    if (!reports)
        return std::nullopt;
    const std::optional<QList<ContestedItem>> contested = m_store.contestedItems(error);
    if (!contested)
        return std::nullopt;
    const std::optional<QList<QuarantinedVoter>> voters = m_store.quarantinedVoters(error);
    if (!voters)
        return std::nullopt;

    // Items: reported ones (reports come by item, then age) and contested ones.
    QMap<QString, ReportGroup> groups;
    for (const OpenReport& report : *reports) {
        ReportGroup& group = groups[report.itemHash];
        if (group.ids.isEmpty())
            group.oldest = report.createdAt;
        group.ids.append(report.id);
        group.reasons[report.reason] += 1;
        group.newest = std::max(group.newest, report.createdAt);
        if (!report.note.isEmpty())
            group.notes.prepend(report.note);
        if (report.content && !group.contents.contains(*report.content))
            group.contents.prepend(*report.content);
    }
    QMap<QString, qint64> items; // hash -> since
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it)
        items.insert(it.key(), it.value().oldest);
    for (const ContestedItem& item : *contested) {
        if (!items.contains(item.itemHash))
            items.insert(item.itemHash, item.since);
    }

    QList<QueueEntry> entries;
    for (auto it = items.constBegin(); it != items.constEnd(); ++it) {
        const QString& hash = it.key();
        const std::optional<ItemRating> rating = m_ratings.ratingOf(hash, error);
        if (!rating)
            return std::nullopt;
        const bool disputed = rating->rating.verdict == u"disputed"_s;
        const auto group = groups.constFind(hash);
        if (group == groups.constEnd() && !disputed)
            continue; // votes on both sides, but not (yet) enough to be disputed
        const std::optional<ModeratorDecision> decision = m_decisions.decisionOf(hash, error);
        if (!decision)
            return std::nullopt;
        QJsonObject reportJson{{u"open"_s, 0},
                               {u"ids"_s, QJsonArray()},
                               {u"reasons"_s, QJsonObject()},
                               {u"newest"_s, QJsonValue::Null},
                               {u"notes"_s, QJsonArray()},
                               {u"content"_s, QJsonArray()}};
        if (group != groups.constEnd()) {
            QJsonObject reasons;
            for (auto reason = group->reasons.constBegin(); reason != group->reasons.constEnd(); ++reason)
                reasons.insert(reason.key(), reason.value());
            reportJson = {{u"open"_s, int(group->ids.size())},
                          {u"ids"_s, group->ids},
                          {u"reasons"_s, reasons},
                          {u"newest"_s, group->newest},
                          {u"notes"_s, QJsonArray::fromStringList(group->notes.mid(0, MaxSamples))},
                          {u"content"_s, QJsonArray::fromStringList(group->contents.mid(0, MaxSamples))}};
        }
        const std::optional<QList<VoteBehind>> votes = m_store.votesOn(hash, MaxVotes, error);
        if (!votes)
            return std::nullopt;
        QJsonArray voteJson;
        for (const VoteBehind& vote : *votes) {
            voteJson.append(QJsonObject{{u"voter"_s, vote.voter},
                                        {u"vote"_s, vote.vote},
                                        {u"at"_s, vote.votedAt},
                                        {u"quarantined"_s, vote.quarantined}});
        }
        const QString name = DecisionStore::name(*decision);
        const QString id = itemId(hash);
        entries.append({it.value(), id,
                        QJsonObject{{u"id"_s, id},
                                    {u"kind"_s, u"item"_s},
                                    {u"hash"_s, hash},
                                    {u"since"_s, it.value()},
                                    {u"reports"_s, reportJson},
                                    {u"disputed"_s, disputed},
                                    {u"decision"_s, name.isEmpty() ? QJsonValue() : QJsonValue(name)},
                                    {u"rating"_s, rating->rating.toJson(hash)},
                                    {u"votes"_s, voteJson}}});
    }
    for (const QuarantinedVoter& voter : *voters) {
        const QString id = voterId(voter.voter);
        entries.append({voter.since, id,
                        QJsonObject{{u"id"_s, id},
                                    {u"kind"_s, u"voter"_s},
                                    {u"voter"_s, voter.voter},
                                    {u"since"_s, voter.since},
                                    {u"reason"_s, voter.reason},
                                    {u"quarantined_by"_s, voter.quarantinedBy},
                                    {u"votes"_s, voter.votes}}});
    }
    std::sort(entries.begin(), entries.end(),
              [](const QueueEntry& a, const QueueEntry& b) { return before(a.since, a.id, b.since, b.id); });
    return entries;
}

} // namespace SafeScan
