// Analytics through the real binary (SPEC §10, docs/api.md "Analytics"): POST /v1/events (dedupe,
// per-event rejection, envelope errors, rate limit), GET /v1/stats/... golden values for a known
// batch (daily and hourly series, filters, compare=previous, distribution, summary), the server's
// own metrics (votes, reports, moderation actions, spam blocked) and top-N lists, CSV exports
// (streamed, no row cap), bad parameters, roles, and a privacy dump of every table.
#include "ApiClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

const QString Password = u"analytics password"_s;
const QString GoldenInstall = u"11111111111111111111111111111111"_s;
const QString LiveInstall = u"22222222222222222222222222222222"_s;
const QDate D(2025, 3, 10);
constexpr qint64 HourMs = 60LL * 60 * 1000;
constexpr qint64 MinuteMs = 60LL * 1000;

qint64 at(const QDate& day, qint64 offsetMs)
{
    return day.startOfDay(Qt::UTC).toMSecsSinceEpoch() + offsetMs;
}

QJsonObject eventJson(const QString& type, qint64 time, const QJsonObject& props = {})
{
    return {{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"type"_s, type},
            {u"time"_s, double(time)},
            {u"props"_s, props}};
}

QJsonObject scanProps(const QString& payloadType, const QString& verdict, const QString& source)
{
    return {{u"payload_type"_s, payloadType}, {u"verdict"_s, verdict}, {u"source"_s, source}};
}

QByteArray batch(const QString& install, const QJsonArray& events)
{
    return ApiClient::json({{u"install_id"_s, install}, {u"events"_s, events}});
}

// The golden batch: 14 events from D-2 to D+1.
QJsonArray goldenEvents()
{
    QJsonArray events;
    for (int i = 0; i < 3; ++i)
        events.append(eventJson(u"scan"_s, at(D, 9 * HourMs + 15 * MinuteMs),
                                scanProps(u"url"_s, u"dangerous"_s, u"camera"_s)));
    events.append(eventJson(u"scan"_s, at(D, 9 * HourMs + 40 * MinuteMs),
                            scanProps(u"url"_s, u"trusted"_s, u"file"_s)));
    for (int i = 0; i < 2; ++i)
        events.append(eventJson(u"scan"_s, at(D, 14 * HourMs + 5 * MinuteMs),
                                scanProps(u"wifi"_s, u"no_known_risk"_s, u"camera"_s)));
    events.append(eventJson(u"sync"_s, at(D, 12 * HourMs),
                            {{u"result"_s, u"error"_s}, {u"error_class"_s, u"timeout"_s}}));
    events.append(eventJson(u"sync"_s, at(D, 12 * HourMs), {{u"result"_s, u"ok"_s}, {u"pushed"_s, 2}}));
    events.append(eventJson(u"app_start"_s, at(D, 8 * HourMs), {{u"version"_s, u"1.0.0"_s}}));
    events.append(eventJson(u"scan"_s, at(D.addDays(1), 10 * HourMs),
                            scanProps(u"text"_s, u"unknown"_s, u"clipboard"_s)));
    events.append(eventJson(u"scan"_s, at(D.addDays(1), 10 * HourMs + 30 * MinuteMs)));
    events.append(
        eventJson(u"error"_s, at(D.addDays(1), 11 * HourMs), {{u"error_class"_s, u"camera.denied"_s}}));
    events.append(eventJson(u"scan"_s, at(D.addDays(-1), 11 * HourMs),
                            scanProps(u"url"_s, u"dangerous"_s, u"camera"_s)));
    events.append(eventJson(u"scan"_s, at(D.addDays(-2), 5 * HourMs),
                            scanProps(u"url"_s, u"dangerous"_s, u"camera"_s)));
    return events;
}

