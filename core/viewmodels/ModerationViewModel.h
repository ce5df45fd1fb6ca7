#pragma once

#include "AuditModel.h"
#include "CommunityClient.h"
#include "ModerationQueueModel.h"
#include "api/ApiContext.h"
#include "api/ModerationTypes.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <optional>

namespace SafeScan {

class ApiCall;
class ApiExecutor;

// The Moderation view (issue 7, SPEC §8), for moderators and admins only: the queue (paged through
// the server's cursor; sorted by the view), the opened item's detail and decision history (from the
// audit log), actions with a required reason, shown at once (optimistic) and rolled back with a
// clear message when the server refuses, the audit log (AuditModel) and presence: which other
// moderator has which item open.
//
// Live hooks (the WebSocket client calls these; until then the view refreshes over REST):
// applyModerationEvent() for `moderation` channel messages, setPresence() for presence messages;
// openedItemChanged() is what this moderator should announce as presence.
class ModerationViewModel : public QObject
{
    Q_OBJECT
public:
    static constexpr int PageSize = 50;

    ModerationViewModel(ApiExecutor& executor, const ApiContext& context, QObject* parent = nullptr);

    void setAccount(const CommunityAccount& account);
    const CommunityAccount& account() const { return m_account; }
    bool isAllowed() const { return m_account.canModerate(); }

    ModerationQueueModel* queueModel() { return &m_queueModel; }
    AuditModel* auditModel() { return &m_audit; }
    const QList<ModerationEntry>& entries() const { return m_entries; }
    std::optional<ModerationEntry> entry(const QString& id) const;
    int total() const { return m_total; }
    bool hasMore() const { return !m_next.isEmpty(); }
    bool isLoading() const { return !m_queueCall.isNull(); }
    bool isActing() const { return m_pending.has_value(); }
    QString lastMessage() const { return m_message; }

    // Reads the queue's first page again (and the audit log when it was loaded).
    bool refresh();
    // Appends the next page.
    bool loadMore();

    void openItem(const QString& id);
    QString openedItem() const { return m_opened; }
    // Audit entries about the entry's subject (hash or pseudonym), newest first.
    QList<AuditRecord> decisionHistory(const QString& id) const;
    // What may be done with the entry now.
    static QList<ModerationAction> availableActions(const ModerationEntry& entry);

    // Sends the action with its reason (required). The queue shows its effect at once; on failure
    // it is undone and message() says why. False (nothing sent) when not allowed, another action is
    // on its way, the entry is unknown or the reason is empty.
    bool act(ModerationAction action, const QString& id, const QString& reason);

    // Presence hook: `moderator` has `item` open (empty: none).
    void setPresence(const QString& moderator, const QString& item);
    // This moderator's own presence name, left out of claims.
    void setOwnPresenceName(const QString& name) { m_ownPresence = name; }
    // Other moderators who have the entry open.
    QStringList claimedBy(const QString& id) const;
    // Live hook: a `moderation` channel message ({"type": "queue_changed", ...}); refreshes.
    void applyModerationEvent(const QJsonObject& data);

signals:
    void entriesChanged();
    void allowedChanged(bool allowed);
    void openedItemChanged(const QString& id);
    void presenceChanged();
    void message(const QString& text);
    void actionFinished(const QString& action, const QString& id, bool ok, const QString& text);

private:
    struct Pending
    {
        ModerationAction action;
        QString id;
        QList<ModerationEntry> before;
    };
    bool fetch(const QString& after);
    void applyOptimistic(ModerationAction action, const QString& id);
    void onActionFinished(const ApiCall& call);
    void publish();
    void setMessage(const QString& text);
    bool refuseUnlessAllowed();

    ApiExecutor& m_executor;
    ApiContext m_context;
    CommunityAccount m_account;
    ModerationQueueModel m_queueModel;
    AuditModel m_audit;
    QList<ModerationEntry> m_entries;
    int m_total = 0;
    QString m_next;
    QPointer<ApiCall> m_queueCall;
    std::optional<Pending> m_pending;
    QString m_opened;
    QString m_ownPresence;
    QMap<QString, QString> m_presence; // moderator → item id
    QString m_message;
};

} // namespace SafeScan
