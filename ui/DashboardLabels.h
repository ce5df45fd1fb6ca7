#pragma once

#include <QString>

namespace SafeScan::DashboardLabels {

// The words shown for a stored or server-side name: verdict levels, payload types, sources,
// metrics; unknown names are shown as they are.
QString verdict(const QString& name);
bool isVerdictLevel(const QString& name);
QString payloadType(const QString& name);
QString source(const QString& name);
QString metric(const QString& name);
QString dimension(const QString& name);
QString topList(const QString& name);
// Any of the three dimensions.
QString key(const QString& dimension, const QString& name);

} // namespace SafeScan::DashboardLabels
