// OutboxBatch: history mutations coalesced per record under increasing ids, tombstones as
// deletions, the batch cap keeping every later id above the ones sent; vote rows the server
// already has (sent by RatingService, or replaced) dropped, the others kept.
#include "HistoryFixtures.h"
#include "localdata/VoteRepository.h"
#include "sync/OutboxBatch.h"
#include "sync/RecordSealer.h"
#include "sync/SyncRecordCodec.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

namespace {
const QString kHashA = QString(64, u'a');
const QString kHashB = QString(64, u'b');
} // namespace

class TestOutboxBatch : public QObject
{
    Q_OBJECT
private:
    SyncKey m_key = *SyncKey::derive("batch", u"alice"_s, KdfParams::minimumForTests());
    RecordSealer m_sealer{m_key};

    OutboxBatch build(HistoryFixture& f, int maxMutations = 500)
    {
        SyncError error;
        OutboxBatch batch = OutboxBatch::build(*f.db, m_key, m_sealer, maxMutations, 1 << 20, error);
        if (!error.ok())
            qFatal("%s", qPrintable(error.message));
        return batch;
    }

private Q_SLOTS:
    void coalescesPerRecordUnderIncreasingIds()
    {
        HistoryFixture f;
        QVERIFY(f.open());
        const qint64 a = f.saveOne(u"https://a.example/"_s); // outbox 1
        const qint64 b = f.saveOne(u"https://b.example/"_s); // 2
        f.clock->advance(5);
        QVERIFY(f.store->setNote(a, u"first"_s)); // 3
        QVERIFY(f.store->remove(b));              // 4
        QVERIFY(f.store->setPinned(a, true));     // 5
        const OutboxBatch batch = build(f);
        QCOMPARE(batch.mutations.size(), 2);
        QCOMPARE(batch.mutations.at(0).id, 4); // b: its deletion
        QVERIFY(batch.mutations.at(0).deleted);
        QVERIFY(batch.mutations.at(0).ciphertext.isEmpty());
        QCOMPARE(batch.mutations.at(1).id, 5); // a: its current state under its last id
        QCOMPARE(batch.outboxIds.value(4), (QList<qint64>{2, 4}));
        QCOMPARE(batch.outboxIds.value(5), (QList<qint64>{1, 3, 5}));
        const SyncPushMutation& put = batch.mutations.at(1);
        const ScanRecord record = *f.store->get(a);
        QCOMPARE(put.recordId, m_key.recordIdFor(record.uuid));
        QCOMPARE(put.updatedAt, record.updatedAt);
        const std::optional<ScanRecord> sealed =
            SyncRecordCodec::decodeScan(*m_sealer.open(put.ciphertext, put.recordId, put.updatedAt));
        QVERIFY(sealed);
        QCOMPARE(sealed->note, u"first"_s);
        QVERIFY(sealed->pinned);
        QVERIFY(!put.ciphertext.contains(u"a.example"_s));
    }

    void theCapLeavesOnlyLaterIds_data()
    {
        QTest::addColumn<int>("cap");
        QTest::newRow("1") << 1;
        QTest::newRow("2") << 2;
        QTest::newRow("3") << 3;
    }

    void theCapLeavesOnlyLaterIds()
    {
        QFETCH(int, cap);
        HistoryFixture f;
        QVERIFY(f.open());
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i)
            ids.append(f.saveOne(u"https://cap.example/%1"_s.arg(i)));
        QVERIFY(f.store->setNote(ids.first(), u"late"_s)); // the first record's last id is now 5
        const OutboxBatch batch = build(f, cap);
        QCOMPARE(batch.mutations.size(), cap);
        qint64 previous = 0;
        for (const SyncPushMutation& m : batch.mutations) {
            QVERIFY(m.id > previous);
            previous = m.id;
        }
        // What stays behind will go out under its record's highest id, above everything sent now
        // (a lower row of such a record rides along with it).
        QList<qint64> sent;
        for (const QList<qint64>& rows : batch.outboxIds)
            sent.append(rows);
        QHash<QString, qint64> laterIds;
        for (const OutboxMutation& pending : f.store->pendingMutations())
            if (!sent.contains(pending.id))
                laterIds[pending.recordUuid] = std::max(laterIds.value(pending.recordUuid), pending.id);
        QCOMPARE(laterIds.size(), 4 - cap);
        for (const qint64 id : std::as_const(laterIds))
            QVERIFY2(id > previous, qPrintable(QString::number(id)));
    }

    void dropsOnlyVotesTheServerHas_data()
    {
        QTest::addColumn<QString>("history");
        QTest::addColumn<int>("dropped");
        QTest::addColumn<int>("left");
        QTest::newRow("pending vote stays") << u"vote"_s << 0 << 1;
        QTest::newRow("sent vote goes") << u"vote, sent"_s << 1 << 0;
        QTest::newRow("replaced vote goes, new one stays") << u"vote, vote again"_s << 1 << 1;
        QTest::newRow("retraction stays") << u"vote, sent, retract"_s << 1 << 1;
        QTest::newRow("retraction then a new vote") << u"vote, retract, vote again"_s << 2 << 1;
    }

    void dropsOnlyVotesTheServerHas()
    {
        QFETCH(QString, history);
        QFETCH(int, dropped);
        QFETCH(int, left);
        HistoryFixture f;
        QVERIFY(f.open());
        VoteRepository votes(*f.db, *f.clock);
        QVERIFY(votes.setVote(kHashB, Vote::Safe).ok); // another item's vote, sent: always dropped
        QVERIFY(votes.markSynced(kHashB, votes.vote(kHashB)->votedAtMs));
        for (const QString& step : history.split(u", "_s)) {
            f.clock->advance(10);
            if (step == u"vote"_s)
                QVERIFY(votes.setVote(kHashA, Vote::Unsafe).ok);
            else if (step == u"vote again"_s)
                QVERIFY(votes.setVote(kHashA, Vote::Safe).ok);
            else if (step == u"sent"_s)
                QVERIFY(votes.markSynced(kHashA, votes.vote(kHashA)->votedAtMs));
            else if (step == u"retract"_s)
                QVERIFY(votes.retract(kHashA).ok);
        }
        SyncError error;
        QCOMPARE(OutboxBatch::dropSentVotes(*f.db, error), dropped + 1);
        QVERIFY(error.ok());
        QCOMPARE(f.scalar(u"SELECT count(*) FROM outbox WHERE kind = 'vote'"_s), left);
        QVERIFY(build(f).mutations.isEmpty()); // votes never go to /v1/sync/push
    }
};

QTEST_GUILESS_MAIN(TestOutboxBatch)
#include "TestOutboxBatch.moc"
