#include "RatingInfo.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

bool isHexHash(const QString& text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

} // namespace

QString ratingVerdictName(RatingVerdict verdict)
{
    switch (verdict) {
    case RatingVerdict::Unrated:
        return u"unrated"_s;
    case RatingVerdict::Safe:
        return u"safe"_s;
    case RatingVerdict::Unsafe:
        return u"unsafe"_s;
    case RatingVerdict::Disputed:
        return u"disputed"_s;
    }
    return {};
}

std::optional<RatingVerdict> ratingVerdictFromName(QStringView name)
{
    for (RatingVerdict v :
         {RatingVerdict::Unrated, RatingVerdict::Safe, RatingVerdict::Unsafe, RatingVerdict::Disputed})
        if (name == ratingVerdictName(v))
            return v;
    return std::nullopt;
}

RatingInfo RatingInfo::unrated(const QString& hash)
{
    RatingInfo info;
    info.hash = hash.toLower();
    return info;
}

std::optional<RatingInfo> RatingInfo::fromJson(const QJsonObject& json, QString* error)
{
    const auto fail = [error](const QString& why) -> std::optional<RatingInfo> {
        if (error)
            *error = u"Bad rating: "_s + why;
        return std::nullopt;
    };
    RatingInfo info;
    info.hash = json.value(u"hash"_s).toString().toLower();
    if (!isHexHash(info.hash))
        return fail(u"\"hash\" is not 64 hex digits"_s);
    const QJsonValue score = json.value(u"score"_s);
    const QJsonValue confidence = json.value(u"confidence"_s);
    if (!score.isDouble() || !confidence.isDouble())
        return fail(u"\"score\" or \"confidence\" is not a number"_s);
    info.score = score.toDouble();
    info.confidence = confidence.toDouble();
    if (!(info.score >= 0 && info.score <= 1) || !(info.confidence >= 0 && info.confidence <= 1))
        return fail(u"\"score\" or \"confidence\" is outside 0..1"_s);
    const QJsonValue safe = json.value(u"safe"_s);
    const QJsonValue unsafe = json.value(u"unsafe"_s);
    if (!safe.isDouble() || !unsafe.isDouble() || safe.toDouble() < 0 || unsafe.toDouble() < 0 ||
        safe.toDouble() > 1e9 || unsafe.toDouble() > 1e9)
        return fail(u"\"safe\" or \"unsafe\" is not a vote count"_s);
    info.safe = int(safe.toDouble());
    info.unsafe = int(unsafe.toDouble());
    const std::optional<RatingVerdict> verdict = ratingVerdictFromName(json.value(u"verdict"_s).toString());
    if (!verdict)
        return fail(u"unknown \"verdict\""_s);
    info.verdict = *verdict;
    const QJsonValue moderated = json.value(u"moderated"_s);
    if (!moderated.isBool())
        return fail(u"\"moderated\" is not a boolean"_s);
    info.moderated = moderated.toBool();
    return info;
}

QJsonObject RatingInfo::toJson() const
{
    return QJsonObject{
        {u"hash"_s, hash},           {u"score"_s, score},   {u"confidence"_s, confidence},
        {u"safe"_s, safe},           {u"unsafe"_s, unsafe}, {u"verdict"_s, ratingVerdictName(verdict)},
        {u"moderated"_s, moderated},
    };
}

} // namespace SafeScan
