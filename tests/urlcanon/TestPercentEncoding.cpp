// Percent-unescaping to a fixed point in one pass, and the Safe Browsing escape set.
#include "urlcanon/PercentEncoding.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

QByteArray unescapeByRounds(QByteArray text)
{
    for (;;) {
        QByteArray next = percentUnescapeOnce(text);
        if (next == text)
            return text;
        text = std::move(next);
    }
}

} // namespace

class TestPercentEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unescapeFully_data();
    void unescapeFully();
    void onePassEqualsRepeatedRounds();
    void escape_data();
    void escape();
};

void TestPercentEncoding::unescapeFully_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty") << ""_ba
                           << ""_ba;
    QTest::newRow("plain") << "abc"_ba
                           << "abc"_ba;
    QTest::newRow("one escape") << "a%41b"_ba
                                << "aAb"_ba;
    QTest::newRow("lowercase hex") << "%4a%4A"_ba
                                   << "JJ"_ba;
    QTest::newRow("nested") << "%25%32%35"_ba
                            << "%"_ba;
    QTest::newRow("deeply nested") << "%2525252525252525"_ba
                                   << "%"_ba;
    QTest::newRow("escape completed by a decoded byte") << "%%34%31"_ba
                                                        << "A"_ba;
    QTest::newRow("decoded byte in the middle") << "%%341"_ba
                                                << "A"_ba;
    QTest::newRow("lone percents") << "%%%25%32%35asd%%"_ba
                                   << "%%%asd%%"_ba;
    QTest::newRow("malformed") << "%g1%1g%"_ba
                               << "%g1%1g%"_ba;
    QTest::newRow("trailing partial") << "abc%4"_ba
                                      << "abc%4"_ba;
    QTest::newRow("NUL and high bytes") << "%00%ff%80"_ba << QByteArray("\0\xff\x80", 3);
}

void TestPercentEncoding::unescapeFully()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(percentUnescapeFully(text), expected);
    QCOMPARE(unescapeByRounds(text), expected);
}

void TestPercentEncoding::onePassEqualsRepeatedRounds()
{
    // A small alphabet makes nested and overlapping escapes frequent.
    static constexpr char alphabet[] = "%%%2253414aAgx";
    QRandomGenerator random(20240601);
    for (int round = 0; round < 20000; ++round) {
        QByteArray text(random.bounded(1, 24), '\0');
        for (char& c : text)
            c = alphabet[random.bounded(int(sizeof(alphabet) - 1))];
        QCOMPARE(percentUnescapeFully(text), unescapeByRounds(text));
    }
}

void TestPercentEncoding::escape_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("printable kept") << "a-Z_0.~!$&'()*+,;=:@/?[]"_ba
                                    << ""_ba
                                    << "a-Z_0.~!$&'()*+,;=:@/?[]"_ba;
    QTest::newRow("space and controls") << QByteArray(" \x01\x1f", 3) << ""_ba
                                        << "%20%01%1F"_ba;
    QTest::newRow("NUL") << QByteArray(1, '\0') << ""_ba
                         << "%00"_ba;
    QTest::newRow("hash and percent") << "#%"_ba
                                      << ""_ba
                                      << "%23%25"_ba;
    QTest::newRow("DEL and high bytes") << "\x7f\x80\xff"_ba
                                        << ""_ba
                                        << "%7F%80%FF"_ba;
    QTest::newRow("extra") << "a?b\\c"_ba
                           << "?\\"_ba
                           << "a%3Fb%5Cc"_ba;
}

void TestPercentEncoding::escape()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, extra);
    QFETCH(QByteArray, expected);
    const QByteArray escaped = percentEscape(text, extra);
    QCOMPARE(escaped, expected);
    QCOMPARE(percentUnescapeOnce(escaped), text);
}

QTEST_GUILESS_MAIN(TestPercentEncoding)
#include "TestPercentEncoding.moc"