QString range(const QDate& from, const QDate& to)
{
    return u"from=%1&to=%2"_s.arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

QList<qint64> values(const QJsonArray& points)
{
    QList<qint64> result;
    for (const QJsonValue& point : points)
        result.append(point.toObject().value(u"value"_s).toInteger());
    return result;
}

QByteArray header(const ApiReply& reply, const QByteArray& name)
{
    for (const auto& [key, value] : reply.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

class TestServerAnalytics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void eventsAreDeduplicated();
    void badEventsAreRejectedOneByOne();
    void malformedEnvelopeRefusesTheBatch();
    void goldenDailySeries();
    void goldenHourlySeriesAndFilters();
    void goldenDistributionAndSummary();
    void serverMetricsAndTopLists();
    void csvExports();
    void csvHasNoRowCap();
    void badParameters_data();
    void badParameters();
    void statsRoutesNeedAnAnalyst_data();
    void statsRoutesNeedAnAnalyst();
    void rateLimits();
    void noInstallIdOrAddressIsStored();

private:
    ApiReply stats(const QString& pathAndQuery, const QString& token = {});

    ApiClient m_client;
    QHash<QString, QString> m_tokens; // caller -> token
    QString m_device;
};

void TestServerAnalytics::initTestCase()
{
    for (const QString& role : {u"user"_s, u"moderator"_s, u"analyst"_s, u"admin"_s})
        QVERIFY(m_client.addUser(u"stats-"_s + role, role, Password));
    QVERIFY2(m_client.start(u"--rate-capacity 100000 --vote-limit 999 --spam-rapid-votes 999 "
                            u"--spam-item-repeats 999"_s.split(u' ')),
             qPrintable(m_client.server().errorString()));
    for (const QString& role : {u"user"_s, u"moderator"_s, u"analyst"_s, u"admin"_s}) {
        m_tokens.insert(role, m_client.login(u"stats-"_s + role, Password));
        QVERIFY(!m_tokens.value(role).isEmpty());
    }
    m_device = m_client.registerDevice();
    QVERIFY(!m_device.isEmpty());
    m_tokens.insert(u"device"_s, m_device);
    m_tokens.insert(u"none"_s, QString());

    const ApiReply golden =
        m_client.send("POST", u"/v1/events"_s, batch(GoldenInstall, goldenEvents()), m_device);
    QVERIFY2(golden.status == 200, golden.body.constData());
    QCOMPARE(golden.json.value(u"accepted"_s).toInt(), 14);
    QCOMPARE(golden.json.value(u"duplicates"_s).toInt(), 0);
    QCOMPARE(golden.json.value(u"rejected"_s).toArray().size(), 0);
}

void TestServerAnalytics::cleanupTestCase()
{
    QVERIFY2(m_client.server().stop(SIGTERM), qPrintable(m_client.server().errorString()));
}

ApiReply TestServerAnalytics::stats(const QString& pathAndQuery, const QString& token)
{
    return m_client.send("GET", u"/v1/stats/"_s + pathAndQuery, {},
                         token.isNull() ? m_tokens.value(u"analyst"_s) : token);
}

void TestServerAnalytics::eventsAreDeduplicated()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QJsonArray events = {eventJson(u"app_start"_s, now), eventJson(u"report"_s, now),
                               eventJson(u"error"_s, now)};
    const QString today = range(QDate::currentDate().addDays(-1), QDate::currentDate().addDays(1));
    const qint64 before = stats(u"summary?"_s + today).json.value(u"events_total"_s).toInteger();
    ApiReply reply = m_client.send("POST", u"/v1/events"_s, batch(LiveInstall, events), m_device);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"accepted"_s).toInt(), 3);
    // The same batch again (the client lost the answer), from another caller even.
    reply = m_client.send("POST", u"/v1/events"_s, batch(LiveInstall, events), m_tokens.value(u"user"_s));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"accepted"_s).toInt(), 0);
    QCOMPARE(reply.json.value(u"duplicates"_s).toInt(), 3);
    const ApiReply summary = stats(u"summary?"_s + today);
    QCOMPARE(summary.json.value(u"events_total"_s).toInteger(), before + 3);
    QVERIFY(summary.json.value(u"duplicates"_s).toInteger() >= 3);
    QVERIFY(summary.json.value(u"installs"_s).toInteger() >= 1);
}

