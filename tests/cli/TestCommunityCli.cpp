// `safescan vote`, `report` and `watch` against the real safescan-server on port 0. Run twice by
// ctest: inside a private D-Bus session with gnome-keyring (SAFESCAN_KEYCHAIN=available: the
// device token registered by the first command is reused by the next) and with no keychain at all
// (each command registers a device of its own and says that its token is kept in memory only).
#include "../server/ApiClient.h"
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

namespace {
const QString kContent = u"https://cli-vote.example/offer"_s;
// The item hash of kContent: the SHA-256 of its canonical URL (the same as the text here).
QString itemHash()
{
    return ApiClient::sha256Hex(u"https://cli-vote.example/offer"_s);
}
} // namespace

class TestCommunityCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void voteReplaceRetract();
    void usageAndSetupErrors_data();
    void usageAndSetupErrors();
    void serverSettingIsUsed();
    void voteIsKeptWhenTheServerIsGone();
    void reportIsKeptWhenTheServerIsGone();
    void report_data();
    void report();
    void watchPrintsLiveChanges();

private:
    QStringList common(const QString& dataDir);
    CliRun run(const QStringList& args);

    ApiClient m_api;
    QTemporaryDir m_dataDir;
    bool m_keychain = false;
};

void TestCommunityCli::initTestCase()
{
    m_keychain = qEnvironmentVariable("SAFESCAN_KEYCHAIN") == u"available"_s;
    QVERIFY2(m_api.start({u"--rate-capacity"_s, u"100000"_s, u"--vote-limit"_s, u"100000"_s}),
             qPrintable(m_api.server().errorString()));
    QVERIFY(m_dataDir.isValid());
}

QStringList TestCommunityCli::common(const QString& dataDir)
{
    return {u"--data-dir"_s, dataDir, u"--server"_s, m_api.server().url(u"/"_s).toString()};
}

CliRun TestCommunityCli::run(const QStringList& args)
{
    return runSafescan(args);
}

void TestCommunityCli::voteReplaceRetract()
{
    const QString hash = itemHash();
    CliRun r = run(QStringList{u"vote"_s, kContent, u"--safe"_s, u"--json"_s} + common(m_dataDir.path()));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QList<QJsonObject> lines = jsonLines(r.out);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().value(u"hash"_s).toString(), hash);
    QCOMPARE(lines.first().value(u"sent"_s).toBool(), true);
    QCOMPARE(lines.first().value(u"rating"_s).toObject().value(u"safe"_s).toInt(), 1);
    QCOMPARE(r.err.contains("memory"), !m_keychain);
    QCOMPARE(m_api.ratingFor(hash).value(u"safe"_s).toInt(), 1);

    r = run(QStringList{u"vote"_s, kContent, u"--unsafe"_s} + common(m_dataDir.path()));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("Voted unsafe on " + hash.toLatin1()));
    const QJsonObject rating = m_api.ratingFor(hash);
    QCOMPARE(rating.value(u"unsafe"_s).toInt(), 1);
    // With a keychain the second command is the same device: its vote replaced the first.
    // Without one each command registered a device of its own.
    QCOMPARE(rating.value(u"safe"_s).toInt(), m_keychain ? 0 : 1);

    r = run(QStringList{u"vote"_s, hash, u"--hash"_s, u"--retract"_s, u"--json"_s} +
            common(m_dataDir.path()));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(jsonLines(r.out).first().value(u"vote"_s).toString(), u"retract"_s);
    QCOMPARE(m_api.ratingFor(hash).value(u"unsafe"_s).toInt(), m_keychain ? 0 : 1);
}

