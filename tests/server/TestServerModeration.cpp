// Integration tests of moderation (SPEC §8): GET /v1/moderation/queue, POST /v1/moderation/actions
// and their effect on GET /v1/ratings and GET /v1/moderation/audit, through the real binary.
#include "ApiClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

const QString Password = u"moderation password"_s;

QString hashOf(const char* seed)
{
    return ApiClient::sha256Hex(QString::fromLatin1(seed));
}

QByteArray voteBody(bool safe)
{
    return safe ? QByteArray("{\"vote\": \"safe\"}") : QByteArray("{\"vote\": \"unsafe\"}");
}

} // namespace

class TestServerModeration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void queueGroupsOpenReportsByItem();
    void decisionOverridesTheCommunityVerdict();
    void decisionOnAnUnvotedItemIsServed();
    void disputedItemsAreQueuedUntilDecided();
    void dismissesReports();
    void quarantinesAndRestoresAVoter();
    void restoresASpamFlaggedVoter();
    void queuePagesInAStableOrder();
    void refusesBadActions_data();
    void refusesBadActions();

private:
    ApiReply act(const QJsonObject& action, const QString& token = {});
    QJsonArray queue();
    QJsonObject entry(const QString& id);
    QJsonObject newestAudit();
    QString report(const QString& hash, const QString& reason, const QJsonObject& extra = {});
    void vote(const QString& hash, bool safe, const QString& device);

    ApiClient m_client;
    QString m_moderator;
    QString m_admin;
    QString m_user;
};

void TestServerModeration::initTestCase()
{
    QVERIFY(m_client.addUser(u"mia"_s, u"moderator"_s, Password));
    QVERIFY(m_client.addUser(u"ada"_s, u"admin"_s, Password));
    QVERIFY(m_client.addUser(u"uma"_s, u"user"_s, Password));
    // No rate limits; a voter voting 4 times on one item within a minute is spam.
    QVERIFY2(m_client.start(u"--rate-capacity 100000 --vote-limit 999 --spam-rapid-votes 999 "
                            u"--spam-item-repeats 3"_s.split(u' ')),
             qPrintable(m_client.server().errorString()));
    m_moderator = m_client.login(u"mia"_s, Password);
    m_admin = m_client.login(u"ada"_s, Password);
    m_user = m_client.login(u"uma"_s, Password);
    QVERIFY(!m_moderator.isEmpty() && !m_admin.isEmpty() && !m_user.isEmpty());
}

void TestServerModeration::cleanupTestCase()
{
    QVERIFY2(m_client.server().stop(SIGTERM), qPrintable(m_client.server().errorString()));
}

ApiReply TestServerModeration::act(const QJsonObject& action, const QString& token)
{
    return m_client.send("POST", u"/v1/moderation/actions"_s, ApiClient::json(action),
                         token.isEmpty() ? m_moderator : token);
}

QJsonArray TestServerModeration::queue()
{
    const ApiReply reply = m_client.send("GET", u"/v1/moderation/queue?limit=200"_s, {}, m_moderator);
    if (reply.status != 200)
        qWarning() << "queue:" << reply.status << reply.body;
    return reply.json.value(u"entries"_s).toArray();
}

QJsonObject TestServerModeration::entry(const QString& id)
{
    const QJsonArray entries = queue();
    for (const QJsonValue& value : entries) {
        if (value[u"id"_s].toString() == id)
            return value.toObject();
    }
    return {};
}

QJsonObject TestServerModeration::newestAudit()
{
    const ApiReply reply = m_client.send("GET", u"/v1/moderation/audit?limit=1"_s, {}, m_moderator);
    return reply.json.value(u"entries"_s).toArray().first().toObject();
}

QString TestServerModeration::report(const QString& hash, const QString& reason, const QJsonObject& extra)
{
    QJsonObject body = extra;
    body.insert(u"hash"_s, hash);
    body.insert(u"reason"_s, reason);
    const ApiReply reply = m_client.send("POST", u"/v1/reports"_s, ApiClient::json(body), m_user);
    return reply.status == 201 ? QString::number(reply.json.value(u"id"_s).toInteger()) : QString();
}

