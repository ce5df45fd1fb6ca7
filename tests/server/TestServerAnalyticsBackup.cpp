// Backup and restore of the analytics store reproduce identical aggregates (issue #8): a server
// with events, votes, reports and a moderation action is backed up while it runs, the backup is
// restored into a new database, a second server is started on it, and every stats answer (each
// metric per day and per hour, filters, compare, distributions, top lists, summary; JSON and CSV)
// must be byte for byte the same. SQLite: `safescan-server admin backup|restore`; PostgreSQL:
// pg_dump / pg_restore as docs/api.md says (the admin commands refuse and point there).
#include "ApiClient.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

const QString Password = u"backup password"_s;
constexpr qint64 HourMs = 60LL * 60 * 1000;

struct Run
{
    int exitCode = -1;
    QByteArray output;
};

Run run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return {-1, process.readAll()};
    return {process.exitCode(), process.readAll()};
}

Run admin(const QStringList& arguments)
{
    return run(QStringLiteral(SAFESCAN_SERVER_BINARY), QStringList{u"admin"_s} + arguments);
}

QJsonObject eventJson(const QString& type, qint64 time, const QJsonObject& props = {})
{
    return {{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"type"_s, type},
            {u"time"_s, double(time)},
            {u"props"_s, props}};
}

// Every stats query the dashboards can make, over a window that holds all the data.
QStringList everyStatsQuery()
{
    const QString window = u"from=%1&to=%2"_s.arg(QDate::currentDate().addDays(-12).toString(Qt::ISODate),
                                                  QDate::currentDate().addDays(1).toString(Qt::ISODate));
    QStringList queries;
    for (const QString& metric :
         {u"scans"_s, u"votes"_s, u"reports"_s, u"spam_blocked"_s, u"moderation_actions"_s, u"sync_errors"_s,
          u"app_starts"_s, u"errors"_s, u"syncs"_s, u"vote_events"_s, u"report_events"_s, u"installs"_s,
          u"events"_s, u"voters_flagged"_s}) {
        queries << u"timeseries?metric=%1&compare=previous&%2"_s.arg(metric, window);
        if (metric != u"installs"_s)
            queries << u"timeseries?metric=%1&bucket=hour&%2"_s.arg(metric, window);
    }
    queries << u"timeseries?metric=scans&payload_type=url&verdict=dangerous&source=camera&%1"_s.arg(window)
            << u"timeseries?metric=scans&bucket=hour&source=file&compare=previous&%1"_s.arg(window);
    for (const QString& dimension : {u"verdict"_s, u"payload_type"_s, u"source"_s})
        queries << u"distribution?dimension=%1&%2"_s.arg(dimension, window)
                << u"distribution?dimension=%1&payload_type=url&%2"_s.arg(dimension, window);
    queries << u"top?list=most_voted&limit=100&%1"_s.arg(window) << u"top?list=most_disputed&%1"_s.arg(window)
            << u"summary?%1"_s.arg(window);
    const qsizetype json = queries.size();
    for (qsizetype i = 0; i < json; ++i)
        queries << queries.at(i) + u"&format=csv"_s;
    return queries;
}

} // namespace

class TestServerAnalyticsBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void restoredStoreAnswersTheSame();
    void restoreRefusesToOverwriteOrTakeGarbage();

private:
    QList<QByteArray> answers(ApiClient& client, const QString& token);
    bool restoreInto(ServerProcess& target, const QString& backupFile);

    QTemporaryDir m_dir;
    ApiClient m_source;
    QString m_analyst;
};

