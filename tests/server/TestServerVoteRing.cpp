// Abuse (SPEC §8, issue #10): a vote ring — many fresh devices voting one item within minutes —
// against an established verdict, simulated on the server's own stores with an injected clock
// (the binary has no clock to inject: devices must be months old); and the per-voter and
// per-address limits of the real binary, with client addresses simulated through X-Forwarded-For
// from a trusted proxy.
#include "ApiClient.h"
#include "ManualClock.h"
#include "abuse/AbuseGuard.h"
#include "ratings/RatingQuery.h"
#include "storage/DeviceRepository.h"
#include "storage/ServerSchema.h"
#include "storage/ServerVoteStore.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

constexpr qint64 MinuteMs = 60LL * 1000;
constexpr qint64 DayMs = 24 * 60 * MinuteMs;
const QString Item = ApiClient::sha256Hex(u"https://established.example/"_s);

// The server's stores on a temporary SQLite database, all on one manual clock, voting as
// ApiHandlers does: every attempt through the AbuseGuard, a flagged voter's vote stored
// quarantined, a refused one not stored.
class Simulation
{
public:
    Simulation()
        : m_database(m_dir.filePath(u"server.sqlite"_s), m_clock, serverSchema(SqlDialect::Sqlite))
        , m_devices(m_database)
        , m_votes(m_database)
        , m_ratings(m_votes, m_clock)
        , m_abuse(m_clock, AbuseConfig{})
    {}

    bool open() { return m_dir.isValid() && m_database.open(); }
    QString errorString() const { return m_database.errorString(); }
    Test::ManualClock& clock() { return m_clock; }

    // A new device; its voter pseudonym.
    std::optional<VoterIdentity> registerVoter()
    {
        QString error;
        const std::optional<QString> token = m_devices.registerDevice(error);
        if (!token)
            return std::nullopt;
        const std::optional<qint64> id = m_devices.findDevice(*token, error);
        if (!id)
            return std::nullopt;
        return VoterIdentity{u"device:%1"_s.arg(*id), *id};
    }

    // 200 (counted or quarantined) or 429 (refused by the per-voter limit); 500 on a failure.
    int vote(const VoterIdentity& voter, bool safe)
    {
        const VoteAdmission admission = m_abuse.admitVote(voter.pseudonym, Item);
        QString error;
        if (admission.newlyFlagged != SpamReason::None &&
            !m_votes.quarantineVoter(voter.pseudonym, spamReasonName(admission.newlyFlagged), error))
            return 500;
        if (!admission.rate.allowed)
            return 429;
        const auto choice = safe ? ServerVoteStore::Choice::Safe : ServerVoteStore::Choice::Unsafe;
        return m_votes.castVote(Item, voter, choice, admission.flagged, error) ? 200 : 500;
    }

    // `voter` voted safe, long ago, on `count` other items a moderator later confirmed safe: a
    // record of agreements with moderator decisions.
    bool recordAgreements(const VoterIdentity& voter, int count)
    {
        QSqlQuery decide(m_database.connection());
        QString error;
        for (int i = 0; i < count; ++i) {
            const QString item = ApiClient::sha256Hex(u"https://decided.example/%1"_s.arg(i));
            decide.prepare(u"INSERT OR IGNORE INTO moderation_decisions(item_hash, decision, decided_at, "
                           u"decided_by, reason) VALUES(?, 'safe', 0, 'moderator', 'checked')"_s);
            decide.addBindValue(item);
            if (!decide.exec() || !m_votes.castVote(item, voter, ServerVoteStore::Choice::Safe, false, error))
                return false;
        }
        return true;
    }

    QString verdict()
    {
        QString error;
        const std::optional<ItemRating> rating = m_ratings.ratingOf(Item, error);
        return rating ? rating->rating.verdict : u"error: "_s + error;
    }
    Rating rating()
    {
        QString error;
        return m_ratings.ratingOf(Item, error).value_or(ItemRating{}).rating;
    }

private:
    QTemporaryDir m_dir;
    Test::ManualClock m_clock;
    Database m_database;
    DeviceRepository m_devices;
    ServerVoteStore m_votes;
    RatingQuery m_ratings;
    AbuseGuard m_abuse;
};

} // namespace

