#include "CommunityText.h"

#include "NameLabels.h"
#include "api/ModerationTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace SafeScan::CommunityText {

namespace {
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate(context, text, disambiguation, n);
}
int percent(double value)
{
    return int(std::lround(value * 100));
}
} // namespace

QString verdictLabel(RatingVerdict verdict)
{
    switch (verdict) {
    case RatingVerdict::Safe:
        return tr("Rated safe");
    case RatingVerdict::Unsafe:
        return tr("Rated unsafe");
    case RatingVerdict::Disputed:
        return tr("Disputed");
    case RatingVerdict::Unrated:
        return tr("Not rated yet");
    }
    return tr("Not rated yet");
}

QString ratingSummary(const RatingInfo& rating)
{
    const int votes = rating.safe + rating.unsafe;
    QString text = verdictLabel(rating.verdict);
    if (rating.moderated)
        text += tr(" by a moderator");
    if (votes == 0)
        return text + u" · "_s + tr("no votes");
    return text + u" · "_s +
           tr("%1% safe · confidence %2% · %n vote(s) (%3 safe, %4 unsafe)", nullptr, votes)
               .arg(percent(rating.score))
               .arg(percent(rating.confidence))
               .arg(rating.safe)
               .arg(rating.unsafe);
}

QString stateLabel(RatingState state)
{
    switch (state) {
    case RatingState::NotAsked:
        return tr("not connected to a SafeScan server");
    case RatingState::Loading:
        return tr("asking the community…");
    case RatingState::Live:
        return {};
    case RatingState::Cached:
        return tr("cached");
    case RatingState::Offline:
        return tr("offline: showing the last known rating");
    case RatingState::Unknown:
        return tr("unknown: the server could not be reached and nothing is cached");
    }
    return {};
}

QString myVoteLabel(const std::optional<Vote>& vote)
{
    if (!vote)
        return tr("You have not voted");
    return *vote == Vote::Safe ? tr("You voted safe") : tr("You voted unsafe");
}

QString errorSentence(const ApiError& error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return tr("The SafeScan server cannot be reached.");
    case ApiError::Kind::CircuitOpen:
        return tr("The SafeScan server failed several times; SafeScan waits a minute before asking again.");
    case ApiError::Kind::Cancelled:
        return tr("Cancelled.");
    case ApiError::Kind::Parse:
        return tr("The server's answer could not be read.");
    case ApiError::Kind::Invalid:
        if (error.code == u"not_signed_in"_s)
            return tr("Sign in (or register this device) in Settings first.");
        if (error.code == u"no_server"_s)
            return tr("No SafeScan server is set in Settings.");
        return error.message;
    case ApiError::Kind::Http:
        break;
    }
    if (error.httpStatus == 429) {
        const qint64 seconds = error.retryAfterMs > 0 ? (error.retryAfterMs + 999) / 1000 : 0;
        return seconds > 0 ? tr("Too many requests; try again in %n second(s).", nullptr, int(seconds))
                           : tr("Too many requests; try again later.");
    }
    if (error.httpStatus == 401)
        return tr("The server did not accept your sign-in; sign in again in Settings.");
    if (error.httpStatus == 403)
        return tr("Your account may not do this.");
    if (error.httpStatus == 404)
        return tr("The server no longer knows this item (it may have been resolved already).");
    if (error.httpStatus == 409)
        return tr("The item carries the opposite decision; clear that decision first.");
    if (error.httpStatus >= 500)
        return tr("The server had a problem (%1); try again later.").arg(error.httpStatus);
    return error.message.isEmpty() ? tr("The server refused the request (%1).").arg(error.httpStatus)
                                   : tr("The server refused the request: %1").arg(error.message);
}

QString formatTime(qint64 epochMs)
{
    if (epochMs <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(epochMs).toLocalTime(), QLocale::ShortFormat);
}

QString moderationActionLabel(const QString& actionName)
{
    const std::optional<ModerationAction> action = moderationActionFromName(actionName);
    if (!action) {
        if (actionName == u"quarantine_votes"_s)
            return tr("Spam quarantine");
        if (actionName == u"add_user"_s)
            return tr("Add user");
        if (actionName == u"set_role"_s)
            return tr("Set role");
        return actionName;
    }
    switch (*action) {
    case ModerationAction::ConfirmSafe:
        return tr("Confirm safe");
    case ModerationAction::ConfirmUnsafe:
        return tr("Confirm unsafe");
    case ModerationAction::ClearDecision:
        return tr("Clear decision");
    case ModerationAction::DismissReports:
        return tr("Dismiss reports");
    case ModerationAction::QuarantineVoter:
        return tr("Quarantine voter");
    case ModerationAction::RestoreVoter:
        return tr("Restore voter");
    case ModerationAction::Lock:
        return tr("Lock rating");
    case ModerationAction::Unlock:
        return tr("Unlock rating");
    }
    return actionName;
}

namespace {
constexpr NameLabel kReportReasons[] = {
    {u"phishing", QT_TRANSLATE_NOOP("SafeScan::CommunityText", "Phishing (steals passwords or data)")},
    {u"malware", QT_TRANSLATE_NOOP("SafeScan::CommunityText", "Malware (harmful download)")},
    {u"scam", QT_TRANSLATE_NOOP("SafeScan::CommunityText", "Scam or fraud")},
    {u"other", QT_TRANSLATE_NOOP("SafeScan::CommunityText", "Something else")},
};
} // namespace

QString reportReasonLabel(const QString& reason)
{
    return labelFor(kReportReasons, context, reason);
}

QStringList reportReasons()
{
    QStringList names;
    for (const NameLabel& reason : kReportReasons)
        names << QString::fromUtf16(reason.name);
    return names;
}

} // namespace SafeScan::CommunityText
