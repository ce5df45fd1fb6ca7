// Crypto payment URIs (BIP 21, EIP 681) and EPC/SEPA payment blocks.
#include "payload/PayloadParser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestPaymentPayloads : public QObject
{
    Q_OBJECT

private slots:
    void crypto_data();
    void crypto();
    void epc_data();
    void epc();
};

void TestPaymentPayloads::crypto_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("chainId");
    QTest::addColumn<QString>("functionName");
    QTest::addColumn<QVariantMap>("extra");
    QTest::addColumn<int>("noteCount");

    QTest::newRow("bitcoin amount label message")
        << u"bitcoin:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa?amount=0.0005&label=Luke-Jr&message=Donation%20for%20project%20xyz"_s
        << u"bitcoin"_s << u"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"_s << u"0.0005"_s << u"Luke-Jr"_s
        << u"Donation for project xyz"_s << QString() << QString() << QVariantMap() << 0;
    QTest::newRow("BITCOIN bech32 with payment request")
        << u"BITCOIN:BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ?amount=1&r=https%3A%2F%2Fpay.example.com%2Fi%2F1"_s
        << u"bitcoin"_s << u"BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ"_s << u"1"_s << QString() << QString()
        << QString() << QString() << QVariantMap{{u"r"_s, u"https://pay.example.com/i/1"_s}} << 0;
    QTest::newRow("bitcoin req- parameter, bad amount")
        << u"bitcoin:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa?req-somethingnew=1&amount=1,5"_s << u"bitcoin"_s
        << u"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"_s << u"1,5"_s << QString() << QString() << QString()
        << QString() << QVariantMap{{u"req-somethingnew"_s, u"1"_s}} << 2;
    QTest::newRow("litecoin") << u"litecoin:LQ3B36Yv2rBTxdgAdYpU2UcEZsaNwXeATk?amount=2"_s << u"litecoin"_s
                              << u"LQ3B36Yv2rBTxdgAdYpU2UcEZsaNwXeATk"_s << u"2"_s << QString() << QString()
                              << QString() << QString() << QVariantMap() << 0;
    QTest::newRow("ethereum with chain id")
        << u"ethereum:0xfb6916095ca1df60bb79Ce92ce3ea74c37c5d359@1?value=2.014e18"_s << u"ethereum"_s
        << u"0xfb6916095ca1df60bb79Ce92ce3ea74c37c5d359"_s << u"2.014e18"_s << QString() << QString()
        << u"1"_s << QString() << QVariantMap() << 0;
    QTest::newRow("ethereum token transfer")
        << u"ethereum:pay-0x89205A3A3b2A69De6Dbf7f01ED13B2108B2c43e7@137/transfer?address=0x8e23ee67d1332ad560396262c48ffbb01f93d052&uint256=1&gasLimit=60000"_s
        << u"ethereum"_s << u"0x89205A3A3b2A69De6Dbf7f01ED13B2108B2c43e7"_s << QString() << QString()
        << QString() << u"137"_s << u"transfer"_s
        << QVariantMap{{u"address"_s, u"0x8e23ee67d1332ad560396262c48ffbb01f93d052"_s},
                       {u"uint256"_s, u"1"_s},
                       {u"gasLimit"_s, u"60000"_s}}
        << 0;
    QTest::newRow("ethereum ENS") << u"ETHEREUM:vitalik.eth?value=1e18"_s << u"ethereum"_s << u"vitalik.eth"_s
                                  << u"1e18"_s << QString() << QString() << QString() << QString()
                                  << QVariantMap() << 0;
}

void TestPaymentPayloads::crypto()
{
    QFETCH(QString, input);
    QFETCH(int, noteCount);
    const Payload payload = PayloadParser::parse(input);
    QCOMPARE(payloadTypeName(payload.type), u"crypto"_s);
    const auto* payment = payload.as<CryptoPaymentPayload>();
    QVERIFY(payment);
    QTEST(payment->currency, "currency");
    QTEST(payment->address, "address");
    QTEST(payment->amount, "amount");
    QTEST(payment->label, "label");
    QTEST(payment->message, "message");
    QTEST(payment->chainId, "chainId");
    QTEST(payment->functionName, "functionName");
    QTEST(payment->extra, "extra");
    QCOMPARE(payload.notes.size(), noteCount);
}

