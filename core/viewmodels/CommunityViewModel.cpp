#include "CommunityViewModel.h"

#include "ItemRatingViewModel.h"
#include "ScanViewModel.h"
#include "community/CommunityJournal.h"
#include "community/ItemHash.h"
#include "community/RatingService.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

QStandardItem* cell(const QString& text, const QVariant& sortKey = {})
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(sortKey.isValid() ? sortKey : QVariant(text), CommunityViewModel::SortRole);
    return item;
}

QString shortHash(const QString& hash)
{
    return QCoreApplication::translate("SafeScan::CommunityViewModel", "item %1…").arg(hash.left(12));
}
} // namespace

CommunityViewModel::CommunityViewModel(CommunityClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    m_votes.setHorizontalHeaderLabels(
        {tr("Item"), tr("My vote"), tr("When"), tr("Community rating"), tr("Sent")});
    m_reports.setHorizontalHeaderLabels(
        {tr("Item"), tr("Reason"), tr("Content shared"), tr("When"), tr("Status")});
    connect(&m_client, &CommunityClient::votesChanged, this, &CommunityViewModel::reloadVotes);
    connect(&m_client, &CommunityClient::reportsChanged, this, &CommunityViewModel::reloadReports);
    connect(&m_client, &CommunityClient::ratingUpdated, this, &CommunityViewModel::onRatingUpdated);
    connect(&m_client, &CommunityClient::accountChanged, this, &CommunityViewModel::accountChanged);
}

void CommunityViewModel::reload()
{
    reloadVotes();
    reloadReports();
}

void CommunityViewModel::reloadVotes()
{
    QString error;
    const QList<MyVote> votes = m_client.votes().all(MaxVotesListed, &error);
    m_votes.removeRows(0, m_votes.rowCount());
    if (!error.isEmpty())
        setMessage(tr("Your votes cannot be read: %1").arg(error));
    for (const MyVote& vote : votes) {
        const QString label = m_client.journal().label(vote.contentHash);
        QList<QStandardItem*> row{
            cell(label.isEmpty() ? shortHash(vote.contentHash) : label),
            cell(vote.vote == Vote::Safe ? tr("Safe") : tr("Unsafe")),
            cell(CommunityText::formatTime(vote.votedAtMs), vote.votedAtMs),
            cell(tr("…")),
            cell(vote.synced ? tr("Sent") : tr("Waiting to be sent")),
        };
        row.first()->setData(vote.contentHash, HashRole);
        row.first()->setToolTip(vote.contentHash);
        m_votes.appendRow(row);
    }
    for (const MyVote& vote : votes)
        m_client.ratings().lookup(vote.contentHash, this, [this](const RatingLookup& lookup) {
            setRowRating(lookup.hash, lookup.rating
                                          ? CommunityText::ratingSummary(*lookup.rating)
                                          : CommunityText::stateLabel(CommunityText::RatingState::Unknown));
        });
}

void CommunityViewModel::reloadReports()
{
    QString error;
    const QList<MyReport> reports = m_client.journal().reports(&error);
    m_reports.removeRows(0, m_reports.rowCount());
    for (const MyReport& report : reports) {
        QList<QStandardItem*> row{
            cell(report.label.isEmpty() ? shortHash(report.hash) : report.label),
            cell(CommunityText::reportReasonLabel(report.reason)),
            cell(report.contentShared ? tr("Yes") : tr("No")),
            cell(CommunityText::formatTime(report.atMs), report.atMs),
            cell(report.serverId > 0 ? tr("Received (#%1)").arg(report.serverId)
                                     : tr("Not sent: %1").arg(report.error)),
        };
        row.first()->setData(report.hash, HashRole);
        m_reports.appendRow(row);
    }
}

void CommunityViewModel::setRowRating(const QString& hash, const QString& text)
{
    for (int row = 0; row < m_votes.rowCount(); ++row)
        if (m_votes.item(row, VoteItemColumn)->data(HashRole).toString() == hash)
            m_votes.item(row, VoteRatingColumn)->setText(text);
}

void CommunityViewModel::onRatingUpdated(const QString& hash, const RatingInfo& rating)
{
    setRowRating(hash, CommunityText::ratingSummary(rating));
    if (m_lookup.hash == hash && !m_lookupRunning) {
        m_lookup.rating = rating;
        m_lookup.state = CommunityText::RatingState::Live;
        m_lookup.text = CommunityText::ratingSummary(rating);
        emit lookupFinished();
    }
}

void CommunityViewModel::retractRow(int row)
{
    if (row < 0 || row >= m_votes.rowCount())
        return;
    const QString hash = m_votes.item(row, VoteItemColumn)->data(HashRole).toString();
    m_client.ratings().retract(hash, this, [this](const VoteResult& result) {
        if (!result.recorded)
            setMessage(tr("Your vote could not be retracted: %1").arg(result.localError));
        else if (!result.sent)
            setMessage(tr("Retracted on this device; the server will be told later. %1")
                           .arg(CommunityText::errorSentence(result.error)));
        else
            setMessage(tr("Your vote was retracted."));
        m_client.notifyVotesChanged();
    });
}

void CommunityViewModel::lookup(const QString& text)
{
    const QString input = text.trimmed();
    m_lookup = {};
    m_lookup.input = input;
    if (input.isEmpty()) {
        m_lookup.text = tr("Type or paste a link or any text to look up.");
        emit lookupFinished();
        return;
    }
    DecodedCode code;
    code.text = input;
    ScanResult result;
    result.code = code;
    result.payload = ScanViewModel::parseCode(code);
    m_lookup.hash = ItemHash::of(result.payload);
    m_lookup.label = ItemRatingViewModel::labelFor(result);
    m_lookup.state = CommunityText::RatingState::Loading;
    m_lookup.text = CommunityText::stateLabel(m_lookup.state);
    m_lookupRunning = true;
    m_client.ratings().lookup(
        m_lookup.hash, this, [this](const RatingLookup& lookup) { onLookup(lookup); }, true);
}

void CommunityViewModel::onLookup(const RatingLookup& lookup)
{
    if (lookup.hash != m_lookup.hash)
        return; // an older lookup
    m_lookupRunning = false;
    m_lookup.rating = lookup.rating;
    switch (lookup.source) {
    case RatingLookup::Source::Server:
        m_lookup.state = CommunityText::RatingState::Live;
        break;
    case RatingLookup::Source::Cache:
        m_lookup.state =
            lookup.error.ok() ? CommunityText::RatingState::Cached : CommunityText::RatingState::Offline;
        break;
    case RatingLookup::Source::None:
        m_lookup.state = CommunityText::RatingState::Unknown;
        break;
    }
    if (m_lookup.rating) {
        m_lookup.text = CommunityText::ratingSummary(*m_lookup.rating);
        const QString state = CommunityText::stateLabel(m_lookup.state);
        if (!state.isEmpty())
            m_lookup.text += u" ("_s + state + u')';
    } else {
        m_lookup.text =
            CommunityText::stateLabel(m_lookup.state) + u' ' + CommunityText::errorSentence(lookup.error);
    }
    emit lookupFinished();
}

void CommunityViewModel::setMessage(const QString& text)
{
    m_message = text;
    emit message(text);
}

} // namespace SafeScan
