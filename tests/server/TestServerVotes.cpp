// Integration tests of safescan-server's ratings and abuse control (SPEC §8): the real binary with
// its real clock, so every vote here is fresh and every device new (reliability prior 0.3).
#include "ApiClient.h"
#include "ServerProcess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

using Reply = ApiReply;

QString sha256Hex(const QString& text)
{
    return ApiClient::sha256Hex(text);
}

QByteArray voteBody(bool safe)
{
    return safe ? QByteArray("{\"vote\": \"safe\"}") : QByteArray("{\"vote\": \"unsafe\"}");
}

// A server process and an HTTP client for it, with votes.
class Client : public ApiClient
{
public:
    Reply vote(const QString& hash, bool safe, const QString& token)
    {
        return send("PUT", u"/v1/votes/"_s + hash, voteBody(safe), token);
    }
};

// Fresh votes of new devices weigh 0.3 each (RatingAggregator × VoterReliability::prior(0)), so
// n_eff = 0.3 × votes and, all safe, the Wilson lower bound is n_eff / (n_eff + 1.96²): above 0.5
// only from n_eff > 3.8416, i.e. 13 votes. 10–12 unanimous votes are "disputed" (n_eff ≥ 3, the
// interval still straddles 0.5); fewer than 10 are "unrated".
constexpr int VotesForSafe = 13;

} // namespace

class TestServerVotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aggregatesThroughTheApi();
    void limitsVotesPerVoter();
    void limitsRequestsPerAddress();
    void quarantinesRepeatedVoting();
};

void TestServerVotes::aggregatesThroughTheApi()
{
    Client client;
    QVERIFY2(client.start({}), qPrintable(client.server().errorString()));
    const QString hash = sha256Hex(u"https://example.com/golden"_s);

    const Reply first = client.vote(hash, true, client.registerDevice());
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value(u"verdict"_s).toString(), u"unrated"_s);
    QCOMPARE(first.json.value(u"score"_s).toDouble(), 1.0);
    QCOMPARE(first.json.value(u"safe"_s).toInt(), 1);
    // n_eff = 0.3: confidence = 1 − (hi − lo) with lo = 0.3 / 4.1416.
    QVERIFY(qAbs(first.json.value(u"confidence"_s).toDouble() - 0.3 / (0.3 + 1.96 * 1.96)) < 1e-3);

    Reply last;
    for (int i = 1; i < VotesForSafe; ++i) {
        last = client.vote(hash, true, client.registerDevice());
        QCOMPARE(last.status, 200);
        if (i + 1 == VotesForSafe - 1)
            QCOMPARE(last.json.value(u"verdict"_s).toString(), u"disputed"_s); // 12 votes: n_eff 3.6
    }
    QCOMPARE(last.json.value(u"verdict"_s).toString(), u"safe"_s);
    QCOMPARE(last.json.value(u"safe"_s).toInt(), VotesForSafe);
    QCOMPARE(last.json.value(u"unsafe"_s).toInt(), 0);
    QCOMPARE(last.json.value(u"moderated"_s).toBool(), false);
    const double nEff = 0.3 * VotesForSafe;
    QVERIFY(qAbs(last.json.value(u"confidence"_s).toDouble() - nEff / (nEff + 1.96 * 1.96)) < 1e-3);
    // The lookup aggregates again a little later: votes and devices aged, so only nearly equal.
    QJsonObject lookedUp = client.ratingFor(hash);
    QVERIFY(qAbs(lookedUp.take(u"confidence"_s).toDouble() - last.json.value(u"confidence"_s).toDouble()) <
            1e-6);
    QJsonObject expected = last.json;
    expected.remove(u"confidence"_s);
    QCOMPARE(lookedUp, expected);
    QVERIFY(client.server().stop(SIGTERM));
}

