#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QObject;

namespace SafeScan {

// The outcome of one keychain operation.
struct SecretResult
{
    enum class Status
    {
        Ok,
        NotFound,    // read/remove: no secret under that key
        Unavailable, // no keychain service (no D-Bus session, no Secret Service provider, ...)
        Denied,      // the user or the system refused access
        Failed,      // anything else
    };
    Status status = Status::Ok;
    QByteArray secret; // read only
    QString message;   // why it failed, for people

    bool ok() const { return status == Status::Ok; }
};

// Where secrets (tokens, the sync key) are kept: asynchronous, as keychains are. Callbacks run on
// `context`'s thread from the event loop, never inside the call, and not at all when `context`
// is destroyed first.
class SecretStore
{
public:
    using Callback = std::function<void(const SecretResult&)>;

    virtual ~SecretStore() = default;
    virtual void read(const QString& key, QObject* context, Callback done) = 0;
    virtual void write(const QString& key, const QByteArray& secret, QObject* context, Callback done) = 0;
    virtual void remove(const QString& key, QObject* context, Callback done) = 0;
    // True when secrets survive the process (a keychain), false for memory.
    virtual bool isPersistent() const = 0;
};

} // namespace SafeScan