void TestServerAnalytics::badEventsAreRejectedOneByOne()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonObject future = eventJson(u"scan"_s, now + 25 * HourMs);
    QJsonObject content = eventJson(u"scan"_s, now, {{u"url"_s, u"https://secret.example/"_s}});
    QJsonObject large = eventJson(u"error"_s, now, {{u"error_class"_s, QString(70000, u'x')}});
    const QJsonArray events = {eventJson(u"report"_s, now), future, content, large, QJsonValue(7)};
    const ApiReply reply = m_client.send("POST", u"/v1/events"_s, batch(LiveInstall, events), m_device);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"accepted"_s).toInt(), 1);
    const QJsonArray rejected = reply.json.value(u"rejected"_s).toArray();
    QCOMPARE(rejected.size(), 4);
    const QStringList expected = {u"future"_s, u"unknown_field"_s, u"too_large"_s, u"invalid"_s};
    const QStringList ids = {future.value(u"id"_s).toString(), content.value(u"id"_s).toString(),
                             large.value(u"id"_s).toString(), u"4"_s};
    for (qsizetype i = 0; i < rejected.size(); ++i) {
        QCOMPARE(rejected.at(i).toObject().value(u"error"_s).toString(), expected.at(i));
        QCOMPARE(rejected.at(i).toObject().value(u"id"_s).toString(), ids.at(i));
    }
}

void TestServerAnalytics::malformedEnvelopeRefusesTheBatch()
{
    ApiReply reply = m_client.send("POST", u"/v1/events"_s, "{\"install_id\": 5, \"events\": []}", m_device);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json.value(u"error"_s).toString(), u"invalid_install_id"_s);
    reply = m_client.send("POST", u"/v1/events"_s, batch(LiveInstall, {}), QString());
    QCOMPARE(reply.status, 401);
    // Up to 1 MB is fine for this route; more is 413.
    QByteArray big = batch(LiveInstall, {});
    big.insert(1, QByteArray(1024 * 1024, ' '));
    reply = m_client.send("POST", u"/v1/events"_s, big, m_device);
    QCOMPARE(reply.status, 413);
}

void TestServerAnalytics::goldenDailySeries()
{
    const ApiReply reply =
        stats(u"timeseries?metric=scans&bucket=day&compare=previous&"_s + range(D, D.addDays(1)));
    QVERIFY2(reply.status == 200, reply.body.constData());
    QCOMPARE(reply.json.value(u"metric"_s).toString(), u"scans"_s);
    QCOMPARE(reply.json.value(u"bucket"_s).toString(), u"day"_s);
    QCOMPARE(reply.json.value(u"from"_s).toString(), u"2025-03-10"_s);
    QCOMPARE(reply.json.value(u"to"_s).toString(), u"2025-03-11"_s);
    const QJsonArray points = reply.json.value(u"points"_s).toArray();
    QCOMPARE(values(points), (QList<qint64>{6, 2}));
    QCOMPARE(points.at(0).toObject().value(u"t"_s).toString(), u"2025-03-10T00:00:00Z"_s);
    QCOMPARE(points.at(1).toObject().value(u"t"_s).toString(), u"2025-03-11T00:00:00Z"_s);
    const QJsonArray previous = reply.json.value(u"previous"_s).toArray();
    QCOMPARE(values(previous), (QList<qint64>{1, 1}));
    QCOMPARE(previous.at(0).toObject().value(u"t"_s).toString(), u"2025-03-08T00:00:00Z"_s);
    // Without compare there is no "previous".
    QVERIFY(!stats(u"timeseries?metric=scans&"_s + range(D, D)).json.contains(u"previous"_s));
    QCOMPARE(values(stats(u"timeseries?metric=sync_errors&"_s + range(D, D.addDays(1)))
                        .json.value(u"points"_s)
                        .toArray()),
             (QList<qint64>{1, 0}));
    QCOMPARE(values(stats(u"timeseries?metric=events&"_s + range(D.addDays(-2), D.addDays(2)))
                        .json.value(u"points"_s)
                        .toArray()),
             (QList<qint64>{1, 1, 9, 3, 0}));
    // Too old for a daily salt: stored and counted, but not as an install.
    QCOMPARE(values(stats(u"timeseries?metric=installs&"_s + range(D, D)).json.value(u"points"_s).toArray()),
             QList<qint64>{0});
}

