// HistoryStore::query and count: full-text search (incl. hostile input), filters, keyset paging.
#include "HistoryFixtures.h"

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

namespace {

QStringList contents(const HistoryPage& page)
{
    QStringList out;
    for (const ScanRecord& record : page.records)
        out.append(record.content);
    out.sort();
    return out;
}

HistoryQuery filtered(QStringList types, QStringList verdicts, QStringList sources)
{
    HistoryQuery query;
    query.types = std::move(types);
    query.verdicts = std::move(verdicts);
    query.sources = std::move(sources);
    return query;
}

} // namespace

class TestHistoryQuery : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void search_data();
    void search();
    void hostileQueriesAreSafe_data();
    void hostileQueriesAreSafe();
    void noteIsSearchedAndReindexed();
    void filters_data();
    void filters();
    void dateRange();
    void pagingWithEqualTimestamps_data();
    void pagingWithEqualTimestamps();
    void pagingIsStableWhileScansArrive();
    void olderImportSortsByTime();
    void limitIsClamped();
    void shortSearchLooksAtNewestScans();

private:
    void seed();
    std::unique_ptr<HistoryFixture> m_f;
};

void TestHistoryQuery::init()
{
    m_f = std::make_unique<HistoryFixture>();
    QVERIFY(m_f->open());
}

void TestHistoryQuery::cleanup()
{
    m_f.reset();
}

void TestHistoryQuery::seed()
{
    const QList<NewScan> scans{
        makeScan(u"https://www.paypal.com/signin"_s, u"camera"_s, VerdictLevel::NoKnownRisk),
        makeScan(u"https://paypa1-login.example/verify?id=7"_s, u"camera"_s, VerdictLevel::Dangerous),
        makeScan(u"http://192.168.1.1/admin"_s, u"screen"_s, VerdictLevel::Suspicious),
        makeScan(u"WIFI:S:Cafe Zürich;T:WPA;P:topsecret;;"_s, u"file"_s),
        makeScan(u"Grüße aus München"_s, u"clipboard"_s, VerdictLevel::Unknown),
        makeScan(u"He said \"hi\" AND left * OR NOT"_s, u"clipboard"_s),
        makeScan(u"go to 100% of it_now"_s, u"video"_s),
        makeScan(u"tel:+41441234567"_s, u"camera"_s),
    };
    for (const NewScan& scan : scans) {
        QVERIFY(m_f->store->save({scan}).ok);
        m_f->clock->advance(1000);
    }
}

void TestHistoryQuery::search_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");

    const QString paypal = u"https://www.paypal.com/signin"_s;
    const QString lookalike = u"https://paypa1-login.example/verify?id=7"_s;
    QTest::newRow("word") << u"paypal"_s << QStringList{paypal};
    QTest::newRow("substring of a host") << u"aypa"_s << QStringList{lookalike, paypal};
    QTest::newRow("case-insensitive") << u"PAYPAL"_s << QStringList{paypal};
    QTest::newRow("url piece with punctuation") << u"login.example/ver"_s << QStringList{lookalike};
    QTest::newRow("ip") << u"168.1.1"_s << QStringList{u"http://192.168.1.1/admin"_s};
    QTest::newRow("two terms, both required") << u"paypa signin"_s << QStringList{paypal};
    QTest::newRow("terms in any order") << u"signin www"_s << QStringList{paypal};
    QTest::newRow("host column") << u"www.paypal.com"_s << QStringList{paypal};
    QTest::newRow("non-ascii") << u"münchen"_s << QStringList{u"Grüße aus München"_s};
    QTest::newRow("short term via LIKE") << u"go"_s << QStringList{u"go to 100% of it_now"_s};
    QTest::newRow("percent is literal") << u"%"_s << QStringList{u"go to 100% of it_now"_s};
    QTest::newRow("underscore is literal") << u"t_"_s << QStringList{u"go to 100% of it_now"_s};
    QTest::newRow("short and long") << u"it 100%"_s << QStringList{u"go to 100% of it_now"_s};
    QTest::newRow("quote inside a term") << u"\"hi\""_s << QStringList{u"He said \"hi\" AND left * OR NOT"_s};
    QTest::newRow("no match") << u"zzzzqq"_s << QStringList{};
    QTest::newRow("redacted password not searchable") << u"topsecret"_s << QStringList{};
    QTest::newRow("blank is no filter") << u"   "_s << QStringList{};
}

