#pragma once

#include <QObject>
#include <QString>

namespace SafeScan {

// A short signal between the server instances that share one database: "something new is in the
// database", carrying only a small text such as "<channel> <offset>" (never content). On SQLite
// (one instance per file) it loops back in-process; on PostgreSQL it is LISTEN/NOTIFY, re-LISTENed
// after the database connection comes back. Every instance, the sender included, gets received().
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~ChangeNotifier() override = default;

    virtual void notify(const QString& payload) = 0;

Q_SIGNALS:
    void received(const QString& payload);
};

// The SQLite notifier: received() is emitted (queued) in this process only.
class InProcessNotifier final : public ChangeNotifier
{
    Q_OBJECT

public:
    using ChangeNotifier::ChangeNotifier;

    void notify(const QString& payload) override
    {
        QMetaObject::invokeMethod(
            this, [this, payload] { Q_EMIT received(payload); }, Qt::QueuedConnection);
    }
};

} // namespace SafeScan