void TestServerAnalytics::goldenHourlySeriesAndFilters()
{
    const ApiReply hourly = stats(u"timeseries?metric=scans&bucket=hour&"_s + range(D, D));
    QVERIFY2(hourly.status == 200, hourly.body.constData());
    const QJsonArray points = hourly.json.value(u"points"_s).toArray();
    QList<qint64> expected(24, 0);
    expected[9] = 4;
    expected[14] = 2;
    QCOMPARE(values(points), expected);
    QCOMPARE(points.at(9).toObject().value(u"t"_s).toString(), u"2025-03-10T09:00:00Z"_s);
    const QString days = range(D, D.addDays(1));
    QCOMPARE(
        values(
            stats(u"timeseries?metric=scans&payload_type=url&"_s + days).json.value(u"points"_s).toArray()),
        (QList<qint64>{4, 0}));
    QCOMPARE(
        values(
            stats(u"timeseries?metric=scans&verdict=dangerous&"_s + days).json.value(u"points"_s).toArray()),
        (QList<qint64>{3, 0}));
    const ApiReply camera = stats(u"timeseries?metric=scans&source=camera&compare=previous&"_s + days);
    QCOMPARE(values(camera.json.value(u"points"_s).toArray()), (QList<qint64>{5, 0}));
    QCOMPARE(values(camera.json.value(u"previous"_s).toArray()), (QList<qint64>{1, 1}));
    QCOMPARE(camera.json.value(u"filtered"_s).toBool(), true);
    QCOMPARE(values(stats(u"timeseries?metric=scans&bucket=hour&payload_type=wifi&"_s + range(D, D))
                        .json.value(u"points"_s)
                        .toArray())
                 .at(14),
             2);
}

void TestServerAnalytics::goldenDistributionAndSummary()
{
    const QString days = range(D, D.addDays(1));
    const ApiReply verdicts = stats(u"distribution?dimension=verdict&"_s + days);
    QVERIFY2(verdicts.status == 200, verdicts.body.constData());
    QCOMPARE(verdicts.json.value(u"dimension"_s).toString(), u"verdict"_s);
    QStringList keys;
    QList<qint64> counts;
    for (const QJsonValue& value : verdicts.json.value(u"values"_s).toArray()) {
        keys.append(value.toObject().value(u"key"_s).toString());
        counts.append(value.toObject().value(u"count"_s).toInteger());
    }
    QCOMPARE(keys,
             (QStringList{u"dangerous"_s, u"no_known_risk"_s, u"unspecified"_s, u"trusted"_s, u"unknown"_s}));
    QCOMPARE(counts, (QList<qint64>{3, 2, 1, 1, 1}));
    const ApiReply sources =
        stats(u"distribution?dimension=source&verdict=dangerous&"_s + range(D.addDays(-2), D.addDays(1)));
    const QJsonArray sourceValues = sources.json.value(u"values"_s).toArray();
    QCOMPARE(sourceValues.size(), 1);
    QCOMPARE(sourceValues.at(0).toObject().value(u"key"_s).toString(), u"camera"_s);
    QCOMPARE(sourceValues.at(0).toObject().value(u"count"_s).toInt(), 5);
    const ApiReply types = stats(u"distribution?dimension=payload_type&"_s + days);
    QCOMPARE(types.json.value(u"values"_s).toArray().at(0).toObject().value(u"key"_s).toString(), u"url"_s);
    QCOMPARE(types.json.value(u"values"_s).toArray().at(0).toObject().value(u"count"_s).toInt(), 4);

    const ApiReply summary = stats(u"summary?"_s + days);
    QVERIFY2(summary.status == 200, summary.body.constData());
    QCOMPARE(summary.json.value(u"events_total"_s).toInteger(), 12);
    QCOMPARE(summary.json.value(u"scans"_s).toInteger(), 8);
    QCOMPARE(summary.json.value(u"flagged_voters"_s).toInteger(), 0);
    QCOMPARE(summary.json.value(u"quarantined_voters"_s).toInteger(), 0);
    QCOMPARE(summary.json.value(u"from"_s).toString(), u"2025-03-10"_s);
}

