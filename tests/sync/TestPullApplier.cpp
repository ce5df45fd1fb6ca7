// PullApplier on a real client database: the conflict rules of SPEC §9 against local pending
// edits, atomic pages with their cursor, and wrong keys / altered records refused whole.
#include "HistoryFixtures.h"
#include "history/HistoryRemote.h"
#include "store/Transaction.h"
#include "sync/PullApplier.h"
#include "sync/RecordSealer.h"
#include "sync/SyncRecordCodec.h"
#include "sync/SyncState.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

namespace {
const QString kUser = u"alice"_s;
SyncKey keyOf(const QByteArray& passphrase)
{
    return *SyncKey::derive(passphrase, kUser, KdfParams::minimumForTests());
}
} // namespace

class TestPullApplier : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<HistoryFixture> m_fixture;
    SyncKey m_key = keyOf("right");
    RecordSealer m_sealer{m_key};

    void fresh()
    {
        if (m_fixture)
            m_fixture->close();
        m_fixture = std::make_unique<HistoryFixture>();
        if (!m_fixture->open())
            qFatal("no database");
    }
    HistoryFixture& f() { return *m_fixture; }

    // The local record after setup `local` (relative times from the fixture's clock start E).
    QString prepare(const QString& local, qint64& base)
    {
        fresh();
        base = f().clock->epochMs();
        const SaveResult saved = f().store->save({makeScan(u"https://shop.example/item"_s)});
        if (!saved.ok)
            qFatal("cannot save");
        const qint64 id = saved.ids.first();
        const QString uuid = f().store->get(id)->uuid;
        if (local == u"none"_s) {
            // Another device's record: nothing here.
            fresh();
            return uuid;
        }
        QList<qint64> all;
        for (const OutboxMutation& m : f().store->pendingMutations())
            all.append(m.id);
        f().store->acknowledge(all);
        QSqlQuery map(f().db->connection());
        map.prepare(u"INSERT INTO sync_records(record_id, scan_uuid) VALUES(?, ?)"_s);
        map.addBindValue(m_key.recordIdFor(uuid));
        map.addBindValue(uuid);
        if (!map.exec())
            qFatal("cannot map");
        const auto at = [&](qint64 offset) { f().clock->advance(base + offset - f().clock->epochMs()); };
        if (local == u"pending newer edit"_s)
            at(200), f().store->setNote(id, u"local"_s);
        else if (local == u"pending older edit"_s)
            at(50), f().store->setNote(id, u"local"_s);
        else if (local == u"pending same-time edit"_s)
            at(100), f().store->setNote(id, u"local"_s);
        else if (local == u"pending deletion, same time"_s)
            at(100), f().store->remove(id);
        else if (local == u"pending deletion, older"_s)
            at(50), f().store->remove(id);
        return uuid;
    }

    SyncPulledChange remotePut(const QString& uuid, qint64 updatedAt, const QString& note, qint64 seq = 1)
    {
        ScanRecord r;
        r.uuid = uuid;
        r.content = u"https://shop.example/item"_s;
        r.payloadType = u"url"_s;
        r.source = u"camera"_s;
        r.scannedAt = updatedAt - 100;
        r.updatedAt = updatedAt;
        r.note = note;
        const QString id = m_key.recordIdFor(uuid);
        return {seq,       id, updatedAt, false, m_sealer.seal(SyncRecordCodec::encodeScan(r), id, updatedAt),
                u"other"_s};
    }

    PullPageResult apply(const QList<SyncPulledChange>& changes, qint64 cursor, SyncError& error,
                         bool verified = true, const SyncKey* key = nullptr)
    {
        const SyncKey& k = key ? *key : m_key;
        const RecordSealer sealer(k);
        PullApplier applier(*f().db, k, sealer, SyncKey::keyCheckRecordId(kUser), k.fingerprint(), verified,
                            false);
        return applier.apply(changes, cursor, error);
    }

    QString localState(const QString& uuid)
    {
        QSqlDatabase db = f().db->connection();
        QString error;
        const std::optional<ScanRecord> record = HistoryRemote::record(db, uuid, error);
        if (!record)
            return error.isEmpty() ? u"absent"_s : error;
        if (record->deleted)
            return u"tombstone"_s;
        const std::optional<HistoryRemote::LocalVersion> version = HistoryRemote::version(db, uuid, error);
        return u"note=%1%2"_s.arg(record->note, version->pending ? u" pending"_s : u""_s);
    }

