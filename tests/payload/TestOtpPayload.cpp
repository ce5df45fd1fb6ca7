// otpauth:// keys.
#include "payload/PayloadParser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestOtpPayload : public QObject
{
    Q_OBJECT

private slots:
    void otp_data();
    void otp();
};

void TestOtpPayload::otp_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<int>("digits");
    QTest::addColumn<int>("period");
    QTest::addColumn<qint64>("counter"); // -1: none
    QTest::addColumn<QStringList>("notes");

    QTest::newRow("totp full")
        << u"otpauth://totp/ACME%20Co:john@example.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME%20Co&algorithm=sha256&digits=8&period=60"_s
        << u"totp"_s << u"ACME Co:john@example.com"_s << u"ACME Co"_s << u"john@example.com"_s
        << u"JBSWY3DPEHPK3PXP"_s << u"SHA256"_s << 8 << 60 << qint64(-1) << QStringList();
    QTest::newRow("totp defaults") << u"otpauth://totp/alice@example.com?secret=JBSWY3DPEHPK3PXP"_s
                                   << u"totp"_s << u"alice@example.com"_s << QString()
                                   << u"alice@example.com"_s << u"JBSWY3DPEHPK3PXP"_s << u"SHA1"_s << 6 << 30
                                   << qint64(-1) << QStringList();
    QTest::newRow("issuer from label only")
        << u"otpauth://totp/GitHub:octocat?secret=JBSWY3DPEHPK3PXP"_s << u"totp"_s << u"GitHub:octocat"_s
        << u"GitHub"_s << u"octocat"_s << u"JBSWY3DPEHPK3PXP"_s << u"SHA1"_s << 6 << 30 << qint64(-1)
        << QStringList();
    QTest::newRow("encoded colon, issuer mismatch")
        << u"otpauth://totp/Bank%3Ame?secret=JBSWY3DPEHPK3PXP&issuer=Evil"_s << u"totp"_s << u"Bank:me"_s
        << u"Evil"_s << u"me"_s << u"JBSWY3DPEHPK3PXP"_s << u"SHA1"_s << 6 << 30 << qint64(-1)
        << QStringList{u"The issuer \"Evil\" differs from the label's \"Bank\""_s};
    QTest::newRow("hotp upper case, spaced lower-case secret, padding")
        << u"OTPAUTH://HOTP/Example:alice?secret=jbsw y3dp ehpk 3pxp===&counter=5&digits=7"_s << u"hotp"_s
        << u"Example:alice"_s << u"Example"_s << u"alice"_s << u"JBSWY3DPEHPK3PXP"_s << u"SHA1"_s << 7 << 0
        << qint64(5) << QStringList();
    QTest::newRow("hotp without counter") << u"otpauth://hotp/x?secret=GEZDGNBV"_s << u"hotp"_s << u"x"_s
                                          << QString() << u"x"_s << u"GEZDGNBV"_s << u"SHA1"_s << 6 << 0
                                          << qint64(-1) << QStringList{u"The HOTP key has no counter"_s};
}

void TestOtpPayload::otp()
{
    QFETCH(QString, input);
    QFETCH(qint64, counter);
    const Payload payload = PayloadParser::parse(input);
    QCOMPARE(payloadTypeName(payload.type), u"otp"_s);
    const auto* otp = payload.as<OtpPayload>();
    QVERIFY(otp);
    QTEST(otp->kind, "kind");
    QTEST(otp->label, "label");
    QTEST(otp->issuer, "issuer");
    QTEST(otp->account, "account");
    QTEST(otp->secret, "secret");
    QTEST(otp->algorithm, "algorithm");
    QTEST(otp->digits, "digits");
    QTEST(otp->period, "period");
    QCOMPARE(otp->counter.value_or(-1), counter);
    QTEST(payload.notes, "notes");
}

QTEST_GUILESS_MAIN(TestOtpPayload)
#include "TestOtpPayload.moc"
