// Who may call what: every route of safescan-server × every kind of caller (no token, forged —
// random or a real token with one character changed —, expired or malformed token, device, and
// each account role) → the expected status, through the real binary, one server for every row.
// Routes are rows of routes(): a new endpoint is one line there. The WebSocket /v1/live has its
// own rows (liveMatrix): who is authenticated, as what, and who may watch "moderation".
#include "ApiClient.h"
#include "LiveTestClient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

const QString Password = u"matrix password"_s;
const QString Hash = ApiClient::sha256Hex(u"https://matrix.example/"_s);

// Who may call a route.
enum class Access
{
    Public,     // anyone, with or without a token (a token is ignored)
    DeviceOnly, // a device token
    AnyToken,   // a device or session token of any role
    Roles,      // a session token whose role is in `roles`; devices get 403
    Account,    // a session token of any role; devices get 403 (account_required)
};

struct Route
{
    QByteArray method;
    QString path;
    QByteArray body;
    int ok = 200; // the status of an allowed call
    Access access = Access::Public;
    QStringList roles;
};

Route route(const char* method, const QString& path, Access access, int ok, const QByteArray& body = {},
            const QStringList& roles = {})
{
    return {QByteArray(method), path, body, ok, access, roles};
}

const QStringList Staff = {u"moderator"_s, u"admin"_s};
const QStringList Analysts = {u"analyst"_s, u"admin"_s};

// Every route of the server. Other endpoints (sync, account data rights, events/stats, live) add
// one line each.
QList<Route> routes()
{
    const QByteArray login = ApiClient::json({{u"username"_s, u"matrix-user"_s}, {u"password"_s, Password}});
    const QByteArray report = ApiClient::json({{u"hash"_s, Hash}, {u"reason"_s, u"other"_s}});
    const QByteArray action =
        ApiClient::json({{u"action"_s, u"confirm_safe"_s}, {u"hash"_s, Hash}, {u"reason"_s, u"matrix"_s}});
    return {
        route("POST", u"/v1/devices"_s, Access::Public, 201),
        route("POST", u"/v1/sessions"_s, Access::Public, 201, login),
        route("GET", u"/v1/ratings?prefix=00000000"_s, Access::Public, 200),
        route("GET", u"/v1/health"_s, Access::Public, 200),
        route("GET", u"/v1/metrics"_s, Access::Public, 200),
        route("PUT", u"/v1/votes/"_s + Hash, Access::DeviceOnly, 200, "{\"vote\": \"safe\"}"),
        route("DELETE", u"/v1/votes/"_s + Hash, Access::DeviceOnly, 204),
        route("POST", u"/v1/reports"_s, Access::AnyToken, 201, report),
        route("GET", u"/v1/moderation/queue"_s, Access::Roles, 200, {}, Staff),
        route("POST", u"/v1/moderation/actions"_s, Access::Roles, 200, action, Staff),
        route("GET", u"/v1/moderation/audit"_s, Access::Roles, 200, {}, Staff),
        route("GET", u"/v1/live"_s, Access::Public, 426), // without the WebSocket upgrade
        route("POST", u"/v1/sync/push"_s, Access::Account, 200,
              "{\"client_id\": \"matrix\", \"mutations\": []}"),
        route("GET", u"/v1/sync/pull"_s, Access::Account, 200),
        route("GET", u"/v1/account/export"_s, Access::Account, 200),
        // With a body it is refused after the access check (400 unexpected_body): nobody is deleted.
        route("DELETE", u"/v1/account"_s, Access::Account, 400, "{}"),
        route("POST", u"/v1/events"_s, Access::AnyToken, 200,
              "{\"install_id\": \"0123456789abcdef0123456789abcdef\", \"events\": []}"),
        route("GET", u"/v1/stats/timeseries?metric=scans"_s, Access::Roles, 200, {}, Analysts),
        route("GET", u"/v1/stats/distribution?dimension=verdict"_s, Access::Roles, 200, {}, Analysts),
        route("GET", u"/v1/stats/top?list=most_voted"_s, Access::Roles, 200, {}, Analysts),
        route("GET", u"/v1/stats/summary?format=csv"_s, Access::Roles, 200, {}, Analysts),
    };
}

const QStringList Roles = {u"user"_s, u"moderator"_s, u"analyst"_s, u"admin"_s};
// Callers without a valid token: each must be refused like no token at all.
const QStringList Invalid = {u"none"_s,    u"forged"_s,     u"tampered-session"_s, u"tampered-device"_s,
                             u"expired"_s, u"not-bearer"_s, u"malformed"_s};