void TestHistoryQuery::search()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    seed();
    const HistoryPage page = m_f->store->query(searchFor(search));
    QVERIFY2(page.ok, qPrintable(page.error));
    if (search.trimmed().isEmpty()) {
        QCOMPARE(page.records.size(), 8);
        return;
    }
    QCOMPARE(contents(page), expected);
    QCOMPARE(m_f->store->count(searchFor(search)), expected.size());
}

void TestHistoryQuery::hostileQueriesAreSafe_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("matches"); // -1: any number, only no error

    QTest::newRow("lone quote") << u"\""_s << 1;
    QTest::newRow("unbalanced quote") << u"\"paypal"_s << 0;
    QTest::newRow("star") << u"*"_s << 1;
    QTest::newRow("prefix star") << u"payp*"_s << 0;
    QTest::newRow("AND") << u"AND"_s << 1;
    QTest::newRow("OR NOT") << u"OR NOT"_s << 1;
    QTest::newRow("operators only") << u"AND OR NOT NEAR"_s << 0;
    QTest::newRow("NEAR(") << u"NEAR(paypal signin"_s << 0;
    QTest::newRow("column filter") << u"content:paypal"_s << 0;
    QTest::newRow("column set") << u"{content note}: x"_s << 0;
    QTest::newRow("caret") << u"^paypal"_s << 0;
    QTest::newRow("parentheses") << u"(paypal) OR (x"_s << 0;
    QTest::newRow("minus") << u"-paypal"_s << 0;
    QTest::newRow("plus") << u"paypal + signin"_s << 0;
    QTest::newRow("sql quote") << u"'; DROP TABLE scans; --"_s << 0;
    QTest::newRow("backslash") << u"\\"_s << 0;
    QTest::newRow("nul and controls") << u"pay\u0000pal\t\n"_s << 1; // "pay" and "pal"
    QTest::newRow("emoji") << u"\U0001F600\U0001F600\U0001F600"_s << 0;
    QTest::newRow("long") << QString(5000, u'x') << 0;
    QTest::newRow("many quotes") << QString(101, u'"') << 0;
}

void TestHistoryQuery::hostileQueriesAreSafe()
{
    QFETCH(QString, search);
    QFETCH(int, matches);
    seed();
    const HistoryPage page = m_f->store->query(searchFor(search));
    QVERIFY2(page.ok, qPrintable(page.error));
    if (matches >= 0)
        QCOMPARE(page.records.size(), matches);
    QString error;
    QCOMPARE(m_f->store->count(searchFor(search), &error), page.records.size());
    QVERIFY(error.isEmpty());
    QCOMPARE(m_f->store->count(), 8); // nothing was dropped
}

void TestHistoryQuery::noteIsSearchedAndReindexed()
{
    seed();
    const qint64 id = m_f->saveOne(u"https://plain.example/"_s);
    QVERIFY(m_f->store->setNote(id, u"bike rental at the station"_s));
    QCOMPARE(contents(m_f->store->query(searchFor(u"rental"_s))), QStringList{u"https://plain.example/"_s});
    QVERIFY(m_f->store->setNote(id, u"museum ticket"_s));
    QCOMPARE(m_f->store->count(searchFor(u"rental"_s)), 0);
    QCOMPARE(m_f->store->count(searchFor(u"museum"_s)), 1);
    QVERIFY(m_f->store->remove(id));
    QCOMPARE(m_f->store->count(searchFor(u"museum"_s)), 0);
    // The index agrees with its content table.
    QVERIFY(m_f->exec(u"INSERT INTO scans_fts(scans_fts) VALUES('integrity-check')"_s));
}

