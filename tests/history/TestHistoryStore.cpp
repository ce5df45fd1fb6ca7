// HistoryStore: saving in one transaction with the outbox, redaction, notes, pins, tombstones, sync.
#include "HistoryFixtures.h"
#include "history/Redaction.h"
#include "payload/PayloadJson.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

class TestHistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void clientIdCreatedOnce();
    void saveWritesScanAndOutbox();
    void emptyBatch();
    void failingOutboxRollsBackScans();
    void failingSecondScanRollsBackFirst();
    void unknownSourceRefused();
    void redaction_data();
    void redaction();
    void offTheRecordStoresNothing();
    void hostAndVerdictKept();
    void batchSearchableByContentHostAndNote();
    void thumbnail();
    void noteAndPin();
    void changeOfMissingScanFails();
    void failingOutboxRollsBackChange();
    void removeLeavesTombstoneUntilSynced();
    void acknowledgeMarksSynced();
    void mutationIdsIncrease();
    void payloadDoesNotRepeatContent_data();
    void payloadDoesNotRepeatContent();
    void rowsWithRawReadAsStored();

private:
    std::unique_ptr<HistoryFixture> m_f;
};

void TestHistoryStore::init()
{
    m_f = std::make_unique<HistoryFixture>();
    QVERIFY2(m_f->open(), m_f->db ? qPrintable(m_f->db->errorString()) : "no temporary folder");
}

void TestHistoryStore::cleanup()
{
    m_f.reset();
}

void TestHistoryStore::clientIdCreatedOnce()
{
    const QString id = m_f->store->clientId();
    QVERIFY(!QUuid::fromString(id).isNull());
    m_f->close();
    QVERIFY(m_f->open());
    QCOMPARE(m_f->store->clientId(), id);
    QCOMPARE(m_f->scalar(u"SELECT count(*) FROM app_state WHERE key = 'client_id'"_s), 1);
}

void TestHistoryStore::saveWritesScanAndOutbox()
{
    const SaveResult result =
        m_f->store->save({makeScan(u"https://example.com/a"_s), makeScan(u"hello"_s, u"file"_s),
                          makeScan(u"tel:+41441234567"_s, u"clipboard"_s)});
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!result.offTheRecord);
    QCOMPARE(result.ids.size(), 3);
    QVERIFY(result.ids.at(0) < result.ids.at(1) && result.ids.at(1) < result.ids.at(2));
    const auto second = m_f->store->get(result.ids.at(1));
    QVERIFY(second);
    QCOMPARE(second->content, u"hello"_s);
    QCOMPARE(second->source, u"file"_s);
    QCOMPARE(second->payloadType, u"text"_s);
    QCOMPARE(second->scannedAt, m_f->clock->epochMs());
    QCOMPARE(second->syncState, u"pending"_s);
    QVERIFY(!second->pinned);

    const QList<OutboxMutation> outbox = m_f->store->pendingMutations();
    QCOMPARE(outbox.size(), 3);
    for (qsizetype i = 0; i < 3; ++i) {
        const auto record = m_f->store->get(result.ids.at(i));
        QVERIFY(record);
        QCOMPARE(outbox.at(i).kind, u"scan_saved"_s);
        QCOMPARE(outbox.at(i).recordUuid, record->uuid);
        QCOMPARE(outbox.at(i).clientId, m_f->store->clientId());
        QCOMPARE(outbox.at(i).body.value(u"uuid"_s).toString(), record->uuid);
        QCOMPARE(outbox.at(i).createdAt, m_f->clock->epochMs());
        QCOMPARE(outbox.at(i).attempts, 0);
    }
    QCOMPARE(m_f->store->count(), 3);
}

void TestHistoryStore::emptyBatch()
{
    const SaveResult result = m_f->store->save({});
    QVERIFY(result.ok);
    QVERIFY(result.ids.isEmpty());
    QCOMPARE(m_f->store->count(), 0);
}