void TestCommunityCli::usageAndSetupErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("withServer");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no choice") << QStringList{u"vote"_s, kContent} << true << 1 << u"exactly one"_s;
    QTest::newRow("two choices") << QStringList{u"vote"_s, kContent, u"--safe"_s, u"--unsafe"_s} << true << 1
                                 << u"exactly one"_s;
    QTest::newRow("no content") << QStringList{u"vote"_s, u"--safe"_s} << true << 1 << u"missing"_s;
    QTest::newRow("bad hash") << QStringList{u"vote"_s, u"abc"_s, u"--hash"_s, u"--safe"_s} << true << 1
                              << u"not an item hash"_s;
    QTest::newRow("no server") << QStringList{u"vote"_s, kContent, u"--safe"_s} << false << 2
                               << u"No community server"_s;
    QTest::newRow("bad server") << QStringList{u"vote"_s, kContent, u"--safe"_s, u"--server"_s, u"ftp://x"_s}
                                << false << 2 << u"not a server address"_s;
    QTest::newRow("report without reason")
        << QStringList{u"report"_s, kContent} << true << 1 << u"--reason"_s;
    QTest::newRow("report shares a hash")
        << QStringList{u"report"_s, itemHash(), u"--hash"_s, u"--reason"_s, u"scam"_s, u"--share-content"_s}
        << true << 1 << u"needs the content"_s;
    QTest::newRow("watch bad limit") << QStringList{u"watch"_s, kContent, u"--max-updates"_s, u"0"_s} << true
                                     << 1 << u"positive"_s;
}