void TestPaymentPayloads::epc_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("fields"); // version, charset, bic, name, iban, amount, currency, purpose,
                                             // reference, text, information
    QTest::addColumn<bool>("ibanValid");
    QTest::addColumn<QString>("note"); // empty: no notes

    QTest::newRow("v002 with BIC")
        << u"BCD\n002\n1\nSCT\nBFSWDE33BER\nWikimedia Foerdergesellschaft\nDE33100205000001194700\nEUR123.45\n\n\nSpende fuer Wikipedia"_s
        << QStringList{u"002"_s,
                       u"1"_s,
                       u"BFSWDE33BER"_s,
                       u"Wikimedia Foerdergesellschaft"_s,
                       u"DE33100205000001194700"_s,
                       u"EUR123.45"_s,
                       u"EUR"_s,
                       QString(),
                       QString(),
                       u"Spende fuer Wikipedia"_s,
                       QString()}
        << true << QString();
    QTest::newRow("v002 without BIC, CRLF, spaced IBAN, trailing lines")
        << u"BCD\r\n002\r\n1\r\nSCT\r\n\r\nMax Mustermann\r\nDE89 3704 0044 0532 0130 00\r\nEUR12.3\r\nGDDS\r\nRF18539007547034\r\n\r\nHinweis\r\n\r\n\r\n"_s
        << QStringList{u"002"_s,     u"1"_s,   QString(), u"Max Mustermann"_s,   u"DE89370400440532013000"_s,
                       u"EUR12.3"_s, u"EUR"_s, u"GDDS"_s, u"RF18539007547034"_s, QString(),
                       u"Hinweis"_s}
        << true << QString();
    QTest::newRow("v001 minimal, no amount")
        << u"BCD\n001\n2\nSCT\nCOBADEFFXXX\nJane\nGB82WEST12345698765432"_s
        << QStringList{u"001"_s,  u"2"_s,    u"COBADEFFXXX"_s, u"Jane"_s, u"GB82WEST12345698765432"_s,
                       QString(), QString(), QString(),        QString(), QString(),
                       QString()}
        << true << QString();
    QTest::newRow("bad IBAN checksum")
        << u"BCD\n002\n1\nSCT\n\nMax Mustermann\nDE89370400440532013001\nEUR5"_s
        << QStringList{u"002"_s,  u"1"_s,   QString(), u"Max Mustermann"_s, u"DE89370400440532013001"_s,
                       u"EUR5"_s, u"EUR"_s, QString(), QString(),           QString(),
                       QString()}
        << false << u"IBAN \"DE89370400440532013001\" is not valid"_s;
    QTest::newRow("bad amount")
        << u"BCD\n002\n1\nSCT\n\nMax\nDE89370400440532013000\n12,30 EUR"_s
        << QStringList{u"002"_s,      u"1"_s,    QString(), u"Max"_s,  u"DE89370400440532013000"_s,
                       u"12,30EUR"_s, QString(), QString(), QString(), QString(),
                       QString()}
        << true << u"The amount \"12,30EUR\" is not a currency code and a number"_s;
    QTest::newRow("reference and text")
        << u"BCD\n002\n1\nSCT\n\nMax\nDE89370400440532013000\nEUR1\n\nRF18539007547034\nInvoice 42"_s
        << QStringList{u"002"_s,
                       u"1"_s,
                       QString(),
                       u"Max"_s,
                       u"DE89370400440532013000"_s,
                       u"EUR1"_s,
                       u"EUR"_s,
                       QString(),
                       u"RF18539007547034"_s,
                       u"Invoice 42"_s,
                       QString()}
        << true << u"only one is allowed"_s;
}

void TestPaymentPayloads::epc()
{
    QFETCH(QString, input);
    QFETCH(QStringList, fields);
    QFETCH(QString, note);
    const Payload payload = PayloadParser::parse(input);
    QCOMPARE(payloadTypeName(payload.type), u"epc"_s);
    const auto* epc = payload.as<EpcPaymentPayload>();
    QVERIFY(epc);
    const QStringList actual{epc->version,   epc->characterSet, epc->bic,        epc->name,
                             epc->iban,      epc->amount,       epc->currency,   epc->purpose,
                             epc->reference, epc->text,         epc->information};
    QCOMPARE(actual, fields);
    QTEST(epc->ibanValid, "ibanValid");
    if (note.isEmpty()) {
        QVERIFY2(payload.notes.isEmpty(), qPrintable(payload.notes.join(u" | ")));
    } else {
        QCOMPARE(payload.notes.size(), 1);
        QVERIFY2(payload.notes.first().contains(note), qPrintable(payload.notes.first()));
    }
}

QTEST_GUILESS_MAIN(TestPaymentPayloads)
#include "TestPaymentPayloads.moc"
