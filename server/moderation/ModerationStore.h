#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace SafeScan {

class Database;

// What a moderator can do (SPEC §8), as POST /v1/moderation/actions names it.
enum class ModerationActionKind
{
    ConfirmSafe,     // "confirm_safe":     item → decided safe; closes its open reports
    ConfirmUnsafe,   // "confirm_unsafe":   item → decided unsafe; closes its open reports
    ClearDecision,   // "clear_decision":   item → community verdict again
    DismissReports,  // "dismiss_reports":  one report, or every open report of an item
    QuarantineVoter, // "quarantine_voter": every vote of a pseudonym stops counting, new ones too
    RestoreVoter,    // "restore_voter":    a quarantined pseudonym's votes count again
    Lock,            // "lock":             item → its rating is kept by retention however old
    Unlock,          // "unlock":           item → retention may drop its rating again
};

std::optional<ModerationActionKind> moderationActionFromName(const QString& name);
QString moderationActionName(ModerationActionKind kind);
QStringList moderationActionNames();
// Whether the action's subject is a voter (else an item or a report).
bool actsOnVoter(ModerationActionKind kind);

struct ModerationAction
{
    ModerationActionKind kind = ModerationActionKind::ConfirmSafe;
    QString itemHash;    // item actions, and dismiss_reports by item
    QString voter;       // voter actions
    qint64 reportId = 0; // dismiss_reports of one report
    QString reason;      // the moderator's reason, required
    QString actor;       // who acts: the moderator's username
};

struct ModerationOutcome
{
    enum class Status
    {
        Done,
        NotFound, // no such report / voter
        Conflict, // the item carries the opposite decision: clear it first
        Failed,   // the database failed; nothing changed
    };
    Status status = Status::Failed;
    QString message;           // for NotFound, Conflict and Failed
    bool changed = false;      // false: already so (idempotent repeat), no audit row written
    qint64 auditId = 0;        // the audit_log row, when changed
    QString subject;           // the item hash or the voter pseudonym acted on
    QStringList affectedItems; // items whose rating may have changed
    int votes = 0;             // votes quarantined or restored
    int reports = 0;           // reports closed
};

struct OpenReport
{
    qint64 id = 0;
    QString itemHash;
    QString reason;
    QString note;                   // empty when none
    std::optional<QString> content; // only when the reporter consented
    qint64 createdAt = 0;
};

// One vote behind an item, as moderators see it (pseudonym, never a device or address).
struct VoteBehind
{
    QString voter;
    QString vote; // "safe" / "unsafe"
    qint64 votedAt = 0;
    bool quarantined = false;
};

struct QuarantinedVoter
{
    QString voter; // pseudonym
    QString reason;
    QString quarantinedBy; // "system:spam" or a moderator's username
    qint64 since = 0;
    int votes = 0; // every vote of the voter (all quarantined)
};

// The moderation tables (the migration "moderation decisions, ..."): each action changes its subject and
// writes its audit_log row in ONE transaction; reads feed ModerationQueue. Portable SQL (SqlDialect.h).
class ModerationStore
{
public:
    explicit ModerationStore(Database& database);

    ModerationOutcome apply(const ModerationAction& action);

    // Every quarantined voter (the queue pages them itself: QueueStore).
    std::optional<QList<QuarantinedVoter>> quarantinedVoters(QString& error);
    // The newest `limit` votes on an item, quarantined ones included.
    std::optional<QList<VoteBehind>> votesOn(const QString& itemHash, int limit, QString& error);
    // The username of an account; nullopt with `error` empty when there is none.
    std::optional<QString> username(qint64 accountId, QString& error);
    // Whether a moderator locked the item (the "lock" action).
    std::optional<bool> isLocked(const QString& itemHash, QString& error);

private:
    ModerationOutcome decide(QSqlDatabase& db, const ModerationAction& action);
    ModerationOutcome clearDecision(QSqlDatabase& db, const ModerationAction& action);
    ModerationOutcome dismissReports(QSqlDatabase& db, const ModerationAction& action);
    ModerationOutcome quarantineVoter(QSqlDatabase& db, const ModerationAction& action);
    ModerationOutcome restoreVoter(QSqlDatabase& db, const ModerationAction& action);
    ModerationOutcome lock(QSqlDatabase& db, const ModerationAction& action);
    ModerationOutcome unlock(QSqlDatabase& db, const ModerationAction& action);
    bool writeAudit(QSqlDatabase& db, const ModerationAction& action, ModerationOutcome& outcome);

    Database& m_database;
};

} // namespace SafeScan