private Q_SLOTS:
    void conflictRules_data()
    {
        QTest::addColumn<QString>("local");
        QTest::addColumn<bool>("remoteDeleted");
        QTest::addColumn<QString>("expected");
        // The server's version is at E+100 in every row.
        QTest::newRow("new record") << u"none"_s << false << u"note=remote"_s;
        QTest::newRow("deletion of an unknown record") << u"none"_s << true << u"absent"_s;
        QTest::newRow("synced, server edit") << u"synced"_s << false << u"note=remote"_s;
        QTest::newRow("synced, server deletion") << u"synced"_s << true << u"absent"_s;
        QTest::newRow("newer local edit beats server edit")
            << u"pending newer edit"_s << false << u"note=local pending"_s;
        QTest::newRow("newer local edit beats server deletion")
            << u"pending newer edit"_s << true << u"note=local pending"_s;
        QTest::newRow("older local edit loses") << u"pending older edit"_s << false << u"note=remote"_s;
        QTest::newRow("deletion wins over older local edit")
            << u"pending older edit"_s << true << u"absent"_s;
        QTest::newRow("tie: server wins") << u"pending same-time edit"_s << false << u"note=remote"_s;
        QTest::newRow("tie: deletion wins") << u"pending same-time edit"_s << true << u"absent"_s;
        QTest::newRow("tie: local deletion wins over server edit")
            << u"pending deletion, same time"_s << false << u"tombstone"_s;
        QTest::newRow("newer server edit revives a local deletion")
            << u"pending deletion, older"_s << false << u"note=remote"_s;
    }

    void conflictRules()
    {
        QFETCH(QString, local);
        QFETCH(bool, remoteDeleted);
        QFETCH(QString, expected);
        qint64 base = 0;
        const QString uuid = prepare(local, base);
        SyncPulledChange change = remotePut(uuid, base + 100, u"remote"_s);
        if (remoteDeleted) {
            change.deleted = true;
            change.ciphertext.clear();
        }
        SyncError error;
        apply({change}, 7, error);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(localState(uuid), expected);
        QCOMPARE(SyncState(*f().db).cursor(), 7);
        if (!remoteDeleted && local != u"pending deletion, same time"_s && !expected.contains(u"local"_s)) {
            const HistoryPage page = f().store->query({});
            QCOMPARE(page.records.size(), 1); // listed (and searchable) like a local scan
            QCOMPARE(f().store->query(searchFor(u"shop.example"_s)).records.size(), 1);
        }
    }

    void wrongKeyAppliesNothing_data()
    {
        QTest::addColumn<bool>("verified");
        QTest::addColumn<bool>("keyCheckFirst");
        QTest::addColumn<int>("kind");
        QTest::newRow("new device, records only") << false << false << int(SyncError::Kind::WrongPassphrase);
        QTest::newRow("new device, key check first")
            << false << true << int(SyncError::Kind::WrongPassphrase);
        QTest::newRow("verified key, damaged record") << true << false << int(SyncError::Kind::Unreadable);
    }

    void wrongKeyAppliesNothing()
    {
        QFETCH(bool, verified);
        QFETCH(bool, keyCheckFirst);
        QFETCH(int, kind);
        qint64 base = 0;
        const QString uuid = prepare(u"none"_s, base);
        const SyncKey wrong = keyOf("wrong");
        QList<SyncPulledChange> page;
        if (keyCheckFirst) {
            const QString id = SyncKey::keyCheckRecordId(kUser);
            page.append({1, id, base, false, m_sealer.seal(SyncRecordCodec::keyCheck(), id, base), u"a"_s});
        }
        page.append(remotePut(uuid, base + 100, u"remote"_s, 2));
        SyncError error;
        // The page was sealed with m_key; the device opens it with `wrong`. The damaged-record case
        // uses the right key and an altered ciphertext.
        if (verified) {
            QByteArray raw = QByteArray::fromBase64(page.last().ciphertext.toLatin1());
            raw[30] = char(raw.at(30) ^ 1);
            page.last().ciphertext = QString::fromLatin1(raw.toBase64());
        }
        apply(page, 9, error, verified, verified ? nullptr : &wrong);
        QCOMPARE(int(error.kind), kind);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(localState(uuid), u"absent"_s);
        QCOMPARE(SyncState(*f().db).cursor(), 0); // the page is pulled again after the fix
        QVERIFY(SyncState(*f().db).verifiedKey().isEmpty());
    }

    void keyCheckVerifiesTheKey()
    {
        qint64 base = 0;
        prepare(u"none"_s, base);
        const QString id = SyncKey::keyCheckRecordId(kUser);
        SyncError error;
        const PullPageResult result =
            apply({{1, id, base, false, m_sealer.seal(SyncRecordCodec::keyCheck(), id, base), u"a"_s}}, 1,
                  error, false);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QVERIFY(result.keyChecked);
        QCOMPARE(SyncState(*f().db).verifiedKey(), m_key.fingerprint());
    }

    void recordUnderAnotherIdIsRefused()
    {
        qint64 base = 0;
        const QString uuid = prepare(u"none"_s, base);
        SyncPulledChange change = remotePut(uuid, base + 100, u"remote"_s);
        // Sealed correctly for a record id that is not the hash of its uuid (a server moving records).
        change.recordId = m_key.recordIdFor(u"another"_s);
        ScanRecord r = *SyncRecordCodec::decodeScan(*m_sealer.open(
            remotePut(uuid, base + 100, u"x"_s).ciphertext, m_key.recordIdFor(uuid), base + 100));
        change.ciphertext = m_sealer.seal(SyncRecordCodec::encodeScan(r), change.recordId, change.updatedAt);
        SyncError error;
        apply({change}, 3, error, true);
        QCOMPARE(error.kind, SyncError::Kind::Unreadable);
        QCOMPARE(localState(uuid), u"absent"_s);
    }
};

QTEST_GUILESS_MAIN(TestPullApplier)
#include "TestPullApplier.moc"
