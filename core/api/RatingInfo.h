#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace SafeScan {

enum class RatingVerdict
{
    Unrated,
    Safe,
    Unsafe,
    Disputed,
};

QString ratingVerdictName(RatingVerdict verdict); // "unrated", "safe", "unsafe", "disputed"
std::optional<RatingVerdict> ratingVerdictFromName(QStringView name);

// One item's community rating as GET /v1/ratings and PUT /v1/votes answer it (docs/api.md).
struct RatingInfo
{
    QString hash;            // 64 lowercase hex digits
    double score = 0.5;      // weighted share of safe votes
    double confidence = 0.0; // 0..1, 1 − width of the Wilson interval
    int safe = 0;
    int unsafe = 0;
    RatingVerdict verdict = RatingVerdict::Unrated;
    bool moderated = false; // the verdict is a moderator's decision

    // A rating with no votes, for an item the server has no rating of.
    static RatingInfo unrated(const QString& hash);
    // The object as the server sends it; nothing (with `error`) when a field is missing or wrong.
    static std::optional<RatingInfo> fromJson(const QJsonObject& json, QString* error = nullptr);
    QJsonObject toJson() const;
    friend bool operator==(const RatingInfo&, const RatingInfo&) = default;
};

} // namespace SafeScan
