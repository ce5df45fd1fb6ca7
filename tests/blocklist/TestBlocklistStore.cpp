// BlocklistStore: replace a source's entries atomically, match a URL in one query, provenance.
#include "ManualClock.h"
#include "blocklist/BlocklistImport.h"
#include "blocklist/BlocklistStore.h"
#include "store/ClientSchema.h"
#include "store/Database.h"
#include "urlcanon/UrlCanonicalizer.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace SafeScan;

Q_DECLARE_METATYPE(SafeScan::BlocklistFormat)

namespace {

const qint64 kStart = 1'795'000'000'000;

// "source:expression" for each hit, to compare compactly.
QStringList describe(const BlocklistMatch& match)
{
    QStringList out;
    for (const BlocklistHit& hit : match.hits)
        out.append(hit.source + u':' + hit.expression);
    return out;
}

} // namespace

class TestBlocklistStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void match_data();
    void match();
    void hitCarriesProvenance();
    void replaceKeepsOtherSources();
    void repeatedExpressionsStoredOnce();
    void failedImportKeepsPreviousEntries();
    void emptyExpressionRefused();
    void removeSource();
    void stats();
    void matchFromAnotherThread();
    void unopenableDatabase();
    void importFile();
    void importRefusesUnusableFile_data();
    void importRefusesUnusableFile();

private:
    void seed();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Test::ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<BlocklistStore> m_store;
};

void TestBlocklistStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<Test::ManualClock>(1000, kStart);
    m_db = std::make_unique<Database>(m_dir->filePath(u"store.sqlite"_s), *m_clock, clientSchema());
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
    m_store = std::make_unique<BlocklistStore>(*m_db, *m_clock);
}

void TestBlocklistStore::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void TestBlocklistStore::seed()
{
    QVERIFY(m_store
                ->replaceSource(u"urlhaus"_s, BlocklistFormat::UrlhausCsv, u"/feeds/urlhaus.csv"_s,
                                {{u"evil.example/malware.exe"_s, u"malware_download"_s},
                                 {u"1.2.3.4/bins/x"_s, u"malware_download"_s},
                                 {u"shared.example/"_s, u"malware"_s}})
                .ok);
    m_clock->advance(60'000);
    QVERIFY(m_store
                ->replaceSource(u"hosts"_s, BlocklistFormat::HostList, u"/etc/blocked-hosts"_s,
                                {{u"bad.example/"_s, {}}, {u"shared.example/"_s, {}}})
                .ok);
    QVERIFY(m_store
                ->replaceSource(u"openphish"_s, BlocklistFormat::OpenPhish,
                                u"https://openphish.com/feed.txt"_s,
                                {{u"phish.example/login?acct=1"_s, u"phishing"_s}})
                .ok);
}

void TestBlocklistStore::match_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("hits");

    QTest::newRow("exact url") << u"http://evil.example/malware.exe"_s
                               << QStringList{u"urlhaus:evil.example/malware.exe"_s};
    QTest::newRow("case, fragment, https")
        << u"https://EVIL.example/malware.exe#x"_s << QStringList{u"urlhaus:evil.example/malware.exe"_s};
    QTest::newRow("other path, same host") << u"http://evil.example/readme.txt"_s << QStringList();
    QTest::newRow("ip with port") << u"http://1.2.3.4:8080/bins/x"_s
                                  << QStringList{u"urlhaus:1.2.3.4/bins/x"_s};
    QTest::newRow("listed host, any path")
        << u"https://bad.example/a/b/c.html?q=1"_s << QStringList{u"hosts:bad.example/"_s};
    QTest::newRow("subdomain of listed host")
        << u"http://x.y.bad.example/"_s << QStringList{u"hosts:bad.example/"_s};
    QTest::newRow("suffix is not a subdomain") << u"http://notbad.example/"_s << QStringList();
    QTest::newRow("exact query") << u"http://phish.example/login?acct=1"_s
                                 << QStringList{u"openphish:phish.example/login?acct=1"_s};
    QTest::newRow("query differs") << u"http://phish.example/login?acct=2"_s << QStringList();
    QTest::newRow("no query") << u"http://phish.example/login"_s << QStringList();
    QTest::newRow("listed by two sources")
        << u"http://shared.example/x"_s
        << QStringList{u"hosts:shared.example/"_s, u"urlhaus:shared.example/"_s};
    QTest::newRow("unlisted") << u"https://example.org/"_s << QStringList();
}

void TestBlocklistStore::match()
{
    QFETCH(QString, url);
    seed();
    const BlocklistMatch result = m_store->match(UrlCanonicalizer::canonicalize(url));
    QVERIFY2(result.ok, qPrintable(result.error));
    QTEST(describe(result), "hits");
}

