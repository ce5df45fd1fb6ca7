#pragma once

#include "RatingInfo.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace SafeScan {

// The moderation actions of POST /v1/moderation/actions (docs/api.md).
enum class ModerationAction
{
    ConfirmSafe,
    ConfirmUnsafe,
    ClearDecision,
    DismissReports,
    QuarantineVoter,
    RestoreVoter,
    Lock,
    Unlock,
};

QString moderationActionName(ModerationAction action); // "confirm_safe", ...
std::optional<ModerationAction> moderationActionFromName(QStringView name);
QList<ModerationAction> allModerationActions();
// quarantine_voter and restore_voter act on a voter pseudonym; the others on an item.
bool actsOnVoter(ModerationAction action);

// One vote behind a queued item, under the voter's pseudonym.
struct ModerationVote
{
    QString voter;
    QString vote; // "safe" or "unsafe"
    qint64 atMs = 0;
    bool quarantined = false;
    friend bool operator==(const ModerationVote&, const ModerationVote&) = default;
};

// One entry of GET /v1/moderation/queue: an item (reported or disputed) or a quarantined voter.
struct ModerationEntry
{
    enum class Kind
    {
        Item,
        Voter,
    };
    QString id; // "item:HASH" or "voter:PSEUDONYM", the subject of an action
    Kind kind = Kind::Item;
    qint64 sinceMs = 0;

    // Item entries.
    QString hash;
    int openReports = 0;
    QList<qint64> reportIds;
    QMap<QString, int> reportReasons; // reason → count
    qint64 newestReportMs = 0;
    QStringList notes;
    QStringList contents; // only what reporters agreed to share
    bool disputed = false;
    QString decision; // "", "safe" or "unsafe"
    std::optional<RatingInfo> rating;
    QList<ModerationVote> votes; // newest 50

    // Voter entries.
    QString voter;
    QString voterReason; // e.g. "repeated_voting"
    QString quarantinedBy;
    int voterVotes = 0;

    // Client-side state: an action on this entry is on its way (optimistic UI).
    bool locked = false;
    QString pendingAction;

    static std::optional<ModerationEntry> fromJson(const QJsonObject& json, QString* error = nullptr);
    friend bool operator==(const ModerationEntry&, const ModerationEntry&) = default;
};

// One row of GET /v1/moderation/audit.
struct AuditRecord
{
    qint64 id = 0;
    qint64 atMs = 0;
    QString actor;
    QString action;
    QString subject;
    QString reason;
    QString detail; // JSON text, may be empty

    static std::optional<AuditRecord> fromJson(const QJsonObject& json, QString* error = nullptr);
    friend bool operator==(const AuditRecord&, const AuditRecord&) = default;
};

// The answer of POST /v1/moderation/actions.
struct ModerationOutcome
{
    QString action;
    QString id;
    bool changed = false;
    qint64 auditId = 0; // 0 when nothing changed
    // Item actions.
    std::optional<RatingInfo> rating;
    std::optional<bool> locked;
    int reports = 0;
    // Voter actions.
    int votes = 0;
    int items = 0;

    static std::optional<ModerationOutcome> fromJson(const QJsonObject& json, QString* error = nullptr);
};

} // namespace SafeScan
