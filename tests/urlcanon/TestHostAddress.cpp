// The IPv4 (inet_aton forms) and IPv6 parsers and formatters behind host canonicalisation.
#include "urlcanon/HostAddress.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestHostAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ipv4_data();
    void ipv4();
    void ipv6_data();
    void ipv6();
    void ipv6RoundTrips();
};

void TestHostAddress::ipv4_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected"); // empty when not an IPv4 address

    QTest::newRow("dotted") << "1.2.3.4"_ba
                            << "1.2.3.4"_ba;
    QTest::newRow("octal parts") << "0300.0250.0.01"_ba
                                 << "192.168.0.1"_ba;
    QTest::newRow("hex parts") << "0XC0.0xa8.0x0.0x1"_ba
                               << "192.168.0.1"_ba;
    QTest::newRow("three parts") << "10.1.258"_ba
                                 << "10.1.1.2"_ba;
    QTest::newRow("two parts") << "127.1"_ba
                               << "127.0.0.1"_ba;
    QTest::newRow("one part") << "2130706433"_ba
                              << "127.0.0.1"_ba;
    QTest::newRow("hex one part") << "0x7F000001"_ba
                                  << "127.0.0.1"_ba;
    QTest::newRow("octal zeros") << "0000000000000000000000000177.0.0.1"_ba
                                 << "127.0.0.1"_ba;
    QTest::newRow("bare 0x parts") << "0x.0x.0x.0x"_ba
                                   << "0.0.0.0"_ba;
    QTest::newRow("max") << "255.255.255.255"_ba
                         << "255.255.255.255"_ba;
    QTest::newRow("max two parts") << "255.16777215"_ba
                                   << "255.255.255.255"_ba;
    QTest::newRow("empty") << ""_ba
                           << ""_ba;
    QTest::newRow("empty part") << "1..2"_ba
                                << ""_ba;
    QTest::newRow("trailing dot") << "1.2.3.4."_ba
                                  << ""_ba;
    QTest::newRow("five parts") << "1.2.3.4.5"_ba
                                << ""_ba;
    QTest::newRow("byte over 255") << "1.256.3.4"_ba
                                   << ""_ba;
    QTest::newRow("first of two over 255") << "256.1"_ba
                                           << ""_ba;
    QTest::newRow("last over 24 bits") << "1.16777216"_ba
                                       << ""_ba;
    QTest::newRow("over 32 bits") << "4294967296"_ba
                                  << ""_ba;
    QTest::newRow("hex over 32 bits") << "0x100000000"_ba
                                      << ""_ba;
    QTest::newRow("octal digit 8") << "018.1.1.1"_ba
                                   << ""_ba;
    QTest::newRow("sign") << "+1.2.3.4"_ba
                          << ""_ba;
    QTest::newRow("space") << "1.2.3.4 "_ba
                           << ""_ba;
    QTest::newRow("name") << "example.com"_ba
                          << ""_ba;
    QTest::newRow("hex letters without 0x") << "c0.a8.0.1"_ba
                                            << ""_ba;
}

void TestHostAddress::ipv4()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    const std::optional<quint32> address = parseIPv4(text);
    QCOMPARE(address.has_value(), !expected.isEmpty());
    if (address)
        QCOMPARE(formatIPv4(*address), expected);
}

void TestHostAddress::ipv6_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected"); // empty when not an IPv6 address

    QTest::newRow("all zeros") << "::"_ba
                               << "::"_ba;
    QTest::newRow("loopback") << "0:0:0:0:0:0:0:1"_ba
                              << "::1"_ba;
    QTest::newRow("trailing gap") << "1::"_ba
                                  << "1::"_ba;
    QTest::newRow("no zeros") << "1:2:3:4:5:6:7:8"_ba
                              << "1:2:3:4:5:6:7:8"_ba;
    QTest::newRow("tie goes to the first run") << "1:0:0:2:3:0:0:4"_ba
                                               << "1::2:3:0:0:4"_ba;
    QTest::newRow("longer later run") << "1:0:2:0:0:0:3:4"_ba
                                      << "1:0:2::3:4"_ba;
    QTest::newRow("uppercase and zeros") << "ABCD:00EF:0:0:0:0:0:0"_ba
                                         << "abcd:ef::"_ba;
    QTest::newRow("mapped IPv4") << "::FFFF:127.0.0.1"_ba
                                 << "::ffff:7f00:1"_ba;
    QTest::newRow("eight with IPv4") << "1:2:3:4:5:6:1.2.3.4"_ba
                                     << "1:2:3:4:5:6:102:304"_ba;
    QTest::newRow("IPv4 after gap only") << "::1.2.3.4"_ba
                                         << "::102:304"_ba;
    QTest::newRow("empty") << ""_ba
                           << ""_ba;
    QTest::newRow("one colon") << ":"_ba
                               << ""_ba;
    QTest::newRow("three colons") << ":::"_ba
                                  << ""_ba;
    QTest::newRow("leading single colon") << ":1:2:3:4:5:6:7"_ba
                                          << ""_ba;
    QTest::newRow("trailing single colon") << "1:2:3:4:5:6:7:"_ba
                                           << ""_ba;
    QTest::newRow("gap with eight groups") << "1:2:3:4::5:6:7:8"_ba
                                           << ""_ba;
    QTest::newRow("IPv4 not last") << "::1.2.3.4:5"_ba
                                   << ""_ba;
    QTest::newRow("IPv4 before gap") << "1.2.3.4::"_ba
                                     << ""_ba;
    QTest::newRow("IPv4 too big") << "::256.0.0.1"_ba
                                  << ""_ba;
    QTest::newRow("IPv4 leading zero") << "::1.2.3.04"_ba
                                       << ""_ba;
    QTest::newRow("IPv4 too many groups") << "1:2:3:4:5:6:7:1.2.3.4"_ba
                                          << ""_ba;
    QTest::newRow("zone") << "fe80::1%eth0"_ba
                          << ""_ba;
    QTest::newRow("space") << " ::1"_ba
                           << ""_ba;
}

void TestHostAddress::ipv6()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    const std::optional<IPv6Address> address = parseIPv6(text);
    QCOMPARE(address.has_value(), !expected.isEmpty());
    if (address)
        QCOMPARE(formatIPv6(*address), expected);
}

void TestHostAddress::ipv6RoundTrips()
{
    // Every pattern of zero and non-zero groups formats to text that parses back to the same address.
    for (int mask = 0; mask < 256; ++mask) {
        IPv6Address address{};
        for (int i = 0; i < 8; ++i)
            address[size_t(i)] = (mask >> i) & 1 ? quint16(0x1000 * (i + 1) + 1) : quint16(0);
        const QByteArray text = formatIPv6(address);
        const std::optional<IPv6Address> parsed = parseIPv6(text);
        QVERIFY2(parsed.has_value(), text.constData());
        QCOMPARE(*parsed, address);
        QVERIFY2(!text.contains(":::"), text.constData());
        QVERIFY2(text.count("::") <= 1, text.constData());
    }
}

QTEST_GUILESS_MAIN(TestHostAddress)
#include "TestHostAddress.moc"
