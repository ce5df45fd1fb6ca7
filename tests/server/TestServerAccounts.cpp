// Integration tests of accounts: `safescan-server admin ...` through the real binary (password on
// stdin), POST /v1/sessions, the audit log of admin actions. Who may call what is in
// TestServerAccessMatrix, bad bodies in TestServerBadInput, what is stored in TestServerPrivacy.
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
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
};

struct AdminRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

const QString Password = u"correct horse battery staple"_s;

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestServerAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void adminRefusesBadCommandLines_data();
    void adminRefusesBadCommandLines();
    void adminRefusesDuplicateAndUnknownUsers();
    void listUsersNeverPrintsHashes();
    void wrongPasswordAndUnknownUserLookTheSame();
    void auditIsNewestFirstWithLimit();
    void setRoleTakesEffect();

private:
    AdminRun admin(const QStringList& arguments, const QByteArray& input = {});
    AdminRun addUser(const QString& name, const QString& role, const QByteArray& password);
    QString database() const { return m_server.databaseUrl(); }
    Reply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
               const QString& token = {});
    Reply login(const QString& username, const QString& password);

    ServerProcess m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QHash<QString, QString> m_tokens; // caller kind ("device", "user", ...) -> bearer token
};

AdminRun TestServerAccounts::admin(const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    process.setProgram(QStringLiteral(SAFESCAN_SERVER_BINARY));
    process.setArguments(QStringList{u"admin"_s} + arguments);
    process.start();
    AdminRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

AdminRun TestServerAccounts::addUser(const QString& name, const QString& role, const QByteArray& password)
{
    return admin({u"add-user"_s, name, u"--role"_s, role, u"--password-stdin"_s, u"--database"_s, database()},
                 password);
}

void TestServerAccounts::initTestCase()
{
    for (const QString& role : {u"user"_s, u"moderator"_s, u"analyst"_s, u"admin"_s}) {
        const AdminRun run = addUser(u"the-"_s + role, role, Password.toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    // A large per-address bucket: this suite tests roles, not the rate limiter.
    QVERIFY2(m_server.start({u"--rate-capacity"_s, u"100000"_s}), qPrintable(m_server.errorString()));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);

    const Reply device = send("POST", u"/v1/devices"_s);
    QCOMPARE(device.status, 201);
    m_tokens.insert(u"device"_s, device.json.value(u"token"_s).toString());
    for (const QString& role : {u"user"_s, u"moderator"_s, u"analyst"_s, u"admin"_s}) {
        const Reply reply = login(u"the-"_s + role, Password);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json.value(u"role"_s).toString(), role);
        QVERIFY(reply.json.value(u"token"_s).toString().size() >= 43);
        m_tokens.insert(role, reply.json.value(u"token"_s).toString());
    }
}

void TestServerAccounts::cleanupTestCase()
{
    m_network.reset();
    QVERIFY2(m_server.stop(SIGTERM), qPrintable(m_server.errorString()));
}

Reply TestServerAccounts::send(const QByteArray& method, const QString& path, const QByteArray& body,
                               const QString& token)
{
    QNetworkRequest request(m_server.url(path));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    std::unique_ptr<QNetworkReply> reply(m_network->sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    return result;
}

Reply TestServerAccounts::login(const QString& username, const QString& password)
{
    return send("POST", u"/v1/sessions"_s, json({{u"username"_s, username}, {u"password"_s, password}}));
}

void TestServerAccounts::adminRefusesBadCommandLines_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString db = u"--database"_s;
    const QString url = u"sqlite:/nonexistent-dir-never-opened/x.db"_s;
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{u"drop-all"_s, db, url};
    QTest::newRow("no --password-stdin")
        << QStringList{u"add-user"_s, u"carol"_s, u"--role"_s, u"user"_s, db, url};
    QTest::newRow("password on argv") << QStringList{u"add-user"_s,   u"carol"_s,     u"--role"_s, u"user"_s,
                                                     u"--password"_s, u"secret123"_s, db,          url};
    QTest::newRow("bad role") << QStringList{u"add-user"_s,         u"carol"_s, u"--role"_s, u"root"_s,
                                             u"--password-stdin"_s, db,         url};
    QTest::newRow("bad name") << QStringList{
        u"add-user"_s, u"Carol Smith"_s, u"--role"_s, u"user"_s, u"--password-stdin"_s, db, url};
    QTest::newRow("short name") << QStringList{u"set-role"_s, u"ab"_s, u"user"_s, db, url};
    QTest::newRow("no database") << QStringList{u"list-users"_s};
    QTest::newRow("extra argument") << QStringList{u"list-users"_s, u"x"_s, db, url};
}

void TestServerAccounts::adminRefusesBadCommandLines()
{
    QFETCH(QStringList, arguments);
    const AdminRun run = admin(arguments, Password.toUtf8());
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("usage:"));
    QVERIFY(!QFile::exists(u"/nonexistent-dir-never-opened"_s));
}