void TestServerVotes::limitsVotesPerVoter()
{
    Client client;
    QVERIFY2(client.start({}), qPrintable(client.server().errorString()));
    const QString token = client.registerDevice();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(client.vote(sha256Hex(u"item %1"_s.arg(i)), true, token).status, 200);
    const QString fourth = sha256Hex(u"item 3"_s);
    const Reply refused = client.vote(fourth, true, token);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.json.value(u"error"_s).toString(), u"rate_limited"_s);
    bool ok = false;
    const int seconds = refused.retryAfter.toInt(&ok);
    QVERIFY2(ok && seconds >= 1 && seconds <= 300, refused.retryAfter.constData());
    QCOMPARE(refused.json.value(u"retry_after"_s).toInt(), seconds);
    QVERIFY(client.ratingFor(fourth).isEmpty()); // the refused vote was not recorded
    // Another voter is not affected.
    QCOMPARE(client.vote(fourth, true, client.registerDevice()).status, 200);
    QVERIFY(client.server().stop(SIGTERM));
}

void TestServerVotes::limitsRequestsPerAddress()
{
    Client client;
    QVERIFY2(client.start({u"--rate-capacity"_s, u"5"_s, u"--rate-refill"_s, u"0.001"_s}),
             qPrintable(client.server().errorString()));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(client.send("GET", u"/v1/health"_s).status, 200);
    for (const QString& path : {u"/v1/health"_s, u"/v1/nope"_s}) {
        const Reply refused = client.send("GET", path);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.json.value(u"error"_s).toString(), u"rate_limited"_s);
        bool ok = false;
        const int seconds = refused.retryAfter.toInt(&ok);
        // One token every 1000 s.
        QVERIFY2(ok && seconds >= 1 && seconds <= 1000, refused.retryAfter.constData());
    }
    QVERIFY(client.server().stop(SIGTERM));
}

// SPEC §8: more than 5 votes on one item within a minute flag the voter. The rate limiter accepts
// only 3 of them, but the spam detector sees every attempt: votes 1–3 are recorded (the last one
// safe), 4–5 are refused, and the 6th (refused too) flags the voter. What is observable: the
// voter's recorded vote stops counting in the rating, and an audit_log row names the pseudonym.
void TestServerVotes::quarantinesRepeatedVoting()
{
    Client client;
    QVERIFY2(client.start({}), qPrintable(client.server().errorString()));
    const QString hash = sha256Hex(u"https://example.com/flip-flop"_s);
    QCOMPARE(client.vote(hash, true, client.registerDevice()).status, 200);

    const QString spammer = client.registerDevice();
    const QList<int> expected = {200, 200, 200, 429, 429, 429};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (i == expected.size() - 1) // before the flagging attempt: both votes count
            QCOMPARE(client.ratingFor(hash).value(u"safe"_s).toInt(), 2);
        QCOMPARE(client.vote(hash, i % 2 == 0, spammer).status, expected.at(i));
    }
    const QJsonObject after = client.ratingFor(hash);
    QCOMPARE(after.value(u"safe"_s).toInt(), 1);
    QCOMPARE(after.value(u"unsafe"_s).toInt(), 0);
    QVERIFY(client.server().stop(SIGTERM));

    // The vote is kept (quarantined), the flag is audited, and no address is stored.
    {
        QSqlDatabase db = client.server().openDatabase(u"inspect"_s);
        QVERIFY(db.isOpen());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM votes WHERE quarantined = 1"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(u"SELECT action, reason, subject FROM audit_log"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"quarantine_votes"_s);
        QCOMPARE(query.value(1).toString(), u"repeated_voting"_s);
        const QString pseudonym = query.value(2).toString();
        QVERIFY(query.exec(u"SELECT voter FROM votes WHERE quarantined = 1"_s) && query.next());
        QCOMPARE(query.value(0).toString(), pseudonym);
        QVERIFY(!query.next());
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
    const QByteArray everything = client.server().databaseDump();
    QVERIFY(everything.size() > 500);
    QVERIFY(!everything.contains("127.0.0.1"));
}

QTEST_GUILESS_MAIN(TestServerVotes)
#include "TestServerVotes.moc"