void TestServerAnalytics::serverMetricsAndTopLists()
{
    const QString a = ApiClient::sha256Hex(u"https://a.example/"_s);
    const QString b = ApiClient::sha256Hex(u"https://b.example/"_s);
    const QString c = ApiClient::sha256Hex(u"https://c.example/"_s);
    QStringList devices = {m_device};
    for (int i = 0; i < 3; ++i)
        devices.append(m_client.registerDevice());
    const auto vote = [&](int device, const QString& item, const char* value) {
        const ApiReply reply = m_client.send("PUT", u"/v1/votes/"_s + item,
                                             "{\"vote\": \"" + QByteArray(value) + "\"}", devices.at(device));
        QVERIFY2(reply.status == 200, reply.body.constData());
    };
    vote(0, a, "safe");
    vote(1, a, "safe");
    vote(2, a, "safe");
    vote(3, a, "unsafe");
    vote(0, b, "safe");
    vote(1, b, "safe");
    vote(2, b, "unsafe");
    vote(3, b, "unsafe");
    vote(0, c, "safe");
    QCOMPARE(m_client
                 .send("POST", u"/v1/reports"_s, ApiClient::json({{u"hash"_s, c}, {u"reason"_s, u"scam"_s}}),
                       m_device)
                 .status,
             201);
    const ApiReply action = m_client.send(
        "POST", u"/v1/moderation/actions"_s,
        ApiClient::json({{u"action"_s, u"confirm_safe"_s}, {u"hash"_s, c}, {u"reason"_s, u"checked"_s}}),
        m_tokens.value(u"moderator"_s));
    QVERIFY2(action.status == 200, action.body.constData());

    const QString today = range(QDate::currentDate().addDays(-1), QDate::currentDate().addDays(1));
    const auto sum = [&](const QString& metric) {
        qint64 total = 0;
        for (qint64 value :
             values(stats(u"timeseries?metric=%1&"_s.arg(metric) + today).json.value(u"points"_s).toArray()))
            total += value;
        return total;
    };
    QCOMPARE(sum(u"votes"_s), 9);
    QCOMPARE(sum(u"reports"_s), 1);
    QCOMPARE(sum(u"moderation_actions"_s), 1);
    QCOMPARE(sum(u"spam_blocked"_s), 0);

    const QStringList tied = a < b ? QStringList{a, b} : QStringList{b, a};
    const ApiReply voted = stats(u"top?list=most_voted&"_s + today);
    QVERIFY2(voted.status == 200, voted.body.constData());
    const QJsonArray items = voted.json.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).toObject().value(u"hash"_s).toString(), tied.at(0));
    QCOMPARE(items.at(1).toObject().value(u"hash"_s).toString(), tied.at(1));
    QCOMPARE(items.at(2).toObject().value(u"hash"_s).toString(), c);
    QCOMPARE(items.at(2).toObject().value(u"votes"_s).toInt(), 1);
    for (const QJsonValue& item : items) {
        const QJsonObject object = item.toObject();
        QCOMPARE(object.value(u"votes"_s).toInt(),
                 object.value(u"safe"_s).toInt() + object.value(u"unsafe"_s).toInt());
        QCOMPARE(object.value(u"verdict"_s).toString(),
                 m_client.ratingFor(object.value(u"hash"_s).toString()).value(u"verdict"_s).toString());
    }
    QCOMPARE(items.at(2).toObject().value(u"verdict"_s).toString(), u"safe"_s); // the moderator's decision
    QCOMPARE(stats(u"top?list=most_voted&limit=1&"_s + today).json.value(u"items"_s).toArray().size(), 1);

    const QJsonArray disputed = stats(u"top?list=most_disputed&"_s + today).json.value(u"items"_s).toArray();
    QCOMPARE(disputed.size(), 2);
    QCOMPARE(disputed.at(0).toObject().value(u"hash"_s).toString(), b);
    QCOMPARE(disputed.at(0).toObject().value(u"safe"_s).toInt(), 2);
    QCOMPARE(disputed.at(0).toObject().value(u"unsafe"_s).toInt(), 2);
    QCOMPARE(disputed.at(1).toObject().value(u"hash"_s).toString(), a);
    // Votes of another period are not in the list.
    QCOMPARE(stats(u"top?list=most_voted&"_s + range(D, D)).json.value(u"items"_s).toArray().size(), 0);
}