class TestServerVoteRing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ringDoesNotFlipAnEstablishedVerdict_data();
    void ringDoesNotFlipAnEstablishedVerdict();
    void oneVoterCannotBeARing();
    void limitsPerVoterAndPerAddressThroughTheServer();
};

void TestServerVoteRing::ringDoesNotFlipAnEstablishedVerdict_data()
{
    QTest::addColumn<int>("established"); // voters with 120-day-old devices, voting safe over 3 days
    QTest::addColumn<int>("ring");        // fresh devices voting unsafe, one every 6 s
    QTest::addColumn<int>("agreements");  // each established voter's record with moderator decisions
    QTest::addColumn<bool>("knownWeakness");
    QTest::newRow("100 established, ring of 50") << 100 << 50 << 0 << false;
    QTest::newRow("60 established, ring of 50") << 60 << 50 << 0 << false;
    // The same 40 voters, each agreeing with 6 moderator decisions on other items: reliability
    // (6 + 4 × 0.5) / (6 + 4) = 0.8 instead of 0.5, and the ring no longer outweighs them.
    QTest::newRow("40 established with a record, ring of 50") << 40 << 50 << 6 << false;
    // Σw of 40 established voters ≈ 40 × 0.5 × 0.95 = 19 against 50 × 0.3 = 15 for the ring: the
    // Wilson interval then straddles 0.5 and the item turns "disputed". Reliability is only the
    // device-age prior when the voters have no record against moderator decisions yet, and nothing
    // watches for a burst of new voters on one item. Kept as an expected failure so the test shows
    // when that changes.
    QTest::newRow("40 established, ring of 50") << 40 << 50 << 0 << true;
}

void TestServerVoteRing::ringDoesNotFlipAnEstablishedVerdict()
{
    QFETCH(int, established);
    QFETCH(int, ring);
    QFETCH(int, agreements);
    QFETCH(bool, knownWeakness);
    Simulation simulation;
    QVERIFY2(simulation.open(), qPrintable(simulation.errorString()));

    QList<VoterIdentity> old;
    for (int i = 0; i < established; ++i) {
        const std::optional<VoterIdentity> voter = simulation.registerVoter();
        QVERIFY(voter);
        old.append(*voter);
        QVERIFY(simulation.recordAgreements(*voter, agreements));
    }
    simulation.clock().advance(117 * DayMs);
    const qint64 spacing = 3 * DayMs / established;
    for (const VoterIdentity& voter : std::as_const(old)) {
        QCOMPARE(simulation.vote(voter, true), 200);
        simulation.clock().advance(spacing);
    }
    QCOMPARE(simulation.verdict(), u"safe"_s);
    const Rating before = simulation.rating();
    QCOMPARE(before.safe, established);

    // The ring: registered and voting within minutes.
    QList<VoterIdentity> fresh;
    for (int i = 0; i < ring; ++i) {
        const std::optional<VoterIdentity> voter = simulation.registerVoter();
        QVERIFY(voter);
        fresh.append(*voter);
        simulation.clock().advance(1000);
    }
    for (const VoterIdentity& voter : std::as_const(fresh)) {
        QCOMPARE(simulation.vote(voter, false), 200);
        simulation.clock().advance(6000);
    }
    const Rating after = simulation.rating();
    QCOMPARE(after.unsafe, ring); // every ring vote was taken: nothing per voter stops a ring
    qInfo("established %d, ring %d: score %.3f -> %.3f, n_eff %.1f -> %.1f, verdict %s", established, ring,
          before.score, after.score, before.effectiveVotes, after.effectiveVotes, qPrintable(after.verdict));
    if (knownWeakness)
        QEXPECT_FAIL("", "a ring of fresh devices can outweigh an established verdict (see the row)",
                     Continue);
    QCOMPARE(after.verdict, u"safe"_s);
    // However the ring compares, it never makes the item "unsafe" against that many voters.
    QVERIFY(after.verdict != u"unsafe"_s);
}