void TestServerModeration::vote(const QString& hash, bool safe, const QString& device)
{
    const ApiReply reply = m_client.send("PUT", u"/v1/votes/"_s + hash, voteBody(safe), device);
    QCOMPARE(reply.status, 200);
}

void TestServerModeration::queueGroupsOpenReportsByItem()
{
    const QString phish = hashOf("queue: phish");
    const QString other = hashOf("queue: other");
    const QString url = u"https://phish.example/queue"_s;
    QVERIFY(!report(phish, u"phishing"_s, {{u"content"_s, url}, {u"note"_s, u"fake bank"_s}}).isEmpty());
    QVERIFY(!report(phish, u"malware"_s).isEmpty());
    QVERIFY(!report(phish, u"phishing"_s, {{u"content"_s, url}}).isEmpty());
    QVERIFY(!report(other, u"scam"_s).isEmpty());

    const QJsonObject item = entry(u"item:"_s + phish);
    QCOMPARE(item.value(u"kind"_s).toString(), u"item"_s);
    QCOMPARE(item.value(u"hash"_s).toString(), phish);
    const QJsonObject reports = item.value(u"reports"_s).toObject();
    QCOMPARE(reports.value(u"open"_s).toInt(), 3);
    QCOMPARE(reports.value(u"ids"_s).toArray().size(), 3);
    QCOMPARE(reports.value(u"reasons"_s).toObject(), (QJsonObject{{u"phishing"_s, 2}, {u"malware"_s, 1}}));
    QCOMPARE(reports.value(u"content"_s).toArray(), QJsonArray{url}); // consented, once
    QCOMPARE(reports.value(u"notes"_s).toArray(), QJsonArray{u"fake bank"_s});
    QVERIFY(reports.value(u"newest"_s).toInteger() >= item.value(u"since"_s).toInteger());
    QVERIFY(item.value(u"decision"_s).isNull());
    QCOMPARE(item.value(u"rating"_s)[u"verdict"_s].toString(), u"unrated"_s);

    const QJsonObject second = entry(u"item:"_s + other);
    QCOMPARE(second.value(u"reports"_s)[u"open"_s].toInt(), 1);
    QCOMPARE(second.value(u"reports"_s)[u"content"_s].toArray().size(), 0);
}