void TestBlocklistStore::hitCarriesProvenance()
{
    seed();
    const BlocklistMatch result =
        m_store->match(UrlCanonicalizer::canonicalize(u"http://evil.example/malware.exe"));
    QCOMPARE(result.hits.size(), 1);
    QCOMPARE(result.hits.first(),
             (BlocklistHit{u"evil.example/malware.exe"_s, u"urlhaus"_s, u"malware_download"_s, kStart}));
    const BlocklistMatch host = m_store->match(UrlCanonicalizer::canonicalize(u"http://bad.example/"));
    QCOMPARE(host.hits.size(), 1);
    QVERIFY(host.hits.first().threat.isEmpty());
    QCOMPARE(host.hits.first().importedAtMs, kStart + 60'000);
}

void TestBlocklistStore::replaceKeepsOtherSources()
{
    seed();
    m_clock->advance(3'600'000);
    const BlocklistImportResult result = m_store->replaceSource(
        u"urlhaus"_s, BlocklistFormat::UrlhausCsv, u"/feeds/new.csv"_s, {{u"new.example/"_s, u"malware"_s}});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.entries, 1);
    QVERIFY(
        m_store->match(UrlCanonicalizer::canonicalize(u"http://evil.example/malware.exe")).hits.isEmpty());
    QCOMPARE(describe(m_store->match(UrlCanonicalizer::canonicalize(u"http://new.example/a"))),
             QStringList{u"urlhaus:new.example/"_s});
    QCOMPARE(describe(m_store->match(UrlCanonicalizer::canonicalize(u"http://bad.example/"))),
             QStringList{u"hosts:bad.example/"_s});
    const QList<BlocklistSource> sources = m_store->stats();
    QCOMPARE(sources.size(), 3);
    QCOMPARE(sources.last(),
             (BlocklistSource{u"urlhaus"_s, u"urlhaus"_s, 1, m_clock->epochMs(), u"/feeds/new.csv"_s}));
}

void TestBlocklistStore::repeatedExpressionsStoredOnce()
{
    const BlocklistImportResult result = m_store->replaceSource(
        u"dups"_s, BlocklistFormat::OpenPhish, {},
        {{u"a.example/"_s, u"first"_s}, {u"b.example/"_s, {}}, {u"a.example/"_s, u"second"_s}});
    QVERIFY(result.ok);
    QCOMPARE(result.entries, 2);
    const BlocklistMatch hit = m_store->match(UrlCanonicalizer::canonicalize(u"http://a.example/"));
    QCOMPARE(hit.hits.size(), 1);
    QCOMPARE(hit.hits.first().threat, u"first"_s);
}

void TestBlocklistStore::failedImportKeepsPreviousEntries()
{
    seed();
    QSqlQuery trigger(m_db->connection());
    QVERIFY(trigger.exec(u"CREATE TEMP TRIGGER boom BEFORE INSERT ON blocklist_entries "
                         u"WHEN NEW.expression = 'boom/' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"_s));
    QList<BlocklistEntry> entries;
    for (int i = 0; i < 1000; ++i)
        entries.append({u"host%1.example/"_s.arg(i), {}});
    entries.append({u"boom/"_s, {}}); // fails after three full batches were inserted
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot import the blocklist \"urlhaus\""_s));
    const BlocklistImportResult result =
        m_store->replaceSource(u"urlhaus"_s, BlocklistFormat::UrlhausCsv, u"/broken"_s, entries);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(u"disk on fire"_s), qPrintable(result.error));
    QCOMPARE(describe(m_store->match(UrlCanonicalizer::canonicalize(u"http://evil.example/malware.exe"))),
             QStringList{u"urlhaus:evil.example/malware.exe"_s});
    QVERIFY(m_store->match(UrlCanonicalizer::canonicalize(u"http://host1.example/")).hits.isEmpty());
    QCOMPARE(m_store->stats().last().origin, u"/feeds/urlhaus.csv"_s);
    QVERIFY(m_store->replaceSource(u"urlhaus"_s, BlocklistFormat::UrlhausCsv, {}, {}).ok); // not stuck
}

void TestBlocklistStore::emptyExpressionRefused()
{
    seed();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"entry 2 has no expression"_s));
    const BlocklistImportResult result = m_store->replaceSource(u"urlhaus"_s, BlocklistFormat::UrlhausCsv, {},
                                                                {{u"a.example/"_s, {}}, {QString(), {}}});
    QVERIFY(!result.ok);
    QCOMPARE(m_store->stats().last().entries, 3);
}