void TestServerAnalytics::csvExports()
{
    const QString days = range(D, D.addDays(1));
    ApiReply reply = stats(u"timeseries?metric=scans&compare=previous&format=csv&"_s + days);
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.contentType.startsWith("text/csv"), reply.contentType.constData());
    QCOMPARE(reply.body, QByteArray("t,value,previous_t,previous_value\r\n"
                                    "2025-03-10T00:00:00Z,6,2025-03-08T00:00:00Z,1\r\n"
                                    "2025-03-11T00:00:00Z,2,2025-03-09T00:00:00Z,1\r\n"));
    QCOMPARE(header(reply, "Transfer-Encoding").toLower(), QByteArray("chunked"));
    QVERIFY(header(reply, "Content-Length").isEmpty());
    QVERIFY(header(reply, "Content-Disposition").startsWith("attachment"));

    reply = stats(u"distribution?dimension=verdict&format=csv&"_s + days);
    QCOMPARE(reply.body,
             QByteArray("key,count\r\ndangerous,3\r\nno_known_risk,2\r\nunspecified,1\r\ntrusted,1\r\n"
                        "unknown,1\r\n"));
    reply = stats(u"summary?format=csv&"_s + days);
    QVERIFY(reply.body.startsWith("key,value\r\n"));
    QVERIFY(reply.body.contains("\r\nevents_total,12\r\n"));
    reply = stats(u"top?list=most_voted&format=csv&"_s + days);
    QCOMPARE(reply.body, QByteArray("hash,votes,safe,unsafe,verdict\r\n"));
    // The connection stays usable after a streamed answer.
    QCOMPARE(stats(u"summary?"_s + days).status, 200);
}

void TestServerAnalytics::csvHasNoRowCap()
{
    const QDate from(2016, 1, 1);
    const QDate to(2025, 12, 31);
    const ApiReply reply = stats(u"timeseries?metric=scans&bucket=hour&format=csv&"_s + range(from, to));
    QCOMPARE(reply.status, 200);
    const QList<QByteArray> lines = reply.body.split('\n');
    QCOMPARE(lines.size(), 1 + (from.daysTo(to) + 1) * 24 + 1); // header, rows, "" after the last \n
    QVERIFY(reply.body.contains("\r\n2025-03-10T09:00:00Z,4\r\n"));
    QVERIFY(reply.body.endsWith("2025-12-31T23:00:00Z,0\r\n"));
}

void TestServerAnalytics::badParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("no metric") << u"timeseries"_s;
    QTest::newRow("unknown metric") << u"timeseries?metric=clicks"_s;
    QTest::newRow("unknown bucket") << u"timeseries?metric=scans&bucket=week"_s;
    QTest::newRow("unknown compare") << u"timeseries?metric=scans&compare=next"_s;
    QTest::newRow("installs per hour") << u"timeseries?metric=installs&bucket=hour"_s;
    QTest::newRow("bad date") << u"timeseries?metric=scans&from=2025-13-01"_s;
    QTest::newRow("date with time") << u"summary?from=2025-01-01T00:00:00Z"_s;
    QTest::newRow("from after to") << u"summary?from=2025-02-01&to=2025-01-01"_s;
    QTest::newRow("range too long") << u"summary?from=2010-01-01&to=2020-01-10"_s;
    QTest::newRow("unknown parameter") << u"summary?group=1"_s;
    QTest::newRow("repeated parameter") << u"summary?from=2025-01-01&from=2025-01-02"_s;
    QTest::newRow("unknown format") << u"summary?format=xml"_s;
    QTest::newRow("unknown payload type") << u"summary?payload_type=fax"_s;
    QTest::newRow("unknown verdict") << u"distribution?dimension=source&verdict=safe"_s;
    QTest::newRow("unknown source") << u"distribution?dimension=verdict&source=fax"_s;
    QTest::newRow("no dimension") << u"distribution"_s;
    QTest::newRow("unknown dimension") << u"distribution?dimension=country"_s;
    QTest::newRow("no list") << u"top"_s;
    QTest::newRow("unknown list") << u"top?list=most_liked"_s;
    QTest::newRow("limit zero") << u"top?list=most_voted&limit=0"_s;
    QTest::newRow("limit too big") << u"top?list=most_voted&limit=101"_s;
    QTest::newRow("limit not a number") << u"top?list=most_voted&limit=ten"_s;
    QTest::newRow("route parameter elsewhere") << u"summary?metric=scans"_s;
}

void TestServerAnalytics::badParameters()
{
    QFETCH(QString, query);
    const ApiReply reply = stats(query);
    QVERIFY2(reply.status == 400, reply.body.constData());
    QCOMPARE(reply.json.value(u"error"_s).toString(), u"invalid_parameter"_s);
    QVERIFY(!reply.json.value(u"message"_s).toString().isEmpty());
}