void TestHistoryStore::failingOutboxRollsBackScans()
{
    QVERIFY(m_f->exec(u"CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox BEGIN "
                      u"SELECT RAISE(ABORT, 'forced outbox failure'); END"_s));
    const SaveResult result = m_f->store->save({makeScan(u"first"_s), makeScan(u"second"_s)});
    QVERIFY(!result.ok);
    QVERIFY(result.ids.isEmpty());
    QVERIFY2(result.error.contains(u"forced outbox failure"_s), qPrintable(result.error));
    QCOMPARE(m_f->scalar(u"SELECT count(*) FROM scans"_s), 0);
    QCOMPARE(m_f->scalar(u"SELECT count(*) FROM outbox"_s), 0);
    // The full-text index rolled back with the rows.
    QCOMPARE(m_f->scalar(u"SELECT count(*) FROM scans_fts WHERE scans_fts MATCH '\"first\"'"_s), 0);

    QVERIFY(m_f->exec(u"DROP TRIGGER fail_outbox"_s));
    QCOMPARE(m_f->store->save({makeScan(u"first"_s)}).ids.size(), 1);
    QCOMPARE(m_f->scalar(u"SELECT count(*) FROM outbox"_s), 1);
}

void TestHistoryStore::failingSecondScanRollsBackFirst()
{
    QVERIFY(m_f->exec(u"CREATE TRIGGER fail_scan BEFORE INSERT ON scans WHEN new.content = 'boom' BEGIN "
                      u"SELECT RAISE(ABORT, 'forced scan failure'); END"_s));
    const SaveResult result = m_f->store->save({makeScan(u"fine"_s), makeScan(u"boom"_s)});
    QVERIFY(!result.ok);
    QVERIFY(result.ids.isEmpty());
    QCOMPARE(m_f->scalar(u"SELECT count(*) FROM scans"_s), 0);
    QCOMPARE(m_f->scalar(u"SELECT count(*) FROM outbox"_s), 0);
}

void TestHistoryStore::unknownSourceRefused()
{
    const SaveResult result = m_f->store->save({makeScan(u"x"_s, u"carrier pigeon"_s)});
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(u"carrier pigeon"_s));
    QCOMPARE(m_f->scalar(u"SELECT count(*) FROM scans"_s), 0);
}

void TestHistoryStore::redaction_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<bool>("storeSensitive");
    QTest::addColumn<QString>("secret");        // must not be stored (empty: nothing to hide)
    QTest::addColumn<QString>("storedContent"); // expected content as stored
    QTest::addColumn<QString>("jsonField");     // payload field holding the secret

    const QString m = Redaction::mask();
    QTest::newRow("wifi") << u"WIFI:S:Home;T:WPA;P:hunter22;;"_s << false << u"hunter22"_s
                          << u"WIFI:S:Home;T:WPA;P:%1;;"_s.arg(m) << u"password"_s;
    QTest::newRow("wifi escaped ; in password") << u"WIFI:T:WPA;P:qq\\;zz\\;rr;S:Cafe;;"_s << false << u"zz"_s
                                                << u"WIFI:T:WPA;P:%1;S:Cafe;;"_s.arg(m) << u"password"_s;
    QTest::newRow("wifi P: inside ssid is not a password")
        << u"WIFI:S:a:P:b;T:WPA;P:realpw;;"_s << false << u"realpw"_s << u"WIFI:S:a:P:b;T:WPA;P:%1;;"_s.arg(m)
        << u"password"_s;
    QTest::newRow("wifi lower-case field") << u"wifi:s:Net;t:WPA;p:pw12345;;"_s << false << u"pw12345"_s
                                           << u"wifi:s:Net;t:WPA;p:%1;;"_s.arg(m) << u"password"_s;
    QTest::newRow("wifi open network")
        << u"WIFI:S:Open;T:nopass;;"_s << false << QString() << u"WIFI:S:Open;T:nopass;;"_s << QString();
    QTest::newRow("otp") << u"otpauth://totp/ACME:me?secret=JBSWY3DPEHPK3PXP&issuer=ACME"_s << false
                         << u"JBSWY3DPEHPK3PXP"_s << u"otpauth://totp/ACME:me?secret=%1&issuer=ACME"_s.arg(m)
                         << u"secret"_s;
    QTest::newRow("otp secret last, upper-case name")
        << u"otpauth://hotp/x?counter=3&SECRET=GEZDGNBV"_s << false << u"GEZDGNBV"_s
        << u"otpauth://hotp/x?counter=3&SECRET=%1"_s.arg(m) << u"secret"_s;
    QTest::newRow("url untouched") << u"https://example.com/?secret=abc"_s << false << QString()
                                   << u"https://example.com/?secret=abc"_s << QString();
    QTest::newRow("wifi kept when opted in") << u"WIFI:S:Home;T:WPA;P:hunter22;;"_s << true << QString()
                                             << u"WIFI:S:Home;T:WPA;P:hunter22;;"_s << QString();
}