void TestServerAccounts::adminRefusesDuplicateAndUnknownUsers()
{
    AdminRun run = addUser(u"the-user"_s, u"admin"_s, "another password");
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("already exists"));
    QCOMPARE(addUser(u"shorty"_s, u"user"_s, "short\n").exitCode, 1);
    run = admin({u"set-role"_s, u"nobody"_s, u"admin"_s, u"--database"_s, database()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("no user"));
    // The duplicate kept its role and password.
    QCOMPARE(login(u"the-user"_s, Password).json.value(u"role"_s).toString(), u"user"_s);
}

void TestServerAccounts::listUsersNeverPrintsHashes()
{
    const AdminRun run = admin({u"list-users"_s, u"--database"_s, database()});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.value(0), QByteArray("name\trole\tcreated"));
    QVERIFY(lines.contains("the-admin\tadmin\t" + lines.value(1).split('\t').value(2)));
    QVERIFY2(lines.size() >= 5, run.out.constData());
    for (const QByteArray& line : lines)
        QCOMPARE(line.split('\t').size(), 3);
    QVERIFY(!run.out.contains("argon2"));
    QVERIFY(!run.out.contains(Password.toUtf8()));
}

void TestServerAccounts::wrongPasswordAndUnknownUserLookTheSame()
{
    const Reply wrong = login(u"the-admin"_s, u"not the password"_s);
    const Reply unknown = login(u"nobody-here"_s, Password);
    const Reply invalidName = login(u"No Such User!"_s, Password);
    for (const Reply& reply : {wrong, unknown, invalidName}) {
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json.value(u"error"_s).toString(), u"invalid_credentials"_s);
        QVERIFY(!reply.json.contains(u"token"_s));
    }
    QCOMPARE(wrong.body, unknown.body);
    QCOMPARE(wrong.body, invalidName.body);
}

void TestServerAccounts::auditIsNewestFirstWithLimit()
{
    const Reply all = send("GET", u"/v1/moderation/audit"_s, {}, m_tokens.value(u"admin"_s));
    QCOMPARE(all.status, 200);
    const QJsonArray entries = all.json.value(u"entries"_s).toArray();
    QVERIFY(entries.size() >= 4); // the four add_user actions of initTestCase
    for (qsizetype i = 1; i < entries.size(); ++i)
        QVERIFY(entries.at(i - 1)[u"id"_s].toInteger() > entries.at(i)[u"id"_s].toInteger());
    const QJsonObject oldest = entries.last().toObject();
    QCOMPARE(oldest.value(u"action"_s).toString(), u"add_user"_s);
    QCOMPARE(oldest.value(u"subject"_s).toString(), u"the-user"_s);
    QCOMPARE(oldest.value(u"actor"_s).toString(), u"admin-cli"_s);

    const Reply two = send("GET", u"/v1/moderation/audit?limit=2"_s, {}, m_tokens.value(u"moderator"_s));
    QCOMPARE(two.status, 200);
    QCOMPARE(two.json.value(u"entries"_s).toArray().size(), 2);
    QCOMPARE(two.json.value(u"entries"_s).toArray().first(), entries.first());
    for (const QString& limit : {u"0"_s, u"-1"_s, u"501"_s, u"abc"_s})
        QCOMPARE(send("GET", u"/v1/moderation/audit?limit="_s + limit, {}, m_tokens.value(u"admin"_s)).status,
                 400);
}

void TestServerAccounts::setRoleTakesEffect()
{
    QCOMPARE(addUser(u"promoted"_s, u"user"_s, Password.toUtf8()).exitCode, 0);
    const QString token = login(u"promoted"_s, Password).json.value(u"token"_s).toString();
    QCOMPARE(send("GET", u"/v1/moderation/audit"_s, {}, token).status, 403);
    QCOMPARE(admin({u"set-role"_s, u"promoted"_s, u"moderator"_s, u"--database"_s, database()}).exitCode, 0);
    const Reply audit = send("GET", u"/v1/moderation/audit?limit=1"_s, {}, token);
    QCOMPARE(audit.status, 200);
    const QJsonObject newest = audit.json.value(u"entries"_s).toArray().first().toObject();
    QCOMPARE(newest.value(u"action"_s).toString(), u"set_role"_s);
    QCOMPARE(newest.value(u"subject"_s).toString(), u"promoted"_s);
}

QTEST_GUILESS_MAIN(TestServerAccounts)
#include "TestServerAccounts.moc"
