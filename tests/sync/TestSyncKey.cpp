// SyncKey (Argon2id, record ids) and RecordSealer (XChaCha20-Poly1305 with the record id and time
// as associated data): a sealed record opens only with the same key, id and time, unaltered.
#include "sync/RecordSealer.h"
#include "sync/SyncKey.h"
#include "sync/SyncRecordCodec.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {
SyncKey keyOf(const QByteArray& passphrase, const QString& user = u"alice"_s)
{
    return *SyncKey::derive(passphrase, user, KdfParams::minimumForTests());
}
const QRegularExpression kUuidV4(u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
} // namespace

class TestSyncKey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void derivationIsDeterministicPerAccount()
    {
        QCOMPARE(keyOf("horse battery").bytes(), keyOf("horse battery").bytes());
        QCOMPARE(keyOf("horse battery", u"Alice"_s).bytes(), keyOf("horse battery", u"alice"_s).bytes());
        QVERIFY(keyOf("horse battery").bytes() != keyOf("horse batterz").bytes());
        QVERIFY(keyOf("horse battery", u"alice"_s).bytes() != keyOf("horse battery", u"bob"_s).bytes());
        QCOMPARE(keyOf("x").bytes().size(), SyncKey::Bytes);
        QVERIFY(SyncKey::saltFor(u"alice"_s) != SyncKey::saltFor(u"bob"_s));
        QCOMPARE(SyncKey::saltFor(u"alice"_s).size(), 16);
    }

    void refusesEmptyInput()
    {
        QString error;
        QVERIFY(!SyncKey::derive({}, u"alice"_s, KdfParams::minimumForTests(), &error));
        QVERIFY(error.contains(u"empty"_s));
        QVERIFY(!SyncKey::derive("pass", u" "_s, KdfParams::minimumForTests(), &error));
        QVERIFY(!SyncKey::fromBytes(QByteArray(31, 'k')));
    }

    void storedKeyIsTheSameKey()
    {
        const SyncKey key = keyOf("stored");
        const std::optional<SyncKey> back = SyncKey::fromBytes(key.bytes());
        QVERIFY(back);
        QCOMPARE(back->fingerprint(), key.fingerprint());
        QCOMPARE(back->recordIdFor(u"0190-scan"_s), key.recordIdFor(u"0190-scan"_s));
        QVERIFY(keyOf("other").fingerprint() != key.fingerprint());
    }

    void recordIdsAreKeyedVersion4Uuids()
    {
        const SyncKey key = keyOf("ids");
        const QString uuid = u"01936f4e-8a2b-7c3d-9e4f-5a6b7c8d9e0f"_s;
        const QString id = key.recordIdFor(uuid);
        QVERIFY2(kUuidV4.match(id).hasMatch(), qPrintable(id));
        QCOMPARE(key.recordIdFor(uuid.toUpper()), id);
        QVERIFY(keyOf("other").recordIdFor(uuid) != id); // keyed: reveals nothing without the key
        QVERIFY(key.recordIdFor(uuid + u"x"_s) != id);
        const QString check = SyncKey::keyCheckRecordId(u"alice"_s);
        QVERIFY(kUuidV4.match(check).hasMatch());
        QCOMPARE(SyncKey::keyCheckRecordId(u"ALICE"_s), check); // found whatever the passphrase
        QVERIFY(SyncKey::keyCheckRecordId(u"bob"_s) != check);
    }

    void sealedRecordsOpenOnlyUnchanged_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("opens");
        QTest::newRow("unchanged") << u"none"_s << true;
        QTest::newRow("other key (wrong passphrase)") << u"key"_s << false;
        QTest::newRow("other record id") << u"id"_s << false;
        QTest::newRow("other updated_at") << u"time"_s << false;
        QTest::newRow("flipped ciphertext byte") << u"flip"_s << false;
        QTest::newRow("flipped nonce byte") << u"nonce"_s << false;
        QTest::newRow("truncated") << u"truncate"_s << false;
        QTest::newRow("not base64") << u"garbage"_s << false;
        QTest::newRow("empty") << u"empty"_s << false;
    }

    void sealedRecordsOpenOnlyUnchanged()
    {
        QFETCH(QString, change);
        QFETCH(bool, opens);
        const SyncKey key = keyOf("correct horse");
        const RecordSealer sealer(key);
        const QString id = key.recordIdFor(u"scan-1"_s);
        const QByteArray plaintext = R"({"content":"https://bank.example/login"})";
        QString sealed = sealer.seal(plaintext, id, 1000);
        QString openId = id;
        qint64 openTime = 1000;
        std::optional<RecordSealer> other;
        QByteArray raw = QByteArray::fromBase64(sealed.toLatin1());
        if (change == u"key"_s)
            other.emplace(keyOf("correct horsf"));
        else if (change == u"id"_s)
            openId = key.recordIdFor(u"scan-2"_s);
        else if (change == u"time"_s)
            openTime = 1001;
        else if (change == u"flip"_s)
            raw[raw.size() - 20] = char(raw.at(raw.size() - 20) ^ 1);
        else if (change == u"nonce"_s)
            raw[3] = char(raw.at(3) ^ 1);
        else if (change == u"truncate"_s)
            raw.chop(1);
        if (change == u"flip"_s || change == u"nonce"_s || change == u"truncate"_s)
            sealed = QString::fromLatin1(raw.toBase64());
        else if (change == u"garbage"_s)
            sealed = u"not*base64!"_s;
        else if (change == u"empty"_s)
            sealed.clear();
        const std::optional<QByteArray> opened = (other ? *other : sealer).open(sealed, openId, openTime);
        QCOMPARE(opened.has_value(), opens);
        if (opens)
            QCOMPARE(*opened, plaintext);
    }

    void everySealingHasItsOwnNonce()
    {
        const SyncKey key = keyOf("nonce");
        const RecordSealer sealer(key);
        const QString a = sealer.seal("same", u"id"_s, 1);
        const QString b = sealer.seal("same", u"id"_s, 1);
        QVERIFY(a != b);
        QCOMPARE(QByteArray::fromBase64(a.toLatin1()).size(), 24 + 4 + 16); // nonce, text, tag
        QVERIFY(!a.contains(u"same"_s));
    }

    void recordCodecRoundTripsAndRefusesBadRecords_data()
    {
        QTest::addColumn<QByteArray>("plaintext");
        QTest::addColumn<bool>("valid");
        ScanRecord r;
        r.uuid = u"u-1"_s;
        r.content = u"WIFI:S:home;P:secret;;"_s;
        r.payloadType = u"wifi"_s;
        r.source = u"camera"_s;
        r.scannedAt = 5;
        r.updatedAt = 6;
        r.pinned = true;
        r.note = u"kitchen"_s;
        QTest::newRow("scan") << SyncRecordCodec::encodeScan(r) << true;
        QTest::newRow("key check is no scan") << SyncRecordCodec::keyCheck() << false;
        QTest::newRow("not json") << QByteArray("\x01\x02") << false;
        QByteArray badSource = SyncRecordCodec::encodeScan(r);
        badSource.replace("\"camera\"", "\"satellite\"");
        QTest::newRow("unknown source") << badSource << false;
        QByteArray badPinned = SyncRecordCodec::encodeScan(r);
        badPinned.replace("\"pinned\":true", "\"pinned\":\"yes\"");
        QTest::newRow("pinned not bool") << badPinned << false;
    }

    void recordCodecRoundTripsAndRefusesBadRecords()
    {
        QFETCH(QByteArray, plaintext);
        QFETCH(bool, valid);
        QString error;
        const std::optional<ScanRecord> record = SyncRecordCodec::decodeScan(plaintext, &error);
        QCOMPARE(record.has_value(), valid);
        if (valid) {
            QCOMPARE(record->content, u"WIFI:S:home;P:secret;;"_s);
            QCOMPARE(record->note, u"kitchen"_s);
            QVERIFY(record->pinned);
            QCOMPARE(record->updatedAt, 6);
        } else {
            QVERIFY(!error.isEmpty());
        }
        QCOMPARE(SyncRecordCodec::isKeyCheck(plaintext), plaintext == SyncRecordCodec::keyCheck());
    }
};

QTEST_GUILESS_MAIN(TestSyncKey)
#include "TestSyncKey.moc"
