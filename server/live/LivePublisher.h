#pragma once

#include <QJsonObject>
#include <QString>

namespace SafeScan {

// Where server code sends live updates (WebSocket /v1/live, SPEC §9/§11). Channels:
//   "ratings:<hex8>"  rating updates of items whose SHA-256 starts with that 4-byte prefix
//   "moderation"      moderation queue changes (moderators only)
// The live hub gives every message its (epoch, offset) and delivers it to subscribers of every
// server instance. Callers publish after their transaction committed.
class LivePublisher
{
public:
    virtual ~LivePublisher() = default;
    virtual void publish(const QString& channel, const QJsonObject& message) = 0;
};

// For servers and tests without live updates.
class NullLivePublisher final : public LivePublisher
{
public:
    void publish(const QString&, const QJsonObject&) override {}
};

} // namespace SafeScan