void TestBlocklistStore::removeSource()
{
    seed();
    QString error;
    QVERIFY(m_store->removeSource(u"hosts"_s, &error));
    QVERIFY(m_store->match(UrlCanonicalizer::canonicalize(u"http://bad.example/")).hits.isEmpty());
    QCOMPARE(describe(m_store->match(UrlCanonicalizer::canonicalize(u"http://shared.example/"))),
             QStringList{u"urlhaus:shared.example/"_s});
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"no blocklist named"_s));
    QVERIFY(!m_store->removeSource(u"hosts"_s, &error));
    QVERIFY(error.contains(u"hosts"_s));
    QCOMPARE(m_store->stats().size(), 2);
}

void TestBlocklistStore::stats()
{
    QCOMPARE(m_store->stats(), QList<BlocklistSource>());
    seed();
    QString error;
    const QList<BlocklistSource> sources = m_store->stats(&error);
    QVERIFY(error.isEmpty());
    QCOMPARE(sources,
             (QList<BlocklistSource>{
                 {u"hosts"_s, u"hosts"_s, 2, kStart + 60'000, u"/etc/blocked-hosts"_s},
                 {u"openphish"_s, u"openphish"_s, 1, kStart + 60'000, u"https://openphish.com/feed.txt"_s},
                 {u"urlhaus"_s, u"urlhaus"_s, 3, kStart, u"/feeds/urlhaus.csv"_s},
             }));
}

void TestBlocklistStore::matchFromAnotherThread()
{
    seed();
    BlocklistMatch result;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        result = m_store->match(UrlCanonicalizer::canonicalize(u"http://bad.example/"));
        m_db->closeThreadConnection();
    }));
    thread->start();
    QVERIFY(thread->wait(30'000));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(describe(result), QStringList{u"hosts:bad.example/"_s});
}

void TestBlocklistStore::unopenableDatabase()
{
    QFile garbage(m_dir->filePath(u"garbage.sqlite"_s));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray("definitely not sqlite\n").repeated(500));
    garbage.close();
    Database broken(garbage.fileName(), *m_clock, clientSchema());
    BlocklistStore store(broken, *m_clock);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"not a database"_s));
    const BlocklistMatch result = store.match(UrlCanonicalizer::canonicalize(u"http://bad.example/"));
    QVERIFY(!result.ok); // never "not listed" when the store cannot be read
    QVERIFY(result.error.contains(u"not a database"_s));
}

void TestBlocklistStore::importFile()
{
    const QString path = m_dir->filePath(u"my-hosts.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# blocked\n0.0.0.0 tracker.example\n0.0.0.0 ads.example\nnot valid line here\n");
    file.close();
    qint64 lastProgress = 0;
    BlocklistImportRequest request;
    request.progress = [&](qint64 done, qint64) { lastProgress = done; };
    const BlocklistImportReport report = importBlocklistFile(*m_store, path, request);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.name, u"my-hosts"_s);
    QCOMPARE(report.stored, 2);
    QCOMPARE(report.parsed.issueCount, 1);
    QCOMPARE(report.parsed.issues.first().line, 4);
    QCOMPARE(lastProgress, file.size());
    QCOMPARE(m_store->stats(), (QList<BlocklistSource>{{u"my-hosts"_s, u"hosts"_s, 2, kStart,
                                                        QFileInfo(path).absoluteFilePath()}}));
    QCOMPARE(describe(m_store->match(UrlCanonicalizer::canonicalize(u"https://cdn.ads.example/p.js"))),
             QStringList{u"my-hosts:ads.example/"_s});
}

void TestBlocklistStore::importRefusesUnusableFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<BlocklistFormat>("format");
    QTest::addColumn<QString>("message");
    QTest::newRow("binary") << QByteArray("\x7f"
                                          "ELF\x02\x01\x01\0\0\0\0",
                                          12)
                            << BlocklistFormat::Unknown << u"cannot tell the format"_s;
    QTest::newRow("nothing usable") << QByteArray("not a url\nneither\n") << BlocklistFormat::OpenPhish
                                    << u"none of its 2 lines"_s;
}

void TestBlocklistStore::importRefusesUnusableFile()
{
    QFETCH(QByteArray, content);
    QFETCH(BlocklistFormat, format);
    QFETCH(QString, message);
    seed();
    QBuffer buffer(&content);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    BlocklistImportRequest request;
    request.name = u"urlhaus"_s;
    request.format = format;
    const BlocklistImportReport report = importBlocklist(*m_store, buffer, request);
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(message), qPrintable(report.error));
    QCOMPARE(m_store->stats().last().entries, 3);
}

QTEST_GUILESS_MAIN(TestBlocklistStore)
#include "TestBlocklistStore.moc"
