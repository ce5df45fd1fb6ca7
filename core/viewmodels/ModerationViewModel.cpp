#include "ModerationViewModel.h"

#include "CommunityText.h"
#include "ViewModelsLog.h"
#include "api/ApiExecutor.h"
#include "api/ModerationActionJob.h"
#include "api/ModerationQueueJob.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SafeScan {

ModerationViewModel::ModerationViewModel(ApiExecutor& executor, const ApiContext& context, QObject* parent)
    : QObject(parent)
    , m_executor(executor)
    , m_context(context)
    , m_audit(executor, context)
{
    connect(&m_audit, &AuditModel::failed, this, &ModerationViewModel::setMessage);
}

void ModerationViewModel::setAccount(const CommunityAccount& account)
{
    const bool wasAllowed = isAllowed();
    m_account = account;
    m_audit.setAllowed(isAllowed());
    if (wasAllowed == isAllowed())
        return;
    if (!isAllowed()) { // signed out or demoted: nothing of the queue stays on screen
        if (m_queueCall)
            m_queueCall->cancel();
        m_entries.clear();
        m_total = 0;
        m_next.clear();
        m_opened.clear();
        publish();
    }
    emit allowedChanged(isAllowed());
}

bool ModerationViewModel::refuseUnlessAllowed()
{
    if (isAllowed())
        return false;
    setMessage(tr("Only moderators and administrators can use the moderation queue."));
    return true;
}

std::optional<ModerationEntry> ModerationViewModel::entry(const QString& id) const
{
    for (const ModerationEntry& e : m_entries)
        if (e.id == id)
            return e;
    return std::nullopt;
}

bool ModerationViewModel::refresh()
{
    if (refuseUnlessAllowed())
        return false;
    if (m_audit.rowCount() > 0 || !m_audit.allEntries().isEmpty())
        m_audit.reload();
    return fetch({});
}

bool ModerationViewModel::loadMore()
{
    if (refuseUnlessAllowed() || m_next.isEmpty() || isLoading())
        return false;
    return fetch(m_next);
}

bool ModerationViewModel::fetch(const QString& after)
{
    if (m_queueCall)
        m_queueCall->cancel();
    m_queueCall = m_executor.run(new ModerationQueueJob(m_context, PageSize, after), this,
                                 [this, after](const ApiCall& call) {
                                     if (&call != m_queueCall.data())
                                         return;
                                     m_queueCall.clear();
                                     if (!call.error().ok()) {
                                         if (call.error().kind != ApiError::Kind::Cancelled)
                                             setMessage(tr("The moderation queue could not be read: %1")
                                                            .arg(CommunityText::errorSentence(call.error())));
                                         return;
                                     }
                                     const auto* job = static_cast<const ModerationQueueJob*>(call.job());
                                     if (after.isEmpty())
                                         m_entries.clear();
                                     for (const ModerationEntry& e : job->entries())
                                         if (!entry(e.id))
                                             m_entries.append(e);
                                     m_total = job->total();
                                     m_next = job->next();
                                     // An action on its way keeps showing its effect.
                                     if (m_pending)
                                         applyOptimistic(m_pending->action, m_pending->id);
                                     publish();
                                 });
    m_queueCall->setParent(this); // a request dies with the view-model
    return true;
}

void ModerationViewModel::openItem(const QString& id)
{
    if (id == m_opened)
        return;
    m_opened = id;
    emit openedItemChanged(id);
}

QList<AuditRecord> ModerationViewModel::decisionHistory(const QString& id) const
{
    const qsizetype colon = id.indexOf(u':');
    return colon < 0 ? QList<AuditRecord>{} : m_audit.entriesFor(id.mid(colon + 1));
}

QList<ModerationAction> ModerationViewModel::availableActions(const ModerationEntry& entry)
{
    if (entry.kind == ModerationEntry::Kind::Voter)
        return {ModerationAction::RestoreVoter};
    QList<ModerationAction> actions;
    if (entry.decision != u"unsafe"_s)
        actions.append(ModerationAction::ConfirmSafe);
    if (entry.decision != u"safe"_s)
        actions.append(ModerationAction::ConfirmUnsafe);
    if (!entry.decision.isEmpty())
        actions.append(ModerationAction::ClearDecision);
    if (entry.openReports > 0)
        actions.append(ModerationAction::DismissReports);
    actions.append(entry.locked ? ModerationAction::Unlock : ModerationAction::Lock);
    return actions;
}

