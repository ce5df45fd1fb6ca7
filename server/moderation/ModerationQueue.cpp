#include "ModerationQueue.h"

#include "DecisionStore.h"
#include "ModerationStore.h"
#include "QueueStore.h"
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

ModerationQueue::ModerationQueue(ModerationStore& store, QueueStore& queue, const RatingQuery& ratings,
                                 const DecisionStore& decisions)
    : m_store(store)
    , m_queue(queue)
    , m_ratings(ratings)
    , m_decisions(decisions)
{}

std::optional<QueueEntry> ModerationQueue::entryOf(const QueueCandidate& candidate, QString& error) const
{
    error.clear();
    if (candidate.kind == QueueCandidate::Kind::Voter) {
        const std::optional<QuarantinedVoter> voter = m_queue.quarantinedVoter(candidate.subject, error);
        if (!voter)
            return std::nullopt;
        return QueueEntry{candidate.since, candidate.id,
                          QJsonObject{{u"id"_s, candidate.id},
                                      {u"kind"_s, u"voter"_s},
                                      {u"voter"_s, voter->voter},
                                      {u"since"_s, candidate.since},
                                      {u"reason"_s, voter->reason},
                                      {u"quarantined_by"_s, voter->quarantinedBy},
                                      {u"votes"_s, voter->votes}}};
    }
    const QString& hash = candidate.subject;
    const std::optional<ItemRating> rating = m_ratings.ratingOf(hash, error);
    if (!rating)
        return std::nullopt;
    const bool disputed = rating->rating.verdict == u"disputed"_s;
    if (candidate.kind == QueueCandidate::Kind::ContestedItem && !disputed)
        return std::nullopt; // votes on both sides, but not (yet) enough to be disputed
    QJsonObject reportJson{{u"open"_s, 0},
                           {u"ids"_s, QJsonArray()},
                           {u"reasons"_s, QJsonObject()},
                           {u"newest"_s, QJsonValue::Null},
                           {u"notes"_s, QJsonArray()},
                           {u"content"_s, QJsonArray()}};
    if (candidate.kind == QueueCandidate::Kind::ReportedItem) {
        const std::optional<QList<OpenReport>> reports = m_queue.openReportsOf(hash, error);
        if (!reports)
            return std::nullopt;
        if (reports->isEmpty())
            return std::nullopt; // resolved since the candidates were read
        ReportGroup group;
        for (const OpenReport& report : *reports) {
            group.ids.append(report.id);
            group.reasons[report.reason] += 1;
            group.newest = std::max(group.newest, report.createdAt);
            if (!report.note.isEmpty())
                group.notes.prepend(report.note);
            if (report.content && !group.contents.contains(*report.content))
                group.contents.prepend(*report.content);
        }
        QJsonObject reasons;
        for (auto reason = group.reasons.constBegin(); reason != group.reasons.constEnd(); ++reason)
            reasons.insert(reason.key(), reason.value());
        reportJson = {{u"open"_s, int(group.ids.size())},
                      {u"ids"_s, group.ids},
                      {u"reasons"_s, reasons},
                      {u"newest"_s, group.newest},
                      {u"notes"_s, QJsonArray::fromStringList(group.notes.mid(0, MaxSamples))},
                      {u"content"_s, QJsonArray::fromStringList(group.contents.mid(0, MaxSamples))}};
    }
    const std::optional<ModeratorDecision> decision = m_decisions.decisionOf(hash, error);
    if (!decision)
        return std::nullopt;
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
    return QueueEntry{candidate.since, candidate.id,
                      QJsonObject{{u"id"_s, candidate.id},
                                  {u"kind"_s, u"item"_s},
                                  {u"hash"_s, hash},
                                  {u"since"_s, candidate.since},
                                  {u"reports"_s, reportJson},
                                  {u"disputed"_s, disputed},
                                  {u"decision"_s, name.isEmpty() ? QJsonValue() : QJsonValue(name)},
                                  {u"rating"_s, rating->rating.toJson(hash)},
                                  {u"votes"_s, voteJson}}};
}

std::optional<QueuePage> ModerationQueue::page(const std::optional<QueueCursor>& after, int limit,
                                               QString& error) const
{
    QueuePage page;
    limit = std::max(limit, 1);
    std::optional<std::pair<qint64, QString>> from;
    if (after)
        from = std::pair{after->since, after->id};
    // Candidates come in chunks until the page and one more entry (which says "next") are found:
    // a skipped candidate (contested, not disputed) only costs another chunk.
    const int chunk = std::min(limit + 1, 500);
    bool more = true;
    while (more && page.entries.size() <= limit) {
        const std::optional<QList<QueueCandidate>> candidates = m_queue.candidates(from, chunk, error);
        if (!candidates)
            return std::nullopt;
        more = candidates->size() == chunk;
        for (const QueueCandidate& candidate : *candidates) {
            from = std::pair{candidate.since, candidate.id};
            std::optional<QueueEntry> entry = entryOf(candidate, error);
            if (!entry) {
                if (!error.isEmpty())
                    return std::nullopt;
                continue;
            }
            if (page.entries.size() == limit) {
                const QueueEntry& last = page.entries.constLast();
                page.next = QueueCursor{last.since, last.id};
                more = false;
                break;
            }
            page.entries.append(std::move(*entry));
        }
    }

    const std::optional<qint64> listed = m_queue.reportedItemsAndVoters(error);
    if (!listed)
        return std::nullopt;
    const std::optional<QStringList> contested = m_queue.contestedItems(error);
    if (!contested)
        return std::nullopt;
    page.total = *listed;
    for (const QString& hash : *contested) {
        const std::optional<ItemRating> rating = m_ratings.ratingOf(hash, error);
        if (!rating)
            return std::nullopt;
        if (rating->rating.verdict == u"disputed"_s)
            ++page.total;
    }
    return page;
}

std::optional<QList<QueueEntry>> ModerationQueue::entries(QString& error) const
{
    QList<QueueEntry> entries;
    std::optional<QueueCursor> after;
    for (;;) {
        const std::optional<QueuePage> page = this->page(after, 200, error);
        if (!page)
            return std::nullopt;
        entries.append(page->entries);
        if (!page->next)
            return entries;
        after = page->next;
    }
}

} // namespace SafeScan
