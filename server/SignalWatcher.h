#pragma once

#include <QObject>

class QSocketNotifier;

namespace SafeScan {

// Turns SIGTERM and SIGINT into a Qt signal through a self-pipe (socketpair): the signal handler
// only writes one byte, everything else happens in the event loop. One instance per process.
class SignalWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

    // False (with errorString()) when the socketpair or sigaction failed.
    bool install();
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void shutdownRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
    QString m_error;
};

} // namespace SafeScan
