#pragma once

#include <QObject>

namespace SafeScan {

// Tells when the network comes back (SPEC §9: offline operations flush when the network
// returns), through QNetworkInformation (Qt 6.4: loadBackendByFeatures(Reachability)) where the
// platform has a backend for it (NetworkManager on Linux). Without one, isSupported() is false and
// SyncEngine falls back to retrying on a timer and on the first successful request.
class ConnectivityWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit ConnectivityWatcher(QObject* parent = nullptr);
    bool isSupported() const { return m_supported; }
    bool isOnline() const { return m_online; }

    // Feeds a reachability change (from QNetworkInformation, or from a test): regained() when it
    // goes from offline to online.
    void setOnline(bool online);

signals:
    void regained();

private:
    bool m_supported = false;
    bool m_online = true;
};

} // namespace SafeScan