void TestHistoryStore::redaction()
{
    QFETCH(QString, content);
    QFETCH(bool, storeSensitive);
    QFETCH(QString, secret);
    QFETCH(QString, storedContent);
    QFETCH(QString, jsonField);

    m_f->store->setOptions({storeSensitive, false});
    const qint64 id = m_f->saveOne(content);
    QVERIFY(id > 0);
    const auto record = m_f->store->get(id);
    QVERIFY(record);
    QCOMPARE(record->content, storedContent);
    QCOMPARE(record->contentRedacted, !secret.isEmpty());
    const QString json = QString::fromUtf8(QJsonDocument(record->payload).toJson());
    if (!secret.isEmpty()) {
        QVERIFY2(!json.contains(secret), qPrintable(json));
        QCOMPARE(record->payload.value(jsonField).toString(), Redaction::mask());
        QCOMPARE(record->payload.value(u"raw"_s).toString(), storedContent);
        // Nowhere in the file's rows either (the FTS index reads the stored content).
        QSqlQuery query(m_f->db->connection());
        query.prepare(u"SELECT count(*) FROM scans WHERE content LIKE ? OR payload_json LIKE ?"_s);
        query.addBindValue(u'%' + secret + u'%');
        query.addBindValue(u'%' + secret + u'%');
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
    if (storeSensitive)
        QVERIFY(json.contains(u"hunter22"_s));
}

void TestHistoryStore::offTheRecordStoresNothing()
{
    m_f->store->setOptions({false, true});
    const SaveResult result = m_f->store->save({makeScan(u"secret place"_s), makeScan(u"another"_s)});
    QVERIFY(result.ok);
    QVERIFY(result.offTheRecord);
    QVERIFY(result.ids.isEmpty());
    QCOMPARE(m_f->scalar(u"SELECT count(*) FROM scans"_s), 0);
    QCOMPARE(m_f->scalar(u"SELECT count(*) FROM outbox"_s), 0);
    m_f->store->setOptions({});
    QCOMPARE(m_f->store->save({makeScan(u"on the record"_s)}).ids.size(), 1);
}

void TestHistoryStore::hostAndVerdictKept()
{
    NewScan scan = makeScan(u"https://login.paypa1.example/verify"_s, u"screen"_s, VerdictLevel::Dangerous);
    scan.verdict.reasons.append(Reason{ReasonCode::LookalikeDomain, 0.8, {u"paypal.com"_s}, u"paypa1"_s});
    const SaveResult result = m_f->store->save({scan});
    QVERIFY(result.ok);
    const auto record = m_f->store->get(result.ids.first());
    QVERIFY(record);
    QCOMPARE(record->host, u"login.paypa1.example"_s);
    QCOMPARE(record->verdictLevel, u"dangerous"_s);
    QCOMPARE(record->verdict.value(u"level"_s).toString(), u"dangerous"_s);
    QCOMPARE(record->verdict.value(u"reasons"_s).toArray().size(), 1);
    QCOMPARE(record->payloadType, u"url"_s);
    QCOMPARE(record->payload.value(u"type"_s).toString(), u"url"_s);
}

// Schema 4: the store, not a trigger, writes each new scan's full-text row (content, note, host).
void TestHistoryStore::batchSearchableByContentHostAndNote()
{
    NewScan idn = makeScan(u"https://xn--bcher-kva.example/shop"_s);
    idn.verdict.destination.hostUnicode = u"b\u00fccher.example"_s; // only in the host column
    QList<NewScan> batch{idn, makeScan(u"museum ticket 4711"_s), makeScan(u"tel:+41445551234"_s)};
    for (int i = 0; i < 200; ++i)
        batch.append(makeScan(u"https://filler%1.example/page"_s.arg(i)));
    const SaveResult result = m_f->store->save(batch);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.ids.size(), batch.size());
    QCOMPARE(m_f->store->count(searchFor(u"b\u00fccher"_s)), 1); // host
    QCOMPARE(m_f->store->count(searchFor(u"xn--bcher"_s)), 1);   // content
    QCOMPARE(m_f->store->count(searchFor(u"ticket 4711"_s)), 1); // content, two terms
    QCOMPARE(m_f->store->count(searchFor(u"filler1"_s)), 111);   // filler1, filler10..199
    QCOMPARE(m_f->store->count(searchFor(u"5551234"_s)), 1);
    QVERIFY(m_f->store->setNote(result.ids.at(2), u"dentist appointment"_s));
    QCOMPARE(m_f->store->count(searchFor(u"dentist"_s)), 1); // note
    QVERIFY(m_f->store->remove(result.ids.at(0)));
    QCOMPARE(m_f->store->count(searchFor(u"b\u00fccher"_s)), 0);
    // Each row was indexed once, with the values the update and delete triggers remove.
    QVERIFY(m_f->exec(u"INSERT INTO scans_fts(scans_fts) VALUES('integrity-check')"_s));
    // The tombstone left the index: the other 200 URLs remain.
    QCOMPARE(m_f->scalar(u"SELECT count(*) FROM scans_fts WHERE scans_fts MATCH '\"example\"'"_s), 200);
}

