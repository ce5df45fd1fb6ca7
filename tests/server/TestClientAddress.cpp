// Which address the per-address limits count (ClientAddress, --trusted-proxy).
#include "http/ClientAddress.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestClientAddress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resolves_data();
    void resolves();
};

void TestClientAddress::resolves_data()
{
    QTest::addColumn<QString>("trusted");
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QByteArray>("forwardedFor");
    QTest::addColumn<QString>("expected");

    QTest::newRow("no proxy configured: header ignored")
        << QString() << u"203.0.113.9"_s << QByteArray("198.51.100.1") << u"203.0.113.9"_s;
    QTest::newRow("untrusted peer: header ignored")
        << u"127.0.0.1"_s << u"203.0.113.9"_s << QByteArray("198.51.100.1") << u"203.0.113.9"_s;
    QTest::newRow("trusted proxy: its entry")
        << u"127.0.0.1"_s << u"127.0.0.1"_s << QByteArray("198.51.100.1") << u"198.51.100.1"_s;
    QTest::newRow("forged first entries are not believed")
        << u"127.0.0.1"_s << u"127.0.0.1"_s << QByteArray("10.9.9.9, 1.2.3.4,198.51.100.1")
        << u"198.51.100.1"_s;
    QTest::newRow("IPv4-mapped peer matches an IPv4 proxy")
        << u"127.0.0.1"_s << u"::ffff:127.0.0.1"_s << QByteArray("198.51.100.7") << u"198.51.100.7"_s;
    QTest::newRow("IPv6 client") << u"::1"_s << u"::1"_s << QByteArray("2001:db8::5") << u"2001:db8::5"_s;
    QTest::newRow("garbage from a trusted proxy: the proxy")
        << u"127.0.0.1"_s << u"127.0.0.1"_s << QByteArray("not-an-address") << u"127.0.0.1"_s;
    QTest::newRow("empty header: the proxy")
        << u"127.0.0.1"_s << u"127.0.0.1"_s << QByteArray() << u"127.0.0.1"_s;
    QTest::newRow("trailing comma: the proxy")
        << u"127.0.0.1"_s << u"127.0.0.1"_s << QByteArray("198.51.100.1,") << u"127.0.0.1"_s;
}

void TestClientAddress::resolves()
{
    QFETCH(QString, trusted);
    QFETCH(QString, peer);
    QFETCH(QByteArray, forwardedFor);
    QFETCH(QString, expected);
    QList<QHostAddress> proxies;
    if (!trusted.isEmpty())
        proxies.append(QHostAddress(trusted));
    const ClientAddress resolver(proxies);
    QCOMPARE(resolver.of(QHostAddress(peer), forwardedFor), QHostAddress(expected));
}

QTEST_GUILESS_MAIN(TestClientAddress)
#include "TestClientAddress.moc"