void TestServerModeration::decisionOverridesTheCommunityVerdict()
{
    const QString hash = hashOf("decide");
    for (int i = 0; i < 3; ++i)
        vote(hash, true, m_client.registerDevice());
    QVERIFY(!report(hash, u"scam"_s).isEmpty());
    QCOMPARE(m_client.ratingFor(hash).value(u"moderated"_s).toBool(), false);

    const QJsonObject confirm{
        {u"action"_s, u"confirm_unsafe"_s}, {u"hash"_s, hash}, {u"reason"_s, u"fake shop"_s}};
    const ApiReply decided = act(confirm);
    QCOMPARE(decided.status, 200);
    QCOMPARE(decided.json.value(u"changed"_s).toBool(), true);
    QCOMPARE(decided.json.value(u"reports"_s).toInt(), 1);
    QCOMPARE(decided.json.value(u"id"_s).toString(), u"item:"_s + hash);
    const qint64 auditId = decided.json.value(u"audit_id"_s).toInteger();
    QVERIFY(auditId > 0);
    QCOMPARE(decided.json.value(u"rating"_s)[u"verdict"_s].toString(), u"unsafe"_s);

    QJsonObject rating = m_client.ratingFor(hash);
    QCOMPARE(rating.value(u"verdict"_s).toString(), u"unsafe"_s);
    QCOMPARE(rating.value(u"moderated"_s).toBool(), true);
    QCOMPARE(rating.value(u"safe"_s).toInt(), 3); // the community's numbers stay
    QVERIFY(entry(u"item:"_s + hash).isEmpty());  // its report is closed

    const QJsonObject audit = newestAudit();
    QCOMPARE(audit.value(u"id"_s).toInteger(), auditId);
    QCOMPARE(audit.value(u"actor"_s).toString(), u"mia"_s);
    QCOMPARE(audit.value(u"action"_s).toString(), u"confirm_unsafe"_s);
    QCOMPARE(audit.value(u"subject"_s).toString(), hash);
    QCOMPARE(audit.value(u"reason"_s).toString(), u"fake shop"_s);

    // Repeating is harmless and not audited again; the opposite decision must clear this one first.
    const ApiReply again = act(confirm);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value(u"changed"_s).toBool(), false);
    QVERIFY(again.json.value(u"audit_id"_s).isNull());
    QCOMPARE(newestAudit().value(u"id"_s).toInteger(), auditId);
    const ApiReply conflict =
        act({{u"action"_s, u"confirm_safe"_s}, {u"hash"_s, hash}, {u"reason"_s, u"changed my mind"_s}});
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.json.value(u"error"_s).toString(), u"conflict"_s);
    QCOMPARE(m_client.ratingFor(hash).value(u"verdict"_s).toString(), u"unsafe"_s);

    // An admin clears it (audited under the admin's name): the community verdict is back.
    const ApiReply cleared =
        act({{u"action"_s, u"clear_decision"_s}, {u"id"_s, u"item:"_s + hash}, {u"reason"_s, u"appeal"_s}},
            m_admin);
    QCOMPARE(cleared.status, 200);
    QCOMPARE(cleared.json.value(u"changed"_s).toBool(), true);
    rating = m_client.ratingFor(hash);
    QCOMPARE(rating.value(u"moderated"_s).toBool(), false);
    QCOMPARE(rating.value(u"verdict"_s).toString(), u"unrated"_s);
    QCOMPARE(newestAudit().value(u"actor"_s).toString(), u"ada"_s);
    QCOMPARE(newestAudit().value(u"action"_s).toString(), u"clear_decision"_s);
    const ApiReply clearedAgain =
        act({{u"action"_s, u"clear_decision"_s}, {u"hash"_s, hash}, {u"reason"_s, u"appeal"_s}});
    QCOMPARE(clearedAgain.status, 200);
    QCOMPARE(clearedAgain.json.value(u"changed"_s).toBool(), false);
}

void TestServerModeration::decisionOnAnUnvotedItemIsServed()
{
    const QString hash = hashOf("nobody voted");
    QVERIFY(m_client.ratingFor(hash).isEmpty());
    QCOMPARE(
        act({{u"action"_s, u"confirm_safe"_s}, {u"hash"_s, hash.toUpper()}, {u"reason"_s, u"our own site"_s}})
            .status,
        200);
    const QJsonObject rating = m_client.ratingFor(hash);
    QCOMPARE(rating.value(u"verdict"_s).toString(), u"safe"_s);
    QCOMPARE(rating.value(u"moderated"_s).toBool(), true);
    QCOMPARE(rating.value(u"safe"_s).toInt() + rating.value(u"unsafe"_s).toInt(), 0);
}

void TestServerModeration::disputedItemsAreQueuedUntilDecided()
{
    // Twelve new devices (0.3 each: n_eff = 3.6), split evenly: disputed (see TestServerVotes).
    const QString hash = hashOf("disputed");
    for (int i = 0; i < 12; ++i)
        vote(hash, i % 2 == 0, m_client.registerDevice());
    QCOMPARE(m_client.ratingFor(hash).value(u"verdict"_s).toString(), u"disputed"_s);
    const QJsonObject item = entry(u"item:"_s + hash);
    QCOMPARE(item.value(u"disputed"_s).toBool(), true);
    QCOMPARE(item.value(u"reports"_s)[u"open"_s].toInt(), 0);
    QCOMPARE(item.value(u"votes"_s).toArray().size(), 12);
    QCOMPARE(act({{u"action"_s, u"confirm_safe"_s}, {u"hash"_s, hash}, {u"reason"_s, u"checked"_s}}).status,
             200);
    QVERIFY(entry(u"item:"_s + hash).isEmpty());
}