void TestHistoryStore::thumbnail()
{
    NewScan scan = makeScan(u"with picture"_s);
    QImage image(24, 16, QImage::Format_RGB32);
    image.fill(Qt::red);
    scan.thumbnail = image;
    const SaveResult result = m_f->store->save({scan, makeScan(u"without picture"_s)});
    QVERIFY(result.ok);
    const auto with = m_f->store->get(result.ids.at(0));
    QVERIFY(with && with->hasThumbnail);
    const QImage loaded = QImage::fromData(with->thumbnailPng, "PNG");
    QCOMPARE(loaded.size(), QSize(24, 16));
    QCOMPARE(loaded.pixelColor(3, 3), QColor(Qt::red));
    const auto without = m_f->store->get(result.ids.at(1));
    QVERIFY(without && !without->hasThumbnail && without->thumbnailPng.isEmpty());
    const HistoryPage page = m_f->store->query({});
    QCOMPARE(page.records.size(), 2);
    QVERIFY(page.records.at(1).hasThumbnail);
    QVERIFY(page.records.at(1).thumbnailPng.isEmpty()); // pages stay light
}

void TestHistoryStore::noteAndPin()
{
    const qint64 id = m_f->saveOne(u"https://example.org"_s);
    QVERIFY(m_f->syncAll());
    QCOMPARE(m_f->store->get(id)->syncState, u"synced"_s);
    m_f->clock->advance(5000);
    QVERIFY(m_f->store->setNote(id, u"parking meter sticker"_s));
    QVERIFY(m_f->store->setPinned(id, true));
    const auto record = m_f->store->get(id);
    QCOMPARE(record->note, u"parking meter sticker"_s);
    QVERIFY(record->pinned);
    QCOMPARE(record->syncState, u"pending"_s);
    QCOMPARE(record->updatedAt, m_f->clock->epochMs());
    const QList<OutboxMutation> outbox = m_f->store->pendingMutations();
    QCOMPARE(outbox.size(), 2);
    QCOMPARE(outbox.at(0).kind, u"note"_s);
    QCOMPARE(outbox.at(0).body.value(u"note"_s).toString(), u"parking meter sticker"_s);
    QCOMPARE(outbox.at(1).kind, u"pin"_s);
    QCOMPARE(outbox.at(1).body.value(u"pinned"_s).toBool(), true);
    QCOMPARE(outbox.at(1).recordUuid, record->uuid);
    QVERIFY(m_f->store->setNote(id, QString()));
    QVERIFY(m_f->store->get(id)->note.isEmpty());
}

