// Crash durability: the real CLI is killed with SIGKILL at random moments while it saves scans.
// Every id it printed (it prints only after the commit) must still be in the history afterwards,
// and the database must pass its check.
#include "CliRun.h"
#include "QrFixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace Qt::StringLiterals;

namespace {

constexpr int kImages = 30;
// SAFESCAN_CRASH_ROUNDS raises the kills (scripts/crash); the time budget grows with them.
const int kKills = qEnvironmentVariableIntValue("SAFESCAN_CRASH_ROUNDS") > 0
                       ? qEnvironmentVariableIntValue("SAFESCAN_CRASH_ROUNDS")
                       : 60;
const qint64 kBudgetMs = 1'000LL * kKills; // for all the kill rounds together
constexpr quint32 kSeed = 20261118;

const QString kBinary = QStringLiteral(SAFESCAN_BINARY);

// Every "saved_id" anywhere in a JSON value.
void collectSavedIds(const QJsonValue& value, QList<qint64>& ids)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == u"saved_id"_s && it.value().isDouble())
                ids.append(qint64(it.value().toDouble()));
            else
                collectSavedIds(it.value(), ids);
        }
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            collectSavedIds(item, ids);
    }
}

// Takes the complete lines out of `buffer` (a partial last line stays for later) and returns the
// saved ids they name. Lines that are not JSON objects are counted in `badLines`.
QByteArray firstBadLine;

QList<qint64> takeIds(QByteArray& buffer, int& lines, int& badLines)
{
    QList<qint64> ids;
    qsizetype newline;
    while ((newline = buffer.indexOf('\n')) >= 0) {
        const QByteArray line = buffer.left(newline).trimmed();
        buffer.remove(0, newline + 1);
        if (line.isEmpty())
            continue;
        ++lines;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            if (badLines++ == 0)
                firstBadLine = line;
            continue;
        }
        collectSavedIds(doc.object(), ids);
    }
    return ids;
}

using Run = SafeScan::Test::CliResult;

Run runToEnd(const QStringList& args)
{
    return SafeScan::Test::runCliToEnd(kBinary, args);
}

} // namespace

class TestCrashDurability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedAtRandomMoments();

private:
    QStringList scanArgs() const;

    QTemporaryDir m_dir;
    QStringList m_images;
};

void TestCrashDurability::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(kBinary), qPrintable(kBinary));
    for (int i = 0; i < kImages; ++i) {
        const QString path = m_dir.filePath(u"images/qr-%1.png"_s.arg(i, 2, 10, QChar(u'0')));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        const QImage image =
            SafeScan::Test::qrImage(u"https://crash.example/item/%1?n=%2"_s.arg(i).arg(i * 7919).toUtf8());
        QVERIFY(!image.isNull());
        QVERIFY(image.save(path));
        m_images.append(path);
    }
}

QStringList TestCrashDurability::scanArgs() const
{
    return QStringList{u"scan"_s, u"--save"_s, u"--json"_s, u"--data-dir"_s, m_dir.filePath(u"data"_s)} +
           m_images;
}

void TestCrashDurability::killedAtRandomMoments()
{
    const QString dataDir = m_dir.filePath(u"data"_s);
    QList<qint64> printed;
    int lines = 0;
    int badLines = 0;

    // One undisturbed run: the CLI works, and its length sets the range of the kill delays.
    QElapsedTimer timer;
    timer.start();
    {
        const Run run = runToEnd(scanArgs());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QByteArray out = run.out;
        const QList<qint64> ids = takeIds(out, lines, badLines);
        QVERIFY2(badLines == 0, firstBadLine.constData());
        QVERIFY2(ids.size() >= kImages, run.out.constData());
        printed += ids;
    }
    const qint64 fullRunMs = std::max<qint64>(timer.elapsed(), 50);

    std::mt19937 random(kSeed);
    // Up to a little past a whole run, so that kills land everywhere: while starting, opening and
    // checking the store, migrating, saving, printing, and (sometimes) after the end.
    std::uniform_int_distribution<qint64> delayMs(0, fullRunMs * 11 / 10);
    int kills = 0;
    int killedMidRun = 0;
    QElapsedTimer budget;
    budget.start();
    while (kills < kKills && budget.elapsed() < kBudgetMs) {
        const qint64 delay = delayMs(random);
        QProcess process;
        process.start(kBinary, scanArgs());
        QVERIFY2(process.waitForStarted(10'000), qPrintable(process.errorString()));
        QByteArray buffer;
        QElapsedTimer since;
        since.start();
        // Read as it comes: a line that was printed counts, even if the kill follows at once.
        while (process.state() == QProcess::Running && since.elapsed() < delay) {
            process.waitForReadyRead(int(std::max<qint64>(1, delay - since.elapsed())));
            buffer += process.readAllStandardOutput();
            printed += takeIds(buffer, lines, badLines);
        }
        const bool running = process.state() == QProcess::Running;
        process.kill(); // SIGKILL
        process.waitForFinished(10'000);
        ++kills;
        if (running && process.exitStatus() == QProcess::CrashExit)
            ++killedMidRun;
        buffer += process.readAllStandardOutput();
        printed += takeIds(buffer, lines, badLines); // a partial last line is not counted
    }
    QVERIFY2(badLines == 0, qPrintable(u"%1 lines are not JSON objects, the first: %2"_s.arg(badLines).arg(
                                QString::fromUtf8(firstBadLine))));

    // The store passes its check as it is (no recovery needed)...
    const Run check = runToEnd({u"db"_s, u"check"_s, u"--data-dir"_s, dataDir});
    QVERIFY2(check.exitCode == 0, (check.out + check.err).constData());

    // ... and holds every id that was printed.
    const Run history =
        runToEnd({u"history"_s, u"--json"_s, u"--limit"_s, u"100000000"_s, u"--data-dir"_s, dataDir});
    QVERIFY2(history.exitCode == 0, history.err.constData());
    QSet<qint64> stored;
    for (const QByteArray& line : history.out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        QVERIFY2(doc.isObject() && doc.object().value(u"id"_s).isDouble(), line.constData());
        stored.insert(qint64(doc.object().value(u"id"_s).toDouble()));
    }
    QList<qint64> lost;
    for (const qint64 id : std::as_const(printed))
        if (!stored.contains(id))
            lost.append(id);
    const QSet<qint64> distinct(printed.cbegin(), printed.cend());

    qInfo("kills: %d (%d while running) in %lld ms, delays 0..%lld ms; ids printed: %lld (%lld distinct, "
          "from %d lines); in history: %lld; lost: %lld",
          kills, killedMidRun, budget.elapsed(), fullRunMs * 11 / 10, qint64(printed.size()),
          qint64(distinct.size()), lines, qint64(stored.size()), qint64(lost.size()));
    QVERIFY2(lost.isEmpty(), qPrintable(u"lost ids: "_s + [&] {
                 QStringList text;
                 for (qsizetype i = 0; i < std::min<qsizetype>(lost.size(), 20); ++i)
                     text.append(QString::number(lost.at(i)));
                 return text.join(u", "_s);
             }()));
    // The test means something only if many kills hit a running process.
    QVERIFY2(killedMidRun >= kills / 2,
             qPrintable(u"only %1 of %2 kills hit a running process"_s.arg(killedMidRun).arg(kills)));
    QVERIFY(printed.size() > kImages);
}

QTEST_MAIN(TestCrashDurability)
#include "TestCrashDurability.moc"
