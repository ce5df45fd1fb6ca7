#pragma once

// A scripted analytics server for the dashboard tests: answers each GET /v1/stats/... route on a
// FakeNetwork from the request's own parameters (every day of the range, previous period on
// request), or with an error status for a chosen route.
#include "FakeNetwork.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace SafeScan::Test {

struct StatsFakeServer
{
    int failStatus = 0; // answer every request with this status when not 0
    QString failPath;   // only this route fails ("/v1/stats/top"); empty: all
    double scale = 1;   // multiplies every value (to tell refreshes apart)
    int requests = 0;

    FakeResponse answer(const FakeRequest& request)
    {
        ++requests;
        const QString path = request.url.path();
        if (failStatus && (failPath.isEmpty() || path.endsWith(failPath)))
            return FakeResponse::json(failStatus,
                                      R"({"error":"forbidden","message":"the analyst role is needed"})");
        const QUrlQuery query(request.url);
        QDate from = QDate::fromString(query.queryItemValue(QStringLiteral("from")), Qt::ISODate);
        QDate to = QDate::fromString(query.queryItemValue(QStringLiteral("to")), Qt::ISODate);
        if (!from.isValid() || !to.isValid()) {
            to = QDate(2026, 11, 19);
            from = to.addDays(-29);
        }
        QJsonObject out;
        if (path.endsWith(QStringLiteral("/timeseries"))) {
            const qint64 days = from.daysTo(to) + 1;
            auto points = [&](QDate start, double base) {
                QJsonArray list;
                for (qint64 i = 0; i < days; ++i)
                    list.append(
                        QJsonObject{{QStringLiteral("t"),
                                     QDateTime(start.addDays(i), QTime(0, 0), Qt::UTC).toString(Qt::ISODate)},
                                    {QStringLiteral("value"), (base + double(i)) * scale}});
                return list;
            };
            out = {{QStringLiteral("metric"), query.queryItemValue(QStringLiteral("metric"))},
                   {QStringLiteral("bucket"), query.queryItemValue(QStringLiteral("bucket"))},
                   {QStringLiteral("from"), from.toString(Qt::ISODate)},
                   {QStringLiteral("to"), to.toString(Qt::ISODate)},
                   {QStringLiteral("points"), points(from, 10)}};
            if (query.queryItemValue(QStringLiteral("compare")) == QStringLiteral("previous"))
                out.insert(QStringLiteral("previous"), points(from.addDays(-days), 1));
        } else if (path.endsWith(QStringLiteral("/distribution"))) {
            out = {{QStringLiteral("dimension"), query.queryItemValue(QStringLiteral("dimension"))},
                   {QStringLiteral("values"),
                    QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("dangerous")},
                                           {QStringLiteral("count"), 4 * scale}},
                               QJsonObject{{QStringLiteral("key"), QStringLiteral("no_known_risk")},
                                           {QStringLiteral("count"), 90 * scale}}}}};
        } else if (path.endsWith(QStringLiteral("/top"))) {
            out = {{QStringLiteral("list"), query.queryItemValue(QStringLiteral("list"))},
                   {QStringLiteral("items"),
                    QJsonArray{QJsonObject{{QStringLiteral("hash"), QString(64, QLatin1Char('a'))},
                                           {QStringLiteral("votes"), 9},
                                           {QStringLiteral("safe"), 4},
                                           {QStringLiteral("unsafe"), 5},
                                           {QStringLiteral("verdict"), QStringLiteral("disputed")}}}}};
        } else if (path.endsWith(QStringLiteral("/summary"))) {
            out = {{QStringLiteral("flagged_voters"), 3},
                   {QStringLiteral("quarantined_voters"), 1},
                   {QStringLiteral("events_total"), 1234}};
        } else {
            return FakeResponse::json(404, R"({"error":"not_found"})");
        }
        return FakeResponse::json(200, QJsonDocument(out).toJson(QJsonDocument::Compact));
    }
};

} // namespace SafeScan::Test