void TestServerAnalyticsBackup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_source.addUser(u"backup-analyst"_s, u"analyst"_s, Password));
    QVERIFY(m_source.addUser(u"backup-moderator"_s, u"moderator"_s, Password));
    QVERIFY2(m_source.start(u"--rate-capacity 100000 --vote-limit 2 --spam-rapid-votes 999 "
                            u"--spam-item-repeats 999"_s.split(u' ')),
             qPrintable(m_source.server().errorString()));
    m_analyst = m_source.login(u"backup-analyst"_s, Password);
    QVERIFY(!m_analyst.isEmpty());

    // Ten days of varied events, each batch from its own install.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QStringList types = {u"url"_s, u"wifi"_s, u"text"_s, u"contact"_s};
    const QStringList verdicts = {u"dangerous"_s, u"suspicious"_s, u"unknown"_s, u"no_known_risk"_s,
                                  u"trusted"_s};
    const QStringList sources = {u"camera"_s, u"file"_s, u"clipboard"_s, u"screen"_s, u"video"_s};
    const QString device = m_source.registerDevice();
    for (int day = 0; day < 10; ++day) {
        QJsonArray events;
        for (int i = 0; i < 40; ++i) {
            const qint64 time = now - day * 24 * HourMs - (i * 37 % 24) * HourMs;
            events.append(eventJson(u"scan"_s, time,
                                    {{u"payload_type"_s, types.at((i + day) % types.size())},
                                     {u"verdict"_s, verdicts.at((i * 3 + day) % verdicts.size())},
                                     {u"source"_s, sources.at((i * 7) % sources.size())},
                                     {u"decode_ms"_s, i}}));
        }
        events.append(
            eventJson(u"sync"_s, now - day * 24 * HourMs, {{u"result"_s, day % 3 ? u"ok"_s : u"error"_s}}));
        events.append(eventJson(u"app_start"_s, now - day * 24 * HourMs, {{u"version"_s, u"1.0.0"_s}}));
        events.append(
            eventJson(u"error"_s, now - day * 24 * HourMs, {{u"error_class"_s, u"decode.failed"_s}}));
        const QString install = QString::number(1000 + day).repeated(8);
        const ApiReply reply =
            m_source.send("POST", u"/v1/events"_s,
                          ApiClient::json({{u"install_id"_s, install}, {u"events"_s, events}}), device);
        QVERIFY2(reply.status == 200 && reply.json.value(u"accepted"_s).toInt() == 43,
                 reply.body.constData());
    }
    // Votes (one refused by the vote limit: spam blocked), a report and a moderation action.
    for (int i = 0; i < 5; ++i) {
        const QString voter = m_source.registerDevice();
        for (int item = 0; item <= i % 3; ++item) {
            const QString hash = ApiClient::sha256Hex(u"https://item%1.example/"_s.arg(item));
            m_source.send("PUT", u"/v1/votes/"_s + hash,
                          i % 2 ? "{\"vote\": \"safe\"}" : "{\"vote\": \"unsafe\"}", voter);
        }
    }
    const QString hash = ApiClient::sha256Hex(u"https://item0.example/"_s);
    QCOMPARE(m_source
                 .send("POST", u"/v1/reports"_s,
                       ApiClient::json({{u"hash"_s, hash}, {u"reason"_s, u"scam"_s}}), device)
                 .status,
             201);
    const QString moderator = m_source.login(u"backup-moderator"_s, Password);
    QCOMPARE(
        m_source
            .send("POST", u"/v1/moderation/actions"_s,
                  ApiClient::json({{u"action"_s, u"lock"_s}, {u"hash"_s, hash}, {u"reason"_s, u"keep"_s}}),
                  moderator)
            .status,
        200);
}

QList<QByteArray> TestServerAnalyticsBackup::answers(ApiClient& client, const QString& token)
{
    QList<QByteArray> bodies;
    for (const QString& query : everyStatsQuery()) {
        const ApiReply reply = client.send("GET", u"/v1/stats/"_s + query, {}, token);
        bodies.append(QByteArray::number(reply.status) + ' ' + query.toLatin1() + '\n' + reply.body);
    }
    return bodies;
}

bool TestServerAnalyticsBackup::restoreInto(ServerProcess& target, const QString& backupFile)
{
    const Run restored =
        admin({u"restore"_s, u"--database"_s, target.databaseUrl(), u"--input"_s, backupFile});
    if (restored.exitCode != 0)
        qWarning("restore: %s", restored.output.constData());
    return restored.exitCode == 0;
}