void TestServerModeration::dismissesReports()
{
    const QString hash = hashOf("dismiss");
    const QString first = report(hash, u"other"_s);
    QVERIFY(!report(hash, u"other"_s).isEmpty());
    QVERIFY(!report(hash, u"malware"_s).isEmpty());

    const QJsonObject one{{u"action"_s, u"dismiss_reports"_s},
                          {u"report_id"_s, first.toLongLong()},
                          {u"reason"_s, u"duplicate"_s}};
    ApiReply reply = act(one);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"reports"_s).toInt(), 1);
    QCOMPARE(entry(u"item:"_s + hash).value(u"reports"_s)[u"open"_s].toInt(), 2);
    QCOMPARE(newestAudit().value(u"detail"_s).toString(), u"{\"report_id\":%1,\"reports\":1}"_s.arg(first));
    QCOMPARE(act(one).json.value(u"changed"_s).toBool(), false);

    reply = act({{u"action"_s, u"dismiss_reports"_s}, {u"hash"_s, hash}, {u"reason"_s, u"not a scam"_s}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"reports"_s).toInt(), 2);
    QVERIFY(entry(u"item:"_s + hash).isEmpty());
    QCOMPARE(m_client.ratingFor(hash).value(u"moderated"_s).toBool(), false); // no decision

    // Unknown subjects: 404, nothing audited.
    const qint64 before = newestAudit().value(u"id"_s).toInteger();
    for (const QJsonObject& unknown :
         {QJsonObject{{u"action"_s, u"dismiss_reports"_s}, {u"report_id"_s, 999999}, {u"reason"_s, u"x"_s}},
          QJsonObject{{u"action"_s, u"dismiss_reports"_s},
                      {u"hash"_s, hashOf("never reported")},
                      {u"reason"_s, u"x"_s}},
          QJsonObject{
              {u"action"_s, u"restore_voter"_s}, {u"voter"_s, hashOf("nobody")}, {u"reason"_s, u"x"_s}},
          QJsonObject{
              {u"action"_s, u"quarantine_voter"_s}, {u"voter"_s, hashOf("nobody")}, {u"reason"_s, u"x"_s}}}) {
        reply = act(unknown);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.json.value(u"error"_s).toString(), u"not_found"_s);
    }
    QCOMPARE(newestAudit().value(u"id"_s).toInteger(), before);
}

void TestServerModeration::quarantinesAndRestoresAVoter()
{
    const QString item = hashOf("quarantine: item");
    const QString second = hashOf("quarantine: second");
    const QString third = hashOf("quarantine: third");
    const QString suspect = m_client.registerDevice();
    vote(item, false, suspect);
    vote(second, false, suspect);
    vote(item, true, m_client.registerDevice());
    QVERIFY(!report(item, u"scam"_s).isEmpty());

    // The votes behind the reported item name the suspect's pseudonym.
    QString voter;
    const QJsonArray votes = entry(u"item:"_s + item).value(u"votes"_s).toArray();
    QCOMPARE(votes.size(), 2);
    for (const QJsonValue& v : votes) {
        if (v[u"vote"_s].toString() == u"unsafe"_s)
            voter = v[u"voter"_s].toString();
    }
    QCOMPARE(voter.size(), 64);

    const QJsonObject quarantine{
        {u"action"_s, u"quarantine_voter"_s}, {u"voter"_s, voter}, {u"reason"_s, u"brigading"_s}};
    ApiReply reply = act(quarantine);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"votes"_s).toInt(), 2);
    QCOMPARE(reply.json.value(u"id"_s).toString(), u"voter:"_s + voter);
    QCOMPARE(m_client.ratingFor(item).value(u"unsafe"_s).toInt(), 0);
    QVERIFY(m_client.ratingFor(second).isEmpty()); // its only vote no longer counts
    QCOMPARE(newestAudit().value(u"detail"_s).toString(), u"{\"votes\":2}"_s);
    const QJsonObject listed = entry(u"voter:"_s + voter);
    QCOMPARE(listed.value(u"reason"_s).toString(), u"brigading"_s);
    QCOMPARE(listed.value(u"quarantined_by"_s).toString(), u"mia"_s);
    QCOMPARE(listed.value(u"votes"_s).toInt(), 2);
    QCOMPARE(act(quarantine).json.value(u"changed"_s).toBool(), false);

    // New votes of a quarantined voter are quarantined too.
    vote(third, false, suspect);
    QVERIFY(m_client.ratingFor(third).isEmpty());
    QCOMPARE(entry(u"voter:"_s + voter).value(u"votes"_s).toInt(), 3);

    const QJsonObject restore{
        {u"action"_s, u"restore_voter"_s}, {u"id"_s, u"voter:"_s + voter}, {u"reason"_s, u"appeal upheld"_s}};
    reply = act(restore);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"votes"_s).toInt(), 3);
    QCOMPARE(reply.json.value(u"items"_s).toInt(), 3);
    QCOMPARE(m_client.ratingFor(item).value(u"unsafe"_s).toInt(), 1);
    QCOMPARE(m_client.ratingFor(second).value(u"unsafe"_s).toInt(), 1);
    QCOMPARE(m_client.ratingFor(third).value(u"unsafe"_s).toInt(), 1);
    QVERIFY(entry(u"voter:"_s + voter).isEmpty());
    QCOMPARE(newestAudit().value(u"action"_s).toString(), u"restore_voter"_s);
    QCOMPARE(newestAudit().value(u"subject"_s).toString(), voter);
    QCOMPARE(act(restore).json.value(u"changed"_s).toBool(), false);
}

