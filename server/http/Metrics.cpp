#include "Metrics.h"

namespace SafeScan {

void Metrics::countRequest(const QString& method, const QString& route, int status)
{
    ++m_requests[{method, route, status}];
}

void Metrics::countVote(const QString& vote)
{
    ++m_votes[vote];
}

QByteArray Metrics::prometheusText() const
{
    QByteArray text;
    text += "# HELP safescan_http_requests_total HTTP requests by method, route and status.\n"
            "# TYPE safescan_http_requests_total counter\n";
    for (auto it = m_requests.constBegin(); it != m_requests.constEnd(); ++it) {
        const auto& [method, route, status] = it.key();
        text += "safescan_http_requests_total{method=\"" + method.toLatin1() + "\",route=\"" +
                route.toLatin1() + "\",status=\"" + QByteArray::number(status) + "\"} " +
                QByteArray::number(it.value()) + '\n';
    }
    text += "# HELP safescan_votes_total Votes cast (new or replacing) by value.\n"
            "# TYPE safescan_votes_total counter\n";
    for (const char* vote : {"safe", "unsafe"}) {
        text += "safescan_votes_total{vote=\"" + QByteArray(vote) + "\"} " +
                QByteArray::number(m_votes.value(QString::fromLatin1(vote))) + '\n';
    }
    return text;
}

} // namespace SafeScan