void TestHistoryQuery::filters_data()
{
    QTest::addColumn<HistoryQuery>("query");
    QTest::addColumn<int>("expected");

    QTest::newRow("none") << HistoryQuery{} << 8;
    QTest::newRow("type url") << filtered({u"url"_s}, {}, {}) << 3;
    QTest::newRow("types url+wifi") << filtered({u"url"_s, u"wifi"_s}, {}, {}) << 4;
    QTest::newRow("unknown type") << filtered({u"nope"_s}, {}, {}) << 0;
    QTest::newRow("verdict dangerous") << filtered({}, {u"dangerous"_s}, {}) << 1;
    QTest::newRow("verdicts") << filtered({}, {u"dangerous"_s, u"suspicious"_s}, {}) << 2;
    QTest::newRow("source clipboard") << filtered({}, {}, {u"clipboard"_s}) << 2;
    QTest::newRow("url from camera, not risky")
        << filtered({u"url"_s}, {u"no_known_risk"_s}, {u"camera"_s}) << 1;
    HistoryQuery withSearch = filtered({u"url"_s}, {}, {u"camera"_s});
    withSearch.search = u"aypa"_s;
    QTest::newRow("search and filters") << withSearch << 2;
    withSearch.verdicts = {u"dangerous"_s};
    QTest::newRow("search and three filters") << withSearch << 1;
}

void TestHistoryQuery::filters()
{
    QFETCH(HistoryQuery, query);
    QFETCH(int, expected);
    seed();
    const HistoryPage page = m_f->store->query(query);
    QVERIFY2(page.ok, qPrintable(page.error));
    QCOMPARE(page.records.size(), expected);
    QCOMPARE(m_f->store->count(query), expected);
    for (const ScanRecord& r : page.records) {
        QVERIFY(query.types.isEmpty() || query.types.contains(r.payloadType));
        QVERIFY(query.verdicts.isEmpty() || query.verdicts.contains(r.verdictLevel));
        QVERIFY(query.sources.isEmpty() || query.sources.contains(r.source));
    }
}

void TestHistoryQuery::dateRange()
{
    seed(); // one scan per second from kEpochStart
    HistoryQuery query;
    query.from = kEpochStart + 2000;
    query.to = kEpochStart + 5000;
    const HistoryPage page = m_f->store->query(query);
    QCOMPARE(page.records.size(), 3);
    QCOMPARE(page.records.first().scannedAt, kEpochStart + 4000);
    QCOMPARE(page.records.last().scannedAt, kEpochStart + 2000);
    query.search = u"168.1"_s;
    QCOMPARE(m_f->store->count(query), 1);
}

void TestHistoryQuery::pagingWithEqualTimestamps_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("history, 7 a page") << QString() << 7;
    QTest::newRow("history, 1 a page") << QString() << 1;
    QTest::newRow("search, 4 a page") << u"example"_s << 4;
    QTest::newRow("search with short term, 5 a page") << u"ex a7"_s << 5;
}