// `token` with one character replaced by another token character: still well formed, never issued.
QString tampered(QString token, qsizetype at)
{
    token[at] = token.at(at) == u'A' ? u'B' : u'A';
    return token;
}

int expectedStatus(const Route& route, const QString& caller)
{
    if (route.access == Access::Public)
        return route.ok;
    if (Invalid.contains(caller))
        return 401;
    switch (route.access) {
    case Access::Public:
        break;
    case Access::DeviceOnly:
        return caller == u"device"_s ? route.ok : 401; // a session is not a device token
    case Access::AnyToken:
        return route.ok;
    case Access::Roles:
        return route.roles.contains(caller) ? route.ok : 403;
    case Access::Account:
        return caller == u"device"_s ? 403 : route.ok;
    }
    return route.ok;
}

} // namespace

class TestServerAccessMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void matrix_data();
    void matrix();
    void restrictedRoutesRefuseAPlainUser();
    void liveMatrix_data();
    void liveMatrix();

private:
    ApiClient m_client;
    QHash<QString, QByteArray> m_authorization; // caller -> Authorization header
};

void TestServerAccessMatrix::initTestCase()
{
    for (const QString& role : Roles)
        QVERIFY(m_client.addUser(u"matrix-"_s + role, role, Password));
    QVERIFY(m_client.addUser(u"matrix-old"_s, u"admin"_s, Password));
    QVERIFY2(m_client.start(u"--rate-capacity 100000 --vote-limit 999 --spam-rapid-votes 999 "
                            u"--spam-item-repeats 999"_s.split(u' ')),
             qPrintable(m_client.server().errorString()));

    m_authorization.insert(u"none"_s, {});
    // Well-formed, never issued.
    m_authorization.insert(u"forged"_s,
                           "Bearer " + QByteArray(32, 'x').toBase64(QByteArray::Base64UrlEncoding |
                                                                    QByteArray::OmitTrailingEquals));
    m_authorization.insert(u"not-bearer"_s, "Basic dXNlcjpwYXNz");
    m_authorization.insert(u"malformed"_s, "Bearer a b\"c");
    const QString device = m_client.registerDevice();
    QVERIFY(!device.isEmpty());
    m_authorization.insert(u"device"_s, "Bearer " + device.toLatin1());
    m_authorization.insert(u"tampered-device"_s, "Bearer " + tampered(device, device.size() / 2).toLatin1());
    for (const QString& role : Roles) {
        const QString token = m_client.login(u"matrix-"_s + role, Password);
        QVERIFY(!token.isEmpty());
        m_authorization.insert(role, "Bearer " + token.toLatin1());
    }
    // The admin's session token with its last character changed.
    const QString admin = QString::fromLatin1(m_authorization.value(u"admin"_s).mid(7));
    m_authorization.insert(u"tampered-session"_s, "Bearer " + tampered(admin, admin.size() - 1).toLatin1());

    // An admin session that has expired: the server has no clock to inject and sessions live 30
    // days (AccountHandlers), so its expiry is moved one second into the past in the database.
    const QString old = m_client.login(u"matrix-old"_s, Password);
    QVERIFY(!old.isEmpty());
    {
        QSqlDatabase db = m_client.server().openDatabase(u"matrix"_s);
        QVERIFY(db.isOpen());
        QSqlQuery query(db);
        query.prepare(u"UPDATE sessions SET expires_at = ? WHERE token_hash = ?"_s);
        query.addBindValue(QDateTime::currentMSecsSinceEpoch() - 1000);
        query.addBindValue(ApiClient::sha256Hex(old));
        QVERIFY(query.exec());
        QCOMPARE(query.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase(u"matrix"_s);
    m_authorization.insert(u"expired"_s, "Bearer " + old.toLatin1());
}

void TestServerAccessMatrix::cleanupTestCase()
{
    QVERIFY2(m_client.server().stop(SIGTERM), qPrintable(m_client.server().errorString()));
}

void TestServerAccessMatrix::matrix_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("status");
    const QStringList callers = Invalid + QStringList{u"device"_s} + Roles;
    for (const Route& route : routes()) {
        for (const QString& caller : callers) {
            QTest::addRow("%s %s as %s", route.method.constData(), qPrintable(route.path.section(u'?', 0, 0)),
                          qPrintable(caller))
                << route.method << route.path << route.body << caller << expectedStatus(route, caller);
        }
    }
}

void TestServerAccessMatrix::matrix()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, caller);
    QFETCH(int, status);
    const ApiReply reply = m_client.sendRaw(method, path, body, m_authorization.value(caller));
    QVERIFY2(reply.status == status, reply.body.constData());
    if (status == 401) {
        QCOMPARE(reply.json.value(u"error"_s).toString(), u"unauthorized"_s);
        QCOMPARE(reply.wwwAuthenticate, QByteArray("Bearer"));
    } else if (status == 403) {
        const QString error = reply.json.value(u"error"_s).toString();
        QVERIFY2(error == u"forbidden"_s || error == u"account_required"_s, qPrintable(error));
    } else if (status != 204) {
        QVERIFY2(!reply.body.isEmpty(), reply.body.constData());
    }
}

