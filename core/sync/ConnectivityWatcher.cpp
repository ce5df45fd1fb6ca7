#include "ConnectivityWatcher.h"

#include "SyncLog.h"

#include <QNetworkInformation>

namespace SafeScan {

ConnectivityWatcher::ConnectivityWatcher(QObject* parent)
    : QObject(parent)
{
    using Info = QNetworkInformation;
    if (!Info::loadBackendByFeatures(Info::Feature::Reachability) || !Info::instance()) {
        qCInfo(lcSync) << "No network reachability information here; sync retries on a timer instead";
        return;
    }
    m_supported = true;
    const auto online = [](Info::Reachability r) {
        return r == Info::Reachability::Online || r == Info::Reachability::Site ||
               r == Info::Reachability::Unknown;
    };
    m_online = online(Info::instance()->reachability());
    connect(Info::instance(), &Info::reachabilityChanged, this,
            [this, online](Info::Reachability r) { setOnline(online(r)); });
}

void ConnectivityWatcher::setOnline(bool online)
{
    const bool regainedNow = online && !m_online;
    m_online = online;
    if (regainedNow) {
        qCInfo(lcSync) << "Network reachable again";
        emit regained();
    }
}

} // namespace SafeScan