void TestServerVoteRing::oneVoterCannotBeARing()
{
    // One device voting the same item over and over within minutes: three votes per 5 minutes are
    // taken, the rest refused; the sixth attempt on one item in a minute flags the voter and
    // quarantines its vote, so the established verdict does not move at all.
    Simulation simulation;
    QVERIFY2(simulation.open(), qPrintable(simulation.errorString()));
    QList<VoterIdentity> old;
    for (int i = 0; i < 20; ++i)
        old.append(simulation.registerVoter().value_or(VoterIdentity{}));
    simulation.clock().advance(100 * DayMs);
    for (const VoterIdentity& voter : std::as_const(old)) {
        QCOMPARE(simulation.vote(voter, true), 200);
        simulation.clock().advance(MinuteMs);
    }
    QCOMPARE(simulation.verdict(), u"safe"_s);
    const Rating before = simulation.rating();

    const std::optional<VoterIdentity> attacker = simulation.registerVoter();
    QVERIFY(attacker);
    QList<int> statuses;
    for (int i = 0; i < 50; ++i) {
        statuses.append(simulation.vote(*attacker, i % 2 == 0));
        simulation.clock().advance(1000);
    }
    QCOMPARE(statuses.mid(0, 3), (QList<int>{200, 200, 200}));
    QCOMPARE(statuses.count(200), 3);
    QCOMPARE(statuses.count(429), 47);
    const Rating after = simulation.rating();
    QCOMPARE(after.safe, before.safe);
    QCOMPARE(after.unsafe, 0); // quarantined: not counted
    QCOMPARE(after.verdict, u"safe"_s);
}

void TestServerVoteRing::limitsPerVoterAndPerAddressThroughTheServer()
{
    // The test connects from 127.0.0.1, a trusted proxy: X-Forwarded-For names the client.
    ApiClient client;
    client.server().captureLog();
    QVERIFY2(client.start({u"--trusted-proxy"_s, u"127.0.0.1"_s, u"--rate-capacity"_s, u"8"_s,
                           u"--rate-refill"_s, u"0.01"_s}),
             qPrintable(client.server().errorString()));
    const auto from = [&client](const QByteArray& address) {
        client.setExtraHeader("X-Forwarded-For", address);
    };

    // Per address: 203.0.113.1 spends its 8 requests (device registrations and votes alike).
    from("203.0.113.1");
    QStringList devices;
    for (int i = 0; i < 4; ++i) {
        devices.append(client.registerDevice());
        QVERIFY(!devices.constLast().isEmpty());
    }
    const QByteArray vote = "{\"vote\": \"unsafe\"}";
    for (int i = 0; i < 4; ++i)
        QCOMPARE(client.send("PUT", u"/v1/votes/"_s + Item, vote, devices.at(i)).status, 200);
    const ApiReply refused = client.send("POST", u"/v1/devices"_s);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.json.value(u"error"_s).toString(), u"rate_limited"_s);
    QVERIFY(refused.retryAfter.toInt() > 0);
    // ... an address in the same /24 is another client (IPv4 buckets are per address) ...
    from("203.0.113.2");
    QCOMPARE(client.send("GET", u"/v1/health"_s).status, 200);
    // ... and IPv6 clients share a bucket per /64.
    from("2001:db8:1:2::1");
    for (int i = 0; i < 8; ++i)
        QCOMPARE(client.send("GET", u"/v1/health"_s).status, 200);
    from("2001:db8:1:2:ffff::9");
    QCOMPARE(client.send("GET", u"/v1/health"_s).status, 429);
    from("2001:db8:1:3::1");
    QCOMPARE(client.send("GET", u"/v1/health"_s).status, 200);

    // Per voter: a device hopping addresses still gets three votes per 5 minutes.
    const QString hopper = devices.first(); // has voted once already
    QList<int> statuses;
    for (int i = 0; i < 4; ++i) {
        from("198.51.100." + QByteArray::number(10 + i));
        statuses.append(
            client.send("PUT", u"/v1/votes/"_s + ApiClient::sha256Hex(u"hop %1"_s.arg(i)), vote, hopper)
                .status);
    }
    QCOMPARE(statuses, (QList<int>{200, 200, 429, 429}));

    QVERIFY2(client.server().stop(SIGTERM), qPrintable(client.server().errorString()));
    // The addresses the limits counted are in neither the database nor the log.
    const QByteArray raw = client.server().databaseDump();
    const QByteArray log = client.server().log();
    for (const QByteArray& address :
         {QByteArray("203.0.113."), QByteArray("198.51.100."), QByteArray("2001:db8")}) {
        QVERIFY2(!raw.contains(address), address.constData());
        QVERIFY2(!log.contains(address), address.constData());
    }
}

QTEST_GUILESS_MAIN(TestServerVoteRing)
#include "TestServerVoteRing.moc"
