// ItemHash: the community's name of an item is the SHA-256 of its canonical content (the Safe
// Browsing canonical URL for links), so equivalent spellings of a link share one rating.
#include "community/ItemHash.h"
#include "payload/PayloadParser.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestItemHash : public QObject
{
    Q_OBJECT

private slots:
    void canonicalContent_data();
    void canonicalContent();
    void hashIsSha256OfTheCanonicalContent();
    void equivalentLinksShareAHash();
    void prefix();
};

void TestItemHash::canonicalContent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("url") << u"HTTP://Example.COM/a/../b"_s << u"http://example.com/b"_s;
    QTest::newRow("bare host path") << u"https://example.com"_s << u"https://example.com/"_s;
    QTest::newRow("text") << u"Hello, World"_s << u"Hello, World"_s;
    QTest::newRow("wifi") << u"WIFI:S:home;T:WPA;P:secret;;"_s << u"WIFI:S:home;T:WPA;P:secret;;"_s;
}

void TestItemHash::canonicalContent()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QCOMPARE(ItemHash::canonicalContent(PayloadParser::parse(text)), canonical);
}

void TestItemHash::hashIsSha256OfTheCanonicalContent()
{
    const Payload url = PayloadParser::parse(u"https://example.com/é"_s);
    QCOMPARE(ItemHash::of(url), sha256Hex(ItemHash::canonicalContent(url).toUtf8()));
    QCOMPARE(ItemHash::of(url).size(), 64);
    QCOMPARE(ItemHash::of(PayloadParser::parse(u"é"_s)), sha256Hex("\xc3\xa9"));
}

void TestItemHash::equivalentLinksShareAHash()
{
    QCOMPARE(ItemHash::of(PayloadParser::parse(u"HTTP://EXAMPLE.com:80/x/./y"_s)),
             ItemHash::of(PayloadParser::parse(u"http://example.com/x/y"_s)));
    QVERIFY(ItemHash::of(PayloadParser::parse(u"http://example.com/x"_s)) !=
            ItemHash::of(PayloadParser::parse(u"http://example.org/x"_s)));
}

void TestItemHash::prefix()
{
    QCOMPARE(ItemHash::prefixOf(u"ABCDEF0123"_s), u"abcdef01"_s);
}

QTEST_GUILESS_MAIN(TestItemHash)
#include "TestItemHash.moc"