void TestHistoryQuery::pagingWithEqualTimestamps()
{
    QFETCH(QString, search);
    QFETCH(int, pageSize);
    // Three batches of scans at three instants: many rows share a timestamp.
    QList<qint64> expected; // newest first: (scanned_at DESC, id DESC)
    for (int batch = 0; batch < 3; ++batch) {
        QList<NewScan> scans;
        for (int i = 0; i < 10; ++i)
            scans.append(makeScan(u"https://a%1.example/%2"_s.arg(batch).arg(i)));
        const SaveResult result = m_f->store->save(scans);
        QVERIFY(result.ok);
        for (const qint64 id : result.ids)
            expected.prepend(id);
        m_f->clock->advance(batch == 0 ? 1 : 60'000);
    }
    if (search == u"ex a7"_s)
        expected = {};
    QList<qint64> seen;
    HistoryQuery query = searchFor(search, pageSize);
    for (int guard = 0; guard < 100; ++guard) {
        const HistoryPage page = m_f->store->query(query);
        QVERIFY2(page.ok, qPrintable(page.error));
        QVERIFY(page.records.size() <= pageSize);
        for (const ScanRecord& r : page.records)
            seen.append(r.id);
        if (!page.next)
            break;
        QCOMPARE(page.records.size(), pageSize);
        query.after = page.next;
    }
    QCOMPARE(seen, expected);
}

void TestHistoryQuery::pagingIsStableWhileScansArrive()
{
    for (int i = 0; i < 6; ++i) {
        QVERIFY(m_f->saveOne(u"https://s%1.example/"_s.arg(i)) > 0);
        m_f->clock->advance(10);
    }
    HistoryQuery query;
    query.limit = 3;
    const HistoryPage first = m_f->store->query(query);
    QCOMPARE(first.records.size(), 3);
    QVERIFY(first.next);
    QCOMPARE(*first.next, (PageCursor{first.records.last().scannedAt, first.records.last().id}));
    // New scans on top do not shift the next page (an OFFSET would repeat rows here).
    QVERIFY(m_f->saveOne(u"https://new1.example/"_s) > 0);
    QVERIFY(m_f->saveOne(u"https://new2.example/"_s) > 0);
    query.after = first.next;
    const HistoryPage second = m_f->store->query(query);
    QCOMPARE(second.records.size(), 3);
    QCOMPARE(second.records.first().content, u"https://s2.example/"_s);
    QVERIFY(!second.next);
}

void TestHistoryQuery::olderImportSortsByTime()
{
    m_f->clock->advance(100'000);
    const qint64 recent = m_f->saveOne(u"https://recent.example/"_s);
    ScanRecord old;
    old.content = u"https://older.example/"_s;
    old.payloadType = u"url"_s;
    old.source = u"import"_s;
    old.scannedAt = kEpochStart; // before `recent`, inserted after it
    const SaveResult imported = m_f->store->insertRecords({old, old});
    QVERIFY(imported.ok);
    QVERIFY(imported.ids.first() > recent);
    for (const QString& search : {QString(), u"example"_s}) {
        const HistoryPage page = m_f->store->query(searchFor(search));
        QCOMPARE(page.records.size(), 3);
        QCOMPARE(page.records.at(0).id, recent);
        QCOMPARE(page.records.at(1).id, imported.ids.at(1)); // same time: higher id first
        QCOMPARE(page.records.at(2).id, imported.ids.at(0));
    }
}

void TestHistoryQuery::limitIsClamped()
{
    seed();
    HistoryQuery query;
    query.limit = 0;
    QCOMPARE(m_f->store->query(query).records.size(), 1);
    query.limit = -5;
    QCOMPARE(m_f->store->query(query).records.size(), 1);
    query.limit = 1'000'000;
    QCOMPARE(m_f->store->query(query).records.size(), 8);
}

// Terms under 3 characters (LIKE) look at the newest kShortSearchScans scans only, page after
// page and in count(); a term of 3 or more still finds the older ones through the full-text index.
void TestHistoryQuery::shortSearchLooksAtNewestScans()
{
    QVERIFY(m_f->saveOne(u"old zq 1"_s) > 0);
    m_f->clock->advance(1000);
    QVERIFY(m_f->saveOne(u"old zq 2"_s) > 0);
    m_f->clock->advance(1000);
    // Below the window everything is searched.
    HistoryPage page = m_f->store->query(searchFor(u"zq"_s));
    QVERIFY(page.ok);
    QCOMPARE(page.records.size(), 2);
    QVERIFY(!page.recentOnly);

    QList<NewScan> filler;
    for (int i = 0; i < kShortSearchScans - 4; ++i)
        filler.append(makeScan(u"filler %1"_s.arg(i)));
    QVERIFY(m_f->store->save(filler).ok);
    m_f->clock->advance(1000);
    QList<NewScan> recent;
    for (int i = 0; i < 3; ++i)
        recent.append(makeScan(u"new zq %1"_s.arg(i)));
    QVERIFY(m_f->store->save(recent).ok);
    // The window holds the 3 new ones, the filler and "old zq 2"; "old zq 1" is just outside.

    QStringList found;
    HistoryQuery query = searchFor(u"zq"_s, 2);
    for (int pages = 0; pages < 10; ++pages) {
        page = m_f->store->query(query);
        QVERIFY2(page.ok, qPrintable(page.error));
        QVERIFY(page.recentOnly);
        for (const ScanRecord& record : std::as_const(page.records))
            found.append(record.content);
        if (!page.next)
            break;
        query.after = page.next;
    }
    QCOMPARE(found, (QStringList{u"new zq 2"_s, u"new zq 1"_s, u"new zq 0"_s, u"old zq 2"_s}));
    QCOMPARE(m_f->store->count(searchFor(u"zq"_s)), 4);
    QCOMPARE(m_f->store->count(searchFor(u"zq 1"_s)), 1); // "new zq 1" only

    // Three characters: the whole history.
    page = m_f->store->query(searchFor(u"old zq"_s));
    QVERIFY(page.ok);
    QVERIFY(!page.recentOnly);
    QCOMPARE(contents(page), (QStringList{u"old zq 1"_s, u"old zq 2"_s}));
}

QTEST_GUILESS_MAIN(TestHistoryQuery)
#include "TestHistoryQuery.moc"