void ModerationViewModel::applyOptimistic(ModerationAction action, const QString& id)
{
    const QString name = moderationActionName(action);
    auto it = std::find_if(m_entries.begin(), m_entries.end(),
                           [&](const ModerationEntry& e) { return e.id == id; });
    const bool found = it != m_entries.end();
    switch (action) {
    case ModerationAction::ConfirmSafe:
    case ModerationAction::ConfirmUnsafe:
    case ModerationAction::RestoreVoter:
        if (found)
            m_entries.erase(it); // decided (reports closed) or no longer quarantined: resolved
        if (action == ModerationAction::RestoreVoter)
            for (ModerationEntry& e : m_entries)
                for (ModerationVote& vote : e.votes)
                    if (u"voter:"_s + vote.voter == id)
                        vote.quarantined = false;
        return;
    case ModerationAction::DismissReports:
        if (!found)
            return;
        if (it->disputed && it->decision.isEmpty()) {
            it->openReports = 0;
            it->reportIds.clear();
            it->reportReasons.clear();
            it->pendingAction = name;
        } else {
            m_entries.erase(it);
        }
        return;
    case ModerationAction::ClearDecision:
        if (found) {
            it->decision.clear();
            it->pendingAction = name;
        }
        return;
    case ModerationAction::Lock:
    case ModerationAction::Unlock:
        if (found) {
            it->locked = action == ModerationAction::Lock;
            it->pendingAction = name;
        }
        return;
    case ModerationAction::QuarantineVoter:
        if (found)
            it->pendingAction = name;
        for (ModerationEntry& e : m_entries)
            for (ModerationVote& vote : e.votes)
                if (u"voter:"_s + vote.voter == id)
                    vote.quarantined = true;
        return;
    }
}

bool ModerationViewModel::act(ModerationAction action, const QString& id, const QString& reason)
{
    if (refuseUnlessAllowed())
        return false;
    if (m_pending) {
        setMessage(tr("Wait until the previous action is done."));
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        setMessage(tr("Every moderation action needs a reason."));
        return false;
    }
    const bool onVoter = actsOnVoter(action);
    if (id.startsWith(onVoter ? u"voter:"_s : u"item:"_s) == false) {
        setMessage(tr("%1 does not apply to %2.")
                       .arg(CommunityText::moderationActionLabel(moderationActionName(action)), id));
        return false;
    }
    m_pending = Pending{action, id, m_entries};
    applyOptimistic(action, id);
    publish();
    ApiCall* call = m_executor.run(new ModerationActionJob(m_context, action, id, reason), this,
                                   [this](const ApiCall& done) { onActionFinished(done); });
    call->setParent(this);
    return true;
}

void ModerationViewModel::onActionFinished(const ApiCall& call)
{
    if (!m_pending)
        return;
    const Pending pending = *m_pending;
    m_pending.reset();
    const QString name = moderationActionName(pending.action);
    const QString label = CommunityText::moderationActionLabel(name);
    if (!call.error().ok()) {
        m_entries = pending.before; // roll back
        publish();
        const QString text =
            tr("%1 failed and was undone: %2").arg(label, CommunityText::errorSentence(call.error()));
        qCInfo(lcViewModels) << "Moderation action" << name << "failed:" << call.error().toString();
        setMessage(text);
        emit actionFinished(name, pending.id, false, text);
        return;
    }
    const ModerationOutcome& outcome = static_cast<const ModerationActionJob*>(call.job())->outcome();
    for (ModerationEntry& e : m_entries) {
        if (e.id != pending.id)
            continue;
        e.pendingAction.clear();
        if (outcome.rating)
            e.rating = outcome.rating;
        if (outcome.locked)
            e.locked = *outcome.locked;
    }
    publish();
    const QString text = outcome.changed ? tr("%1 done.").arg(label)
                                         : tr("%1: nothing to change, it was already so.").arg(label);
    setMessage(text);
    emit actionFinished(name, pending.id, true, text);
    refresh(); // the server's queue is the truth (other moderators act too)
}

void ModerationViewModel::setPresence(const QString& moderator, const QString& item)
{
    if (moderator.isEmpty())
        return;
    if (item.isEmpty())
        m_presence.remove(moderator);
    else
        m_presence.insert(moderator, item);
    QMap<QString, QStringList> claims;
    for (auto it = m_presence.begin(); it != m_presence.end(); ++it)
        if (it.key() != m_ownPresence)
            claims[it.value()].append(it.key());
    m_queueModel.setClaims(claims);
    emit presenceChanged();
}

QStringList ModerationViewModel::claimedBy(const QString& id) const
{
    QStringList who;
    for (auto it = m_presence.begin(); it != m_presence.end(); ++it)
        if (it.value() == id && it.key() != m_ownPresence)
            who.append(it.key());
    return who;
}

void ModerationViewModel::applyModerationEvent(const QJsonObject& data)
{
    if (!isAllowed())
        return;
    qCDebug(lcViewModels) << "Moderation event" << data.value(u"type"_s).toString()
                          << data.value(u"id"_s).toString();
    if (m_pending)
        return; // the action's own answer refreshes
    refresh();
}

void ModerationViewModel::publish()
{
    m_queueModel.setEntries(m_entries);
    emit entriesChanged();
}

void ModerationViewModel::setMessage(const QString& text)
{
    m_message = text;
    emit message(text);
}

} // namespace SafeScan
