#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <tuple>

namespace SafeScan {

// Counters exposed at GET /v1/metrics in the Prometheus text format. Used from the server's
// thread only.
class Metrics
{
public:
    void countRequest(const QString& method, const QString& route, int status);
    void countVote(const QString& vote);

    QByteArray prometheusText() const;

private:
    QMap<std::tuple<QString, QString, int>, quint64> m_requests; // (method, route, status)
    QMap<QString, quint64> m_votes;                              // vote -> count
};

} // namespace SafeScan
