// Privacy (SPEC §10, issue #8): scanning known content through the app's own wiring (Scan
// view-model → AppAnalytics → queue → uploader) leaves no trace of the content, its SHA-256, its
// community item hash, its host or the client id in any stored event, request body or export.
#include "AnalyticsFixture.h"
#include "AppAnalytics.h"
#include "AppContext.h"
#include "QrFixtures.h"
#include "community/ItemHash.h"
#include "decode/QrDecoder.h"
#include "history/HistoryStore.h"
#include "payload/PayloadParser.h"
#include "settings/Settings.h"
#include "store/LocalStore.h"
#include "viewmodels/ScanViewModel.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

namespace {
QString sha256Hex(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}
} // namespace

class TestAnalyticsPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void nothingRecordedOrSentContainsTheContent()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        AppContext context(dir.filePath(u"data"_s));
        context.settings().setValue(SettingKeys::analyticsEnabled, true);
        QString error;
        HistoryStore* history = context.history(&error);
        QVERIFY2(history, qPrintable(error));
        QrDecoder decoder;
        ScanViewModel model(decoder, context.safety(), history);
        AppAnalytics& analytics = context.analytics();
        QVERIFY(analytics.recorder());
        QVERIFY(analytics.recorder()->isEnabled());
        analytics.watch(model);

        const QString url = u"https://login.secret-bank-example.com/reset?user=alice.doe&token=s3cr3tT0ken"_s;
        const QString wifi = u"WIFI:S:HomeNet-4821;T:WPA;P:hunter2-pass;;"_s;
        QCOMPARE(model.scanImage(qrImage(url.toUtf8()), u"poster.png"_s, u"camera"_s), 1);
        QCOMPARE(model.scanImage(qrImage(wifi.toUtf8()), u"sticker.png"_s, u"file"_s), 1);
        QCOMPARE(model.scanText(url, u"clipboard"_s), 1);
        QCOMPARE(analytics.queue()->unsentCount(), 3);

        ManualClock clock;
        ManualScheduler scheduler(clock);
        FakeNetwork network;
        network.setHandler(acceptAll);
        ApiExecutor executor(Service::Analytics, clock, scheduler);
        ApiContext api;
        api.network = &network;
        api.baseUrl = QUrl(u"https://ratings.example/"_s);
        api.token = [] { return u"device-token"_s; };
        api.clock = &clock;
        api.scheduler = &scheduler;
        EventUploader* uploader = analytics.attachServer(executor, api, scheduler);
        QVERIFY(uploader);
        QSignalSpy drained(uploader, &EventUploader::drained);
        uploader->flush();
        QTRY_COMPARE(drained.count(), 1);
        QCOMPARE(network.requests().size(), 1);
        QCOMPARE(analytics.queue()->unsentCount(), 0);

        // What the events do say.
        const QJsonArray sent =
            QJsonDocument::fromJson(network.requests().at(0).body).object().value(u"events"_s).toArray();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(0).toObject().value(u"props"_s).toObject().value(u"payload_type"_s).toString(),
                 u"url"_s);
        QCOMPARE(sent.at(1).toObject().value(u"props"_s).toObject().value(u"payload_type"_s).toString(),
                 u"wifi"_s);
        QVERIFY(sent.at(0).toObject().value(u"props"_s).toObject().contains(u"decode_ms"_s));
        QVERIFY(!sent.at(2).toObject().value(u"props"_s).toObject().contains(u"decode_ms"_s)); // pasted text

        // What they must never say.
        QStringList secrets{url,
                            wifi,
                            u"secret-bank-example"_s,
                            u"alice.doe"_s,
                            u"s3cr3tT0ken"_s,
                            u"HomeNet-4821"_s,
                            u"hunter2"_s,
                            history->clientId()};
        for (const QString& content : {url, wifi}) {
            const QString hash = sha256Hex(content);
            const QString item = ItemHash::of(PayloadParser::parse(content));
            QVERIFY(!item.isEmpty());
            secrets << hash << item << item.left(8) << hash.left(16);
        }
        QSqlQuery rows(context.store(nullptr)->database().connection());
        QVERIFY(rows.exec(u"SELECT event_id, kind, body, created_at, sent FROM analytics_events"_s));
        QString stored;
        while (rows.next())
            for (int c = 0; c < 5; ++c)
                stored += rows.value(c).toString() + u'\n';
        QVERIFY(stored.contains(u"scan"_s)); // the dump did read the rows
        const QString requests = QString::fromUtf8(network.requests().at(0).body);
        const QString exported = QString::fromUtf8(
            QJsonDocument(analytics.recorder()->exportJson()).toJson(QJsonDocument::Compact));
        for (const QString& secret : std::as_const(secrets)) {
            QVERIFY2(!stored.contains(secret, Qt::CaseInsensitive), qPrintable(u"stored: "_s + secret));
            QVERIFY2(!requests.contains(secret, Qt::CaseInsensitive), qPrintable(u"sent: "_s + secret));
            QVERIFY2(!exported.contains(secret, Qt::CaseInsensitive), qPrintable(u"exported: "_s + secret));
        }
    }

    void offByDefaultRecordsNothing()
    {
        QTemporaryDir dir;
        AppContext context(dir.filePath(u"data"_s));
        QString error;
        HistoryStore* history = context.history(&error);
        QVERIFY2(history, qPrintable(error));
        QrDecoder decoder;
        ScanViewModel model(decoder, context.safety(), history);
        context.analytics().watch(model);
        context.analytics().recordAppStart(u"1.0.0"_s);
        QCOMPARE(model.scanText(u"https://example.com/"_s, u"clipboard"_s), 1);
        QCOMPARE(context.analytics().queue()->totalCount(), 0);
    }
};

QTEST_MAIN(TestAnalyticsPrivacy)
#include "TestAnalyticsPrivacy.moc"
