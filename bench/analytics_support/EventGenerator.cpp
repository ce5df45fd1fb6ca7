#include "EventGenerator.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace SafeScan::Bench {

namespace {

const QStringList Types = {u"url"_s,   u"text"_s,  u"wifi"_s, u"contact"_s,
                           u"email"_s, u"phone"_s, u"geo"_s,  u"sms"_s};
const QStringList Verdicts = {u"no_known_risk"_s, u"unknown"_s, u"trusted"_s, u"suspicious"_s,
                              u"dangerous"_s};
const QStringList Sources = {u"camera"_s, u"file"_s, u"clipboard"_s, u"screen"_s, u"video"_s};

// Skewed choice: the first values are the common ones.
const QString& skewed(QRandomGenerator& rng, const QStringList& values)
{
    const int roll = rng.bounded(100);
    const qsizetype index = roll < 60 ? 0 : roll < 80 ? 1 : rng.bounded(int(values.size()));
    return values.at(index);
}

} // namespace

AnalyticsEvent generateEvent(QRandomGenerator& rng, qint64 now, int days, qint64 index, qint64 count)
{
    AnalyticsEvent event;
    event.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 span = qint64(days) * DayMs - HourMs;
    event.timeMs =
        now - span + qint64(double(span) * double(index) / double(count)) - rng.bounded(3600) * 1000LL;
    const int kind = rng.bounded(100);
    if (kind < 80) {
        event.type = u"scan"_s;
        event.props = {{u"payload_type"_s, skewed(rng, Types)},
                       {u"verdict"_s, skewed(rng, Verdicts)},
                       {u"source"_s, skewed(rng, Sources)},
                       {u"decode_ms"_s, rng.bounded(200)}};
    } else if (kind < 88) {
        event.type = u"app_start"_s;
        event.props = {{u"version"_s, u"1.4.2"_s}};
    } else if (kind < 93) {
        event.type = u"sync"_s;
        event.props = {{u"result"_s, rng.bounded(10) == 0 ? u"error"_s : u"ok"_s},
                       {u"pushed"_s, rng.bounded(20)}};
    } else if (kind < 97) {
        event.type = u"vote"_s;
        event.props = {{u"vote"_s, rng.bounded(2) ? u"safe"_s : u"unsafe"_s}};
    } else {
        event.type = u"error"_s;
        event.props = {{u"error_class"_s, u"decode.failed"_s}};
    }
    return event;
}

QString generateInstallId(QRandomGenerator& rng)
{
    return u"%1"_s.arg(rng.bounded(20000), 32, 10, QChar(u'0'));
}

} // namespace SafeScan::Bench