void TestServerAnalytics::statsRoutesNeedAnAnalyst_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("status");
    const QStringList routes = {
        u"timeseries?metric=scans"_s,           u"timeseries?metric=votes&format=csv"_s,
        u"distribution?dimension=verdict"_s,    u"top?list=most_voted"_s,
        u"top?list=most_disputed&format=csv"_s, u"summary"_s};
    const QList<std::pair<QString, int>> callers = {{u"none"_s, 401},    {u"device"_s, 403},
                                                    {u"user"_s, 403},    {u"moderator"_s, 403},
                                                    {u"analyst"_s, 200}, {u"admin"_s, 200}};
    for (const QString& route : routes) {
        for (const auto& [caller, status] : callers)
            QTest::addRow("%s as %s", qPrintable(route), qPrintable(caller)) << route << caller << status;
    }
}

void TestServerAnalytics::statsRoutesNeedAnAnalyst()
{
    QFETCH(QString, query);
    QFETCH(QString, caller);
    QFETCH(int, status);
    // Not null: stats() takes a null token for "the analyst".
    const ApiReply reply = stats(query, caller == u"none"_s ? u""_s : m_tokens.value(caller));
    QVERIFY2(reply.status == status, reply.body.constData());
    if (status == 401)
        QCOMPARE(reply.json.value(u"error"_s).toString(), u"unauthorized"_s);
    if (status == 403)
        QCOMPARE(reply.json.value(u"error"_s).toString(), u"forbidden"_s);
}

void TestServerAnalytics::rateLimits()
{
    ApiClient limited;
    QVERIFY(limited.addUser(u"limited-analyst"_s, u"analyst"_s, Password));
    QVERIFY2(
        limited.start(u"--events-rate-capacity 2 --events-rate-refill 0.001 --vote-limit 1"_s.split(u' ')),
        qPrintable(limited.server().errorString()));
    const QString first = limited.registerDevice();
    const QString second = limited.registerDevice();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto post = [&](const QString& token) {
        return limited.send("POST", u"/v1/events"_s, batch(LiveInstall, {eventJson(u"app_start"_s, now)}),
                            token);
    };
    QCOMPARE(post(first).status, 200);
    QCOMPARE(post(first).status, 200);
    const ApiReply refused = post(first);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.json.value(u"error"_s).toString(), u"rate_limited"_s);
    QVERIFY(refused.retryAfter.toInt() >= 1);
    // Per caller: another device still gets through.
    QCOMPARE(post(second).status, 200);

    // Votes refused by the per-voter limit count as spam blocked.
    const QString hash = ApiClient::sha256Hex(u"https://limited.example/"_s);
    QCOMPARE(limited.send("PUT", u"/v1/votes/"_s + hash, "{\"vote\": \"safe\"}", first).status, 200);
    QCOMPARE(limited.send("PUT", u"/v1/votes/"_s + hash, "{\"vote\": \"unsafe\"}", first).status, 429);
    const QString analyst = limited.login(u"limited-analyst"_s, Password);
    const ApiReply summary = limited.send(
        "GET",
        u"/v1/stats/summary?"_s + range(QDate::currentDate().addDays(-1), QDate::currentDate().addDays(1)),
        {}, analyst);
    QCOMPARE(summary.json.value(u"spam_blocked"_s).toInt(), 1);
    QCOMPARE(summary.json.value(u"votes"_s).toInt(), 1);
    QCOMPARE(summary.json.value(u"events_total"_s).toInt(), 3); // the refused batch is not stored
    QVERIFY(limited.server().stop(SIGTERM));
}

void TestServerAnalytics::noInstallIdOrAddressIsStored()
{
    const QByteArray dump = m_client.server().databaseDump();
    QVERIFY(!dump.isEmpty());
    for (const QString& install : {GoldenInstall, LiveInstall}) {
        QVERIFY2(!dump.contains(install.toLatin1()), qPrintable(install));
        QVERIFY(!dump.contains(ApiClient::sha256Hex(install).toLatin1()));
    }
    QVERIFY(!dump.contains("127.0.0.1"));
    for (const QString& token : std::as_const(m_tokens)) {
        if (!token.isEmpty())
            QVERIFY(!dump.contains(token.toLatin1()));
    }
    QVERIFY(!dump.contains("secret.example")); // the refused event's content
}

QTEST_GUILESS_MAIN(TestServerAnalytics)
#include "TestServerAnalytics.moc"