void TestHistoryStore::changeOfMissingScanFails()
{
    QString error;
    QVERIFY(!m_f->store->setNote(4711, u"x"_s, &error));
    QVERIFY(error.contains(u"no such scan"_s));
    QVERIFY(!m_f->store->setPinned(4711, true));
    QVERIFY(!m_f->store->remove(4711));
    QCOMPARE(m_f->scalar(u"SELECT count(*) FROM outbox"_s), 0);
}

void TestHistoryStore::failingOutboxRollsBackChange()
{
    const qint64 id = m_f->saveOne(u"keep me"_s);
    QVERIFY(m_f->exec(u"CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox BEGIN "
                      u"SELECT RAISE(ABORT, 'forced'); END"_s));
    QVERIFY(!m_f->store->setNote(id, u"lost"_s));
    QVERIFY(!m_f->store->setPinned(id, true));
    QVERIFY(!m_f->store->remove(id));
    const auto record = m_f->store->get(id);
    QVERIFY(record->note.isEmpty());
    QVERIFY(!record->pinned);
    QVERIFY(!record->deleted);
    QCOMPARE(m_f->store->count(searchFor(u"lost"_s)), 0);
}

void TestHistoryStore::removeLeavesTombstoneUntilSynced()
{
    const qint64 id = m_f->saveOne(u"https://gone.example/"_s);
    const qint64 other = m_f->saveOne(u"https://stays.example/"_s);
    QVERIFY(m_f->store->remove(id));
    const auto tombstone = m_f->store->get(id);
    QVERIFY(tombstone && tombstone->deleted);
    QCOMPARE(m_f->store->count(), 1);
    QCOMPARE(m_f->store->count(searchFor(u"gone"_s)), 0);
    QCOMPARE(m_f->store->query({}).records.first().id, other);
    QCOMPARE(m_f->store->pendingMutations().last().kind, u"delete"_s);
    QVERIFY(!m_f->store->setNote(id, u"too late"_s)); // a deleted scan cannot be edited
    QVERIFY(m_f->syncAll());
    QVERIFY(!m_f->store->get(id)); // gone for good once the deletion was synced
    QVERIFY(m_f->store->get(other));
}

void TestHistoryStore::acknowledgeMarksSynced()
{
    const qint64 a = m_f->saveOne(u"a-scan"_s);
    const qint64 b = m_f->saveOne(u"b-scan"_s);
    QVERIFY(m_f->store->setNote(a, u"n"_s));
    const QList<OutboxMutation> outbox = m_f->store->pendingMutations();
    QCOMPARE(outbox.size(), 3);
    // Acknowledge only a's first mutation: its note is still pending, so a stays pending.
    QVERIFY(m_f->store->acknowledge({outbox.at(0).id, outbox.at(1).id}));
    QCOMPARE(m_f->store->get(a)->syncState, u"pending"_s);
    QCOMPARE(m_f->store->get(b)->syncState, u"synced"_s);
    QVERIFY(m_f->store->acknowledge({outbox.at(2).id}));
    QCOMPARE(m_f->store->get(a)->syncState, u"synced"_s);
    QVERIFY(m_f->store->pendingMutations().isEmpty());
}

void TestHistoryStore::mutationIdsIncrease()
{
    const qint64 id = m_f->saveOne(u"x1"_s);
    QVERIFY(m_f->syncAll()); // the outbox is emptied...
    QVERIFY(m_f->store->setPinned(id, true));
    const QList<OutboxMutation> outbox = m_f->store->pendingMutations();
    QCOMPARE(outbox.size(), 1);
    QVERIFY(outbox.first().id > 1); // ...but mutation ids are never reused (AUTOINCREMENT)
}

void TestHistoryStore::payloadDoesNotRepeatContent_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<bool>("storeSensitive");
    QTest::newRow("url") << u"https://example.com/a?b=\"c\""_s << false;
    QTest::newRow("text with controls") << u"line 1\nline\t2 \u00e9\U0001F600"_s << false;
    QTest::newRow("contact") << u"MECARD:N:Doe,J\u00fcrg;TEL:1;;"_s << false;
    QTest::newRow("wifi redacted") << u"WIFI:S:Net;T:WPA;P:hunter22;;"_s << false;
    QTest::newRow("wifi kept") << u"WIFI:S:Net;T:WPA;P:hunter22;;"_s << true;
    QTest::newRow("otp redacted") << u"otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP"_s << false;
}