void TestCommunityCli::usageAndSetupErrors()
{
    QFETCH(QStringList, args);
    QFETCH(bool, withServer);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const CliRun r = run(args + (withServer ? common(dir.path()) : QStringList{u"--data-dir"_s, dir.path()}));
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCommunityCli::serverSettingIsUsed()
{
    QTemporaryDir dir;
    QFile settings(dir.filePath(u"settings.ini"_s));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[server]\nurl=" + m_api.server().url(u"/"_s).toString().toUtf8() + "\n");
    settings.close();
    const CliRun r =
        run({u"vote"_s, u"https://cli-setting.example/"_s, u"--safe"_s, u"--data-dir"_s, dir.path()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(
        m_api.ratingFor(ApiClient::sha256Hex(u"https://cli-setting.example/"_s)).value(u"safe"_s).toInt(), 1);
}

void TestCommunityCli::voteIsKeptWhenTheServerIsGone()
{
    if (!m_keychain)
        QSKIP("needs the device token to outlive the first command (a keychain)");
    ServerProcess gone;
    QVERIFY2(gone.start(), qPrintable(gone.errorString()));
    QTemporaryDir dir;
    const QStringList args{u"--data-dir"_s, dir.path(), u"--server"_s, gone.url(u"/"_s).toString()};
    CliRun r = run(QStringList{u"vote"_s, u"https://cli-gone.example/"_s, u"--safe"_s} + args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(gone.stop());
    r = run(QStringList{u"vote"_s, u"https://cli-gone.example/"_s, u"--unsafe"_s, u"--json"_s} + args);
    QCOMPARE(r.exitCode, 3);
    const QJsonObject line = jsonLines(r.out).value(0);
    QCOMPARE(line.value(u"recorded"_s).toBool(), true);
    QCOMPARE(line.value(u"sent"_s).toBool(), false);
    QVERIFY(line.value(u"error"_s).toString().contains(u"network"_s));
    QVERIFY(r.err.contains("next sync"));
}

// A report the server cannot take now stays in the outbox (exit 3) for the next sync to send once.
void TestCommunityCli::reportIsKeptWhenTheServerIsGone()
{
    if (!m_keychain)
        QSKIP("needs the device token to outlive the first command (a keychain)");
    ServerProcess gone;
    QVERIFY2(gone.start(), qPrintable(gone.errorString()));
    QTemporaryDir dir;
    const QStringList args{u"--data-dir"_s, dir.path(), u"--server"_s, gone.url(u"/"_s).toString()};
    CliRun r = run(QStringList{u"report"_s, u"https://cli-report-gone.example/"_s, u"--reason"_s, u"scam"_s,
                               u"--json"_s} +
                   args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(jsonLines(r.out).value(0).value(u"id"_s).toInteger() > 0);
    QVERIFY(gone.stop());
    r = run(QStringList{u"report"_s, u"https://cli-report-gone.example/"_s, u"--reason"_s, u"phishing"_s,
                        u"--json"_s} +
            args);
    QCOMPARE(r.exitCode, 3);
    const QJsonObject line = jsonLines(r.out).value(0);
    QCOMPARE(line.value(u"sent"_s).toBool(), false);
    QCOMPARE(line.value(u"queued"_s).toBool(), true);
    QVERIFY(r.err.contains("next sync"));
}

void TestCommunityCli::report_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("shared");
    QTest::newRow("hash only") << QStringList{u"--reason"_s, u"phishing"_s} << 0 << false;
    QTest::newRow("with note and content")
        << QStringList{u"--reason"_s, u"scam"_s, u"--note"_s, u"asks for a PIN"_s, u"--share-content"_s} << 0
        << true;
    QTest::newRow("unknown reason") << QStringList{u"--reason"_s, u"boring"_s} << 1 << false;
}

void TestCommunityCli::report()
{
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(bool, shared);
    const CliRun r = run(QStringList{u"report"_s, kContent, u"--json"_s} + extra + common(m_dataDir.path()));
    QCOMPARE(r.exitCode, exitCode);
    const QJsonObject line = jsonLines(r.out).value(0);
    QCOMPARE(line.value(u"hash"_s).toString(), itemHash());
    QCOMPARE(line.value(u"sent"_s).toBool(), exitCode == 0);
    QCOMPARE(line.value(u"content_shared"_s).toBool(), shared);
    if (exitCode == 0)
        QVERIFY(line.value(u"id"_s).toInteger() > 0);
    else
        QVERIFY(line.value(u"error"_s).toString().contains(u"invalid_reason"_s));
}

void TestCommunityCli::watchPrintsLiveChanges()
{
    const QString content = u"https://cli-watch.example/"_s;
    const QString hash = ApiClient::sha256Hex(content);
    QProcess watch;
    watch.start(QStringLiteral(SAFESCAN_BINARY),
                QStringList{u"watch"_s, content, u"--json"_s, u"--max-updates"_s, u"1"_s} +
                    common(m_dataDir.path()));
    QVERIFY(watch.waitForStarted());
    QByteArray out;
    const auto lines = [&] {
        out += watch.readAllStandardOutput();
        return out.count('\n');
    };
    QTRY_COMPARE_WITH_TIMEOUT(lines(), 2, 20'000); // the current rating, then "subscribed"
    QList<QJsonObject> got = jsonLines(out);
    QCOMPARE(got.at(0).value(u"event"_s).toString(), u"rating"_s);
    QCOMPARE(got.at(0).value(u"source"_s).toString(), u"server"_s);
    QCOMPARE(got.at(1).value(u"event"_s).toString(), u"live"_s);
    QCOMPARE(got.at(1).value(u"state"_s).toString(), u"subscribed"_s);

    QCOMPARE(m_api
                 .send("PUT", u"/v1/votes/"_s + hash, ApiClient::json({{u"vote"_s, u"unsafe"_s}}),
                       m_api.registerDevice())
                 .status,
             200);
    QVERIFY(watch.waitForFinished(20'000)); // --max-updates 1
    out += watch.readAllStandardOutput();
    QCOMPARE(watch.exitCode(), 0);
    got = jsonLines(out);
    QCOMPARE(got.size(), 3);
    QCOMPARE(got.last().value(u"event"_s).toString(), u"update"_s);
    QCOMPARE(got.last().value(u"source"_s).toString(), u"live"_s);
    QCOMPARE(got.last().value(u"hash"_s).toString(), hash);
    const QJsonObject rating = got.last().value(u"rating"_s).toObject();
    const QJsonObject server = m_api.ratingFor(hash); // its confidence decays with time: not compared
    for (const QString& field : {u"hash"_s, u"safe"_s, u"unsafe"_s, u"verdict"_s, u"moderated"_s})
        QCOMPARE(rating.value(field), server.value(field));
    QCOMPARE(rating.value(u"unsafe"_s).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestCommunityCli)
#include "TestCommunityCli.moc"
