#include "ItemRatingViewModel.h"

#include "CommunityClient.h"
#include "PayloadFields.h"
#include "community/CommunityJournal.h"
#include "community/CommunityOpinion.h"
#include "community/ItemHash.h"
#include "community/RatingService.h"
#include "safety/CommunityVerdict.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
// Cuts `text` to at most `bytes` UTF-8 bytes without splitting a character.
QString cutToUtf8Bytes(const QString& text, int bytes)
{
    if (text.toUtf8().size() <= bytes)
        return text;
    QString cut;
    int used = 0;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype step = (text.at(i).isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
        const int size = int(text.mid(i, step).toUtf8().size());
        if (used + size > bytes)
            break;
        cut += text.mid(i, step);
        used += size;
        i += step;
    }
    return cut;
}

std::optional<Vote> currentVote(VoteRepository& votes, const QString& hash)
{
    const std::optional<MyVote> stored = votes.vote(hash);
    return stored ? std::optional<Vote>(stored->vote) : std::nullopt;
}
} // namespace

ItemRatingViewModel::ItemRatingViewModel(CommunityClient* client, const ScanResult& result, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_result(result)
    , m_hash(ItemHash::of(result.payload))
    , m_label(labelFor(result))
    , m_local(result.verdict)
    , m_verdict(result.verdict)
{
    if (!m_client)
        return;
    connect(m_client, &CommunityClient::ratingUpdated, this, &ItemRatingViewModel::applyRatingUpdate);
    connect(m_client, &CommunityClient::votesChanged, this, &ItemRatingViewModel::reloadMyVote);
    m_myVote = currentVote(m_client->votes(), m_hash);
    m_client->ratings().watch(m_hash); // live updates of this item while the card shows it
}

ItemRatingViewModel::~ItemRatingViewModel()
{
    if (m_client)
        m_client->ratings().unwatch(m_hash);
}

QString ItemRatingViewModel::labelFor(const ScanResult& result)
{
    const QString type = PayloadFields::typeLabel(result.payload.type);
    switch (result.payload.type) {
    case PayloadType::Wifi:
    case PayloadType::Otp:
    case PayloadType::Binary:
        return type; // secrets or bytes: the type alone
    default:
        break;
    }
    QString text = result.verdict.destination.isEmpty() ? result.code.text : result.verdict.destination.url;
    text = text.simplified();
    if (text.size() > 80)
        text = text.left(79) + u'…';
    return type + u": "_s + text;
}

QString ItemRatingViewModel::shareableContent() const
{
    return cutToUtf8Bytes(m_result.code.text, MaxSharedBytes);
}

void ItemRatingViewModel::refresh(bool force)
{
    if (!m_client || m_busy)
        return;
    m_busy = true;
    m_state = m_rating ? m_state : RatingState::Loading;
    emit changed();
    m_client->ratings().lookup(
        m_hash, this, [this](const RatingLookup& lookup) { onLookup(lookup); }, force);
}

void ItemRatingViewModel::onLookup(const RatingLookup& lookup)
{
    m_busy = false;
    switch (lookup.source) {
    case RatingLookup::Source::Server:
        setRating(lookup.rating, RatingState::Live);
        break;
    case RatingLookup::Source::Cache:
        setRating(lookup.rating, lookup.error.ok() ? RatingState::Cached : RatingState::Offline);
        break;
    case RatingLookup::Source::None:
        setRating(std::nullopt, RatingState::Unknown);
        setMessage(CommunityText::errorSentence(lookup.error));
        break;
    }
}

void ItemRatingViewModel::setRating(const std::optional<RatingInfo>& rating, RatingState state)
{
    m_rating = rating;
    m_state = state;
    const Verdict combined =
        withCommunity(m_local, rating ? std::optional<CommunityOpinion>(opinionOf(*rating)) : std::nullopt);
    const bool verdictMoved = combined.level != m_verdict.level || combined.score != m_verdict.score ||
                              combined.reasons.size() != m_verdict.reasons.size();
    m_verdict = combined;
    emit changed();
    if (verdictMoved)
        emit verdictChanged(m_verdict);
}

void ItemRatingViewModel::applyRatingUpdate(const QString& hash, const RatingInfo& rating)
{
    if (hash != m_hash)
        return;
    if (m_rating == rating && m_state == RatingState::Live)
        return;
    setRating(rating, RatingState::Live);
}

void ItemRatingViewModel::reloadMyVote()
{
    const std::optional<Vote> vote = currentVote(m_client->votes(), m_hash);
    if (vote == m_myVote)
        return;
    m_myVote = vote;
    emit changed();
}

void ItemRatingViewModel::retract()
{
    castVote(std::nullopt);
}

void ItemRatingViewModel::castVote(std::optional<Vote> vote)
{
    if (!m_client) {
        setMessage(CommunityText::stateLabel(RatingState::NotAsked));
        return;
    }
    m_busy = true;
    emit changed();
    const auto done = [this, vote](const VoteResult& result) {
        m_busy = false;
        if (!result.recorded) {
            emit changed();
            setMessage(tr("Your vote could not be saved: %1").arg(result.localError));
            return;
        }
        m_myVote = vote;
        if (result.sent)
            setMessage(vote ? tr("Thank you: your vote was counted.") : tr("Your vote was retracted."));
        else
            setMessage(tr("Your vote is saved on this device and will be sent later. %1")
                           .arg(CommunityText::errorSentence(result.error)));
        if (result.rating)
            setRating(result.rating, RatingState::Live); // emits changed()
        else
            emit changed();
        m_client->notifyVotesChanged();
    };
    m_client->journal().setLabel(m_hash, m_label);
    if (vote)
        m_client->ratings().vote(m_hash, *vote, this, done);
    else
        m_client->ratings().retract(m_hash, this, done);
}

void ItemRatingViewModel::report(const QString& reason, const QString& note, bool shareContent)
{
    if (!m_client) {
        setMessage(CommunityText::stateLabel(RatingState::NotAsked));
        emit reportFinished(false, m_message);
        return;
    }
    const std::optional<QString> content =
        shareContent ? std::optional<QString>(shareableContent()) : std::nullopt;
    m_client->report(m_hash, m_label, reason, note, content, this, [this](qint64 id, const ApiError& error) {
        const bool ok = error.ok() && id > 0;
        const QString text =
            ok ? tr("Thank you: the moderators received your report.")
               : tr("The report could not be sent: %1").arg(CommunityText::errorSentence(error));
        setMessage(text);
        emit reportFinished(ok, text);
    });
}

void ItemRatingViewModel::setMessage(const QString& text)
{
    m_message = text;
    if (!text.isEmpty())
        emit message(text);
}

} // namespace SafeScan