// The stored payload_json has no "raw" (schema 5), yet reading the scan back gives the whole
// payload: the one payloadToJson() builds (redacted like the content when it has secrets).
void TestHistoryStore::payloadDoesNotRepeatContent()
{
    QFETCH(QString, content);
    QFETCH(bool, storeSensitive);
    m_f->store->setOptions({storeSensitive, false});
    const qint64 id = m_f->saveOne(content);
    QVERIFY(id > 0);
    QSqlQuery row(m_f->db->connection());
    QVERIFY(row.exec(u"SELECT payload_json, raw_in_content FROM scans WHERE id = %1"_s.arg(id)) &&
            row.next());
    const QJsonObject stored = QJsonDocument::fromJson(row.value(0).toByteArray()).object();
    QVERIFY2(!stored.isEmpty() && !stored.contains(u"raw"_s), row.value(0).toByteArray().constData());
    QCOMPARE(row.value(1).toInt(), 1);

    const auto record = m_f->store->get(id);
    QVERIFY(record);
    const QString json =
        QString::fromUtf8(QJsonDocument(payloadToJson(PayloadParser::parse(content))).toJson());
    QJsonObject expected = QJsonDocument::fromJson(json.toUtf8()).object();
    if (record->contentRedacted) {
        expected = Redaction::redact(record->payloadType, content, expected).payload;
        QVERIFY(record->content != content);
    }
    QCOMPARE(record->payload, expected);
    QCOMPARE(record->payload.value(u"raw"_s).toString(), record->content);
    // Query pages read it the same way.
    const HistoryPage page = m_f->store->query({});
    QVERIFY(page.ok && page.records.size() == 1);
    QCOMPARE(page.records.first().payload, expected);
}

// Rows written before schema 5 carry "raw" in payload_json (raw_in_content = 0) and are read as
// they are; so is an imported payload whose "raw" differs from its content or that has none.
void TestHistoryStore::rowsWithRawReadAsStored()
{
    QVERIFY(m_f->exec(
        u"INSERT INTO scans(uuid, sort_key, content, payload_type, payload_json, source, scanned_at, "
        u"updated_at) VALUES ('old-row', 1, 'https://example.org/old', 'url', "
        u"'{\"host\":\"example.org\",\"notes\":[],\"raw\":\"https://example.org/old\",\"type\":\"url\"}', "
        u"'camera', 1, 1)"_s));
    const qint64 oldId = m_f->scalar(u"SELECT id FROM scans WHERE uuid = 'old-row'"_s);
    const auto old = m_f->store->get(oldId);
    QVERIFY(old);
    QCOMPARE(old->payload, (QJsonObject{{u"host"_s, u"example.org"_s},
                                        {u"notes"_s, QJsonArray()},
                                        {u"raw"_s, u"https://example.org/old"_s},
                                        {u"type"_s, u"url"_s}}));

    ScanRecord different;
    different.content = u"shown text"_s;
    different.payloadType = u"text"_s;
    different.payload = {{u"type"_s, u"text"_s}, {u"raw"_s, u"other text"_s}, {u"notes"_s, QJsonArray()}};
    different.source = u"import"_s;
    different.scannedAt = kEpochStart;
    ScanRecord withoutRaw = different;
    withoutRaw.uuid = u"no-raw"_s;
    withoutRaw.payload.remove(u"raw"_s);
    const SaveResult saved = m_f->store->insertRecords({different, withoutRaw});
    QVERIFY2(saved.ok, qPrintable(saved.error));
    for (int i = 0; i < 2; ++i) {
        const auto record = m_f->store->get(saved.ids.at(i));
        QVERIFY(record);
        QCOMPARE(record->payload, (i == 0 ? different : withoutRaw).payload);
    }
    QCOMPARE(m_f->scalar(u"SELECT sum(raw_in_content) FROM scans"_s), 0);
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "TestHistoryStore.moc"