void TestServerAnalyticsBackup::restoredStoreAnswersTheSame()
{
    const QList<QByteArray> before = answers(m_source, m_analyst);
    QVERIFY(before.size() > 60);
    QVERIFY(before.constFirst().startsWith("200 "));
    QVERIFY(before.constLast().contains("events_total,430"));

    ServerProcess copy;
    const QString backupFile = m_dir.filePath(u"analytics-backup.sqlite"_s);
    if (ServerProcess::backend() == ServerProcess::Backend::Sqlite) {
        // While the source server keeps running.
        const Run backup =
            admin({u"backup"_s, u"--database"_s, m_source.databaseUrl(), u"--output"_s, backupFile});
        QVERIFY2(backup.exitCode == 0, backup.output.constData());
        QVERIFY(restoreInto(copy, backupFile));
    } else {
        const Run refused =
            admin({u"backup"_s, u"--database"_s, m_source.databaseUrl(), u"--output"_s, backupFile});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.output.contains("pg_dump"));
        const QString pgDump = QStandardPaths::findExecutable(u"pg_dump"_s);
        const QString pgRestore = QStandardPaths::findExecutable(u"pg_restore"_s);
        QVERIFY2(!pgDump.isEmpty() && !pgRestore.isEmpty(),
                 "pg_dump and pg_restore are needed (postgresql-client)");
        const QString dumpFile = m_dir.filePath(u"analytics.dump"_s);
        const Run dumped =
            run(pgDump, {u"--format=custom"_s, u"--file"_s, dumpFile, u"--dbname"_s, m_source.databaseUrl()});
        QVERIFY2(dumped.exitCode == 0, dumped.output.constData());
        const Run restored = run(
            pgRestore, {u"--no-owner"_s, u"--exit-on-error"_s, u"--dbname"_s, copy.databaseUrl(), dumpFile});
        QVERIFY2(restored.exitCode == 0, restored.output.constData());
    }
    ApiClient restoredClient(copy);
    QVERIFY2(restoredClient.start(), qPrintable(copy.errorString()));
    const QString analyst = restoredClient.login(u"backup-analyst"_s, Password);
    QVERIFY(!analyst.isEmpty());
    const QList<QByteArray> after = answers(restoredClient, analyst);
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        QCOMPARE(after.at(i), before.at(i));
    QVERIFY(copy.stop(SIGTERM));
}

void TestServerAnalyticsBackup::restoreRefusesToOverwriteOrTakeGarbage()
{
    if (ServerProcess::backend() == ServerProcess::Backend::Postgres) {
        const Run refused =
            admin({u"restore"_s, u"--database"_s, m_source.databaseUrl(), u"--input"_s, u"x"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.output.contains("pg_restore"));
        return;
    }
    const QString backupFile = m_dir.filePath(u"second-backup.sqlite"_s);
    QCOMPARE(
        admin({u"backup"_s, u"--database"_s, m_source.databaseUrl(), u"--output"_s, backupFile}).exitCode, 0);
    const QString target = m_dir.filePath(u"existing.sqlite"_s);
    const QString targetUrl = u"sqlite:"_s + target;
    QCOMPARE(admin({u"restore"_s, u"--database"_s, targetUrl, u"--input"_s, backupFile}).exitCode, 0);
    // An existing database is replaced only with --force, and kept aside first.
    const Run refused = admin({u"restore"_s, u"--database"_s, targetUrl, u"--input"_s, backupFile});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.output.contains("--force"));
    const Run forced =
        admin({u"restore"_s, u"--database"_s, targetUrl, u"--input"_s, backupFile, u"--force"_s});
    QVERIFY2(forced.exitCode == 0, forced.output.constData());
    QCOMPARE(QDir(m_dir.path()).entryList({u"existing.sqlite.before-restore-*"_s}).size(), 1);
    // Not a database, or not a server database: nothing changes.
    QFile garbage(m_dir.filePath(u"garbage.sqlite"_s));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(8192, 'x'));
    garbage.close();
    const QString fresh = u"sqlite:"_s + m_dir.filePath(u"fresh.sqlite"_s);
    const Run bad = admin({u"restore"_s, u"--database"_s, fresh, u"--input"_s, garbage.fileName()});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.output.contains("nothing was restored"));
    QVERIFY(!QFile::exists(m_dir.filePath(u"fresh.sqlite"_s)));
}

QTEST_GUILESS_MAIN(TestServerAnalyticsBackup)
#include "TestServerAnalyticsBackup.moc"