void TestServerModeration::restoresASpamFlaggedVoter()
{
    const QString item = hashOf("spam: item");
    const QString device = m_client.registerDevice();
    for (int i = 0; i < 4; ++i) // the 4th vote on one item within a minute flags the voter
        vote(item, i % 2 == 0, device);
    QVERIFY(m_client.ratingFor(item).isEmpty());

    QJsonObject flagged;
    const QJsonArray entries = queue();
    for (const QJsonValue& value : entries) {
        if (value[u"kind"_s].toString() == u"voter"_s &&
            value[u"quarantined_by"_s].toString() == u"system:spam"_s)
            flagged = value.toObject();
    }
    QCOMPARE(flagged.value(u"reason"_s).toString(), u"repeated_voting"_s);
    QCOMPARE(flagged.value(u"votes"_s).toInt(), 1);

    QCOMPARE(act({{u"action"_s, u"restore_voter"_s},
                  {u"id"_s, flagged.value(u"id"_s)},
                  {u"reason"_s, u"a human"_s}})
                 .status,
             200);
    QCOMPARE(m_client.ratingFor(item).value(u"unsafe"_s).toInt(), 1);
    // The flag is gone from memory too: the next vote counts.
    vote(item, true, device);
    QCOMPARE(m_client.ratingFor(item).value(u"safe"_s).toInt(), 1);
    QVERIFY(entry(flagged.value(u"id"_s).toString()).isEmpty());
}

void TestServerModeration::queuePagesInAStableOrder()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(
            !report(hashOf(QByteArray("page " + QByteArray::number(i)).constData()), u"other"_s).isEmpty());
    const QJsonArray all = queue();
    QVERIFY(all.size() >= 5);
    QJsonArray paged;
    QString after;
    for (int pages = 0; pages < 100; ++pages) {
        const QString path =
            u"/v1/moderation/queue?limit=2"_s +
            (after.isEmpty() ? QString()
                             : u"&after="_s + QString::fromLatin1(QUrl::toPercentEncoding(after)));
        const ApiReply reply = m_client.send("GET", path, {}, m_moderator);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"total"_s).toInt(), all.size());
        const QJsonArray page = reply.json.value(u"entries"_s).toArray();
        QVERIFY(page.size() <= 2);
        for (const QJsonValue& value : page)
            paged.append(value);
        if (reply.json.value(u"next"_s).isNull())
            break;
        after = reply.json.value(u"next"_s).toString();
    }
    QCOMPARE(paged.size(), all.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(paged.at(i)[u"id"_s], all.at(i)[u"id"_s]);
        if (i > 0)
            QVERIFY(all.at(i - 1)[u"since"_s].toInteger() <= all.at(i)[u"since"_s].toInteger());
    }
    for (const QString& bad :
         {u"limit=0"_s, u"limit=201"_s, u"limit=x"_s, u"after=garbage"_s, u"after=12.nothing"_s}) {
        const ApiReply reply = m_client.send("GET", u"/v1/moderation/queue?"_s + bad, {}, m_moderator);
        QCOMPARE(reply.status, 400);
    }
}