void TestServerAccessMatrix::restrictedRoutesRefuseAPlainUser()
{
    int restricted = 0;
    for (const Route& route : routes()) {
        if (route.access != Access::Roles)
            continue;
        ++restricted;
        QVERIFY2(!route.roles.contains(u"user"_s), qPrintable(route.path));
        const ApiReply reply =
            m_client.sendRaw(route.method, route.path, route.body, m_authorization.value(u"user"_s));
        QCOMPARE(reply.status, 403);
    }
    QVERIFY(restricted >= 3);
}

void TestServerAccessMatrix::liveMatrix_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<bool>("byHeader");      // the token in the upgrade request, else an "auth" message
    QTest::addColumn<QString>("role");       // the role the server names; empty when not authenticated
    QTest::addColumn<bool>("closed");        // a refused token closes the connection (1008)
    QTest::addColumn<QString>("moderation"); // the answer to subscribing to "moderation"
    const QStringList callers = Invalid + QStringList{u"device"_s} + Roles;
    for (const QString& caller : callers) {
        for (const bool byHeader : {true, false}) {
            QString role;
            QString moderation = u"unauthorized"_s;
            if (!Invalid.contains(caller)) {
                role = caller;
                moderation = Staff.contains(caller) ? u"subscribed"_s : u"forbidden"_s;
            }
            QTest::addRow("live as %s by %s", qPrintable(caller), byHeader ? "header" : "message")
                << caller << byHeader << role << (caller != u"none"_s && role.isEmpty()) << moderation;
        }
    }
}

void TestServerAccessMatrix::liveMatrix()
{
    QFETCH(QString, caller);
    QFETCH(bool, byHeader);
    QFETCH(QString, role);
    QFETCH(bool, closed);
    QFETCH(QString, moderation);
    const QByteArray authorization = m_authorization.value(caller);
    QUrl url = m_client.server().url(u"/v1/live"_s);
    url.setScheme(u"ws"_s);
    Test::LiveClient live;
    QVERIFY(live.openWithAuthorization(url, byHeader ? authorization : QByteArray()));
    if (!byHeader && !authorization.isEmpty()) // the token part of the header, whatever it is
        live.send(
            {{u"type"_s, u"auth"_s}, {u"token"_s, QString::fromLatin1(authorization).section(u' ', 1)}});

    if (closed) {
        const QJsonObject error = live.waitForType(u"error"_s);
        QCOMPARE(error.value(u"error"_s).toString(), u"unauthorized"_s);
        QVERIFY(live.waitDisconnected());
        QCOMPARE(live.closeCode, 1008);
        QVERIFY(live.waitForType(u"authenticated"_s).isEmpty());
        return;
    }
    if (!role.isEmpty()) {
        const QJsonObject authenticated = live.waitForType(u"authenticated"_s);
        QCOMPARE(authenticated.value(u"role"_s).toString(), role);
    }
    const QJsonObject answer = live.subscribe(u"moderation"_s);
    const QString got = answer.value(u"type"_s).toString() == u"error"_s ? answer.value(u"error"_s).toString()
                                                                         : answer.value(u"type"_s).toString();
    QCOMPARE(got, moderation);
    // Ratings channels are open to every authenticated caller.
    const QJsonObject ratings = live.subscribe(u"ratings:00000000"_s);
    QCOMPARE(ratings.value(u"type"_s).toString(), role.isEmpty() ? u"error"_s : u"subscribed"_s);
    QVERIFY(!live.disconnected);
    live.close();
}

QTEST_GUILESS_MAIN(TestServerAccessMatrix)
#include "TestServerAccessMatrix.moc"