void TestServerModeration::refusesBadActions_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("error");
    const QString hash = hashOf("bad action");
    const QJsonObject base{{u"action"_s, u"confirm_safe"_s}, {u"hash"_s, hash}, {u"reason"_s, u"why"_s}};
    const auto with = [&](const QJsonObject& changes, const QStringList& removed = {}) {
        QJsonObject object = base;
        for (const QString& key : removed)
            object.remove(key);
        for (auto it = changes.begin(); it != changes.end(); ++it)
            object.insert(it.key(), it.value());
        return object;
    };
    QTest::newRow("unknown action") << with({{u"action"_s, u"delete_everything"_s}}) << u"invalid_action"_s;
    QTest::newRow("number action") << with({{u"action"_s, 3}}) << u"invalid_type"_s;
    QTest::newRow("no action") << with({}, {u"action"_s}) << u"invalid_type"_s;
    QTest::newRow("no reason") << with({}, {u"reason"_s}) << u"invalid_type"_s;
    QTest::newRow("blank reason") << with({{u"reason"_s, u"   "_s}}) << u"invalid_reason"_s;
    QTest::newRow("long reason") << with({{u"reason"_s, QString(501, u'r')}}) << u"invalid_reason"_s;
    QTest::newRow("no subject") << with({}, {u"hash"_s}) << u"invalid_subject"_s;
    QTest::newRow("two subjects") << with({{u"voter"_s, hash}}) << u"invalid_subject"_s;
    QTest::newRow("voter action on an item")
        << with({{u"action"_s, u"restore_voter"_s}}) << u"invalid_subject"_s;
    QTest::newRow("item action on a report")
        << with({{u"report_id"_s, 1}}, {u"hash"_s}) << u"invalid_subject"_s;
    QTest::newRow("short hash") << with({{u"hash"_s, u"abc"_s}}) << u"invalid_hash"_s;
    QTest::newRow("number hash") << with({{u"hash"_s, 1}}) << u"invalid_type"_s;
    QTest::newRow("bad voter") << with({{u"action"_s, u"quarantine_voter"_s}, {u"voter"_s, u"device:1"_s}},
                                       {u"hash"_s})
                               << u"invalid_voter"_s;
    QTest::newRow("string report id")
        << with({{u"action"_s, u"dismiss_reports"_s}, {u"report_id"_s, u"1"_s}}, {u"hash"_s})
        << u"invalid_type"_s;
    QTest::newRow("fractional report id")
        << with({{u"action"_s, u"dismiss_reports"_s}, {u"report_id"_s, 1.5}}, {u"hash"_s})
        << u"invalid_type"_s;
    QTest::newRow("negative report id")
        << with({{u"action"_s, u"dismiss_reports"_s}, {u"report_id"_s, -4}}, {u"hash"_s})
        << u"invalid_type"_s;
    QTest::newRow("foreign id") << with({{u"id"_s, u"report:1"_s}}, {u"hash"_s}) << u"invalid_subject"_s;
    QTest::newRow("unknown field") << with({{u"force"_s, true}}) << u"unknown_field"_s;
}

void TestServerModeration::refusesBadActions()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, error);
    const ApiReply reply = act(body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json.value(u"error"_s).toString(), error);
    QVERIFY(m_client.ratingFor(hashOf("bad action")).isEmpty());
}

QTEST_GUILESS_MAIN(TestServerModeration)
#include "TestServerModeration.moc"
