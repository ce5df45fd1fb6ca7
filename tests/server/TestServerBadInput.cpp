// Bad input on every JSON endpoint of safescan-server: each gets a JSON error with the right
// status (400, 413 or 415), and the server answers /v1/health afterwards. Unknown fields are
// refused (400 unknown_field), never silently ignored: a misspelt optional field would otherwise
// be lost without a word. A new JSON endpoint is one line in endpoints().
#include "ApiClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

const QString Password = u"bad input password"_s;
const QString Hash = ApiClient::sha256Hex(u"https://bad.example/"_s);

struct Endpoint
{
    const char* name;
    QByteArray method;
    QString path;
    QString caller;         // "", "device", "user" or "moderator"
    QJsonObject valid;      // a body the endpoint accepts
    int ok = 200;           // its status
    QJsonObject wrongType;  // `valid` with one field of the wrong JSON type...
    QString wrongTypeError; // ...and the error code it gets
};

QList<Endpoint> endpoints()
{
    const QJsonObject login{{u"username"_s, u"bad-user"_s}, {u"password"_s, Password}};
    const QJsonObject report{{u"hash"_s, Hash}, {u"reason"_s, u"other"_s}};
    const QJsonObject push{{u"client_id"_s, u"bad-input"_s}, {u"mutations"_s, QJsonArray{}}};
    const QJsonObject action{
        {u"action"_s, u"confirm_safe"_s}, {u"hash"_s, Hash}, {u"reason"_s, u"checked"_s}};
    const auto changed = [](QJsonObject object, const QString& key, const QJsonValue& value) {
        object.insert(key, value);
        return object;
    };
    return {
        {"devices", "POST", u"/v1/devices"_s, {}, {}, 201, {{u"token"_s, 1}}, u"unknown_field"_s},
        {"sessions",
         "POST",
         u"/v1/sessions"_s,
         {},
         login,
         201,
         changed(login, u"username"_s, 1),
         u"invalid_type"_s},
        {"votes",
         "PUT",
         u"/v1/votes/"_s + Hash,
         u"device"_s,
         {{u"vote"_s, u"safe"_s}},
         200,
         {{u"vote"_s, true}},
         u"invalid_type"_s},
        {"reports", "POST", u"/v1/reports"_s, u"user"_s, report, 201, changed(report, u"note"_s, 5),
         u"invalid_type"_s},
        {"sync push", "POST", u"/v1/sync/push"_s, u"user"_s, push, 200,
         changed(push, u"mutations"_s, QJsonObject{}), u"invalid_type"_s},
        {"moderation actions", "POST", u"/v1/moderation/actions"_s, u"moderator"_s, action, 200,
         changed(action, u"action"_s, QJsonArray{}), u"invalid_type"_s},
    };
}

QByteArray deeplyNested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace

class TestServerBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void refusesBadBodies_data();
    void refusesBadBodies();
    void refusesBadFields_data();
    void refusesBadFields();

private:
    void check(const QByteArray& method, const QString& path, const QString& caller, const QByteArray& body,
               const QByteArray& contentType, int status, const QString& error);

    ApiClient m_client;
    QHash<QString, QString> m_tokens;
};

void TestServerBadInput::initTestCase()
{
    QVERIFY(m_client.addUser(u"bad-user"_s, u"user"_s, Password));
    QVERIFY(m_client.addUser(u"bad-moderator"_s, u"moderator"_s, Password));
    QVERIFY2(m_client.start(u"--rate-capacity 100000 --vote-limit 999 --spam-rapid-votes 999 "
                            u"--spam-item-repeats 999"_s.split(u' ')),
             qPrintable(m_client.server().errorString()));
    m_tokens.insert(u"device"_s, m_client.registerDevice());
    m_tokens.insert(u"user"_s, m_client.login(u"bad-user"_s, Password));
    m_tokens.insert(u"moderator"_s, m_client.login(u"bad-moderator"_s, Password));
    for (const QString& token : std::as_const(m_tokens))
        QVERIFY(!token.isEmpty());
}

void TestServerBadInput::cleanupTestCase()
{
    QVERIFY2(m_client.server().stop(SIGTERM), qPrintable(m_client.server().errorString()));
}

void TestServerBadInput::check(const QByteArray& method, const QString& path, const QString& caller,
                               const QByteArray& body, const QByteArray& contentType, int status,
                               const QString& error)
{
    const ApiReply reply = m_client.send(method, path, body, m_tokens.value(caller), contentType);
    QVERIFY2(reply.status == status,
             qPrintable(u"%1: %2"_s.arg(reply.status).arg(QString::fromUtf8(reply.body.left(300)))));
    QVERIFY2(reply.contentType.startsWith("application/json"), reply.contentType.constData());
    if (!error.isEmpty()) {
        QCOMPARE(reply.json.value(u"error"_s).toString(), error);
        QVERIFY(!reply.json.value(u"message"_s).toString().isEmpty());
    }
    QCOMPARE(m_client.send("GET", u"/v1/health"_s).status, 200); // still there
}

// The same malformed bodies for every JSON endpoint.
void TestServerBadInput::refusesBadBodies_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QByteArray json = "application/json";
    for (const Endpoint& e : endpoints()) {
        const QByteArray valid = ApiClient::json(e.valid);
        const QString firstKey = e.valid.isEmpty() ? u"x"_s : e.valid.begin().key();
        const auto nestedUnder = [&](const QByteArray& value) {
            return "{\"" + firstKey.toUtf8() + "\": " + value + "}";
        };
        const auto row = [&](const char* what, const QByteArray& body, int status, const QString& error,
                             const QByteArray& type) {
            QTest::addRow("%s: %s", e.name, what)
                << e.method << e.path << e.caller << body << type << status << error;
        };
        row("valid (control)", valid, e.ok, QString(), json);
        row("JSON with charset (control)", valid, e.ok, QString(), "application/json; charset=utf-8");
        row("garbage", "this is not json", 400, u"malformed_json"_s, json);
        row("binary garbage", QByteArray("\x00\x01\x02\xff", 4), 400, u"malformed_json"_s, json);
        row("truncated", (e.valid.isEmpty() ? QByteArray("{\"x\": 1}") : valid).chopped(3), 400,
            u"malformed_json"_s, json);
        if (e.valid.isEmpty())
            row("empty body (allowed)", {}, e.ok, QString(), json);
        else
            row("empty body", {}, 400, u"malformed_json"_s, json);
        row("whitespace body", "  \n ", e.valid.isEmpty() ? e.ok : 400,
            e.valid.isEmpty() ? QString() : u"malformed_json"_s, json);
        row("array", "[1, 2]", 400, u"invalid_type"_s, json);
        row("bare string", "\"x\"", 400, u"malformed_json"_s, json);
        row("wrong type", ApiClient::json(e.wrongType), 400, e.wrongTypeError, json);
        row("unknown field", nestedUnder("1").replace(firstKey.toUtf8(), "surprise"), 400, u"unknown_field"_s,
            json);
        row("nested 40 deep", nestedUnder(deeplyNested(40)), 400, u"too_deep"_s, json);
        row("nested 20000 deep", nestedUnder(deeplyNested(20000)), 400, u"malformed_json"_s, json);
        row("unclosed nesting", QByteArray(60000, '['), 400, u"malformed_json"_s, json);
        row("invalid UTF-8 value", nestedUnder("\"\xff\xfe\""), 400, u"malformed_json"_s, json);
        row("invalid UTF-8 key", "{\"k\xc3\x28y\": 1}", 400, u"malformed_json"_s, json);
        row("overlong UTF-8", nestedUnder("\"\xc0\xaf\""), 400, u"malformed_json"_s, json);
        row("10 MB body", nestedUnder('"' + QByteArray(10 * 1024 * 1024, 'a') + '"'), 413,
            u"payload_too_large"_s, json);
        row("text/plain", valid, 415, u"unsupported_media_type"_s, "text/plain");
        row("form", valid, 415, u"unsupported_media_type"_s, "application/x-www-form-urlencoded");
    }
}

void TestServerBadInput::refusesBadBodies()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, caller);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, error);
    check(method, path, caller, body, contentType, status, error);
}

// Field-level checks of each endpoint, and routes that do not exist.
void TestServerBadInput::refusesBadFields_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QString vote = u"/v1/votes/"_s + Hash;
    const auto row = [](const char* name, const char* method, const QString& path, const QString& caller,
                        const QByteArray& body, int status, const QString& error) {
        QTest::newRow(name) << QByteArray(method) << path << caller << body << status << error;
    };
    const auto report = [](const QJsonObject& changes) {
        QJsonObject object{{u"hash"_s, Hash}, {u"reason"_s, u"malware"_s}};
        for (auto it = changes.begin(); it != changes.end(); ++it)
            object.insert(it.key(), it.value());
        return ApiClient::json(object);
    };
    const QString user = u"user"_s;
    const QString device = u"device"_s;
    // Votes and ratings.
    row("vote: null", "PUT", vote, device, "{\"vote\": null}", 400, u"invalid_type"_s);
    row("vote: missing", "PUT", vote, device, "{}", 400, u"invalid_type"_s);
    row("vote: unknown value", "PUT", vote, device, "{\"vote\": \"maybe\"}", 400, u"invalid_value"_s);
    row("vote: content sent along", "PUT", vote, device, "{\"vote\": \"safe\", \"content\": \"https://x\"}",
        400, u"unknown_field"_s);
    row("vote: short hash", "PUT", u"/v1/votes/abcdef"_s, device, "{\"vote\": \"safe\"}", 400,
        u"invalid_hash"_s);
    row("vote: non-hex hash", "PUT", u"/v1/votes/"_s + QString(64, u'z'), device, "{\"vote\": \"safe\"}", 400,
        u"invalid_hash"_s);
    row("vote: 65-digit hash", "DELETE", vote + u"0"_s, device, {}, 400, u"invalid_hash"_s);
    row("ratings: no prefix", "GET", u"/v1/ratings"_s, {}, {}, 400, u"invalid_prefix"_s);
    row("ratings: short prefix", "GET", u"/v1/ratings?prefix=abc"_s, {}, {}, 400, u"invalid_prefix"_s);
    row("ratings: long prefix", "GET", u"/v1/ratings?prefix=123456789"_s, {}, {}, 400, u"invalid_prefix"_s);
    row("ratings: non-hex prefix", "GET", u"/v1/ratings?prefix=zzzzzzzz"_s, {}, {}, 400, u"invalid_prefix"_s);
    row("ratings: two prefixes", "GET", u"/v1/ratings?prefix=00000000&prefix=11111111"_s, {}, {}, 400,
        u"invalid_prefix"_s);
    // Sessions.
    row("session: no password", "POST", u"/v1/sessions"_s, {}, "{\"username\": \"bad-user\"}", 400,
        u"invalid_type"_s);
    row("session: null password", "POST", u"/v1/sessions"_s, {}, "{\"username\": \"a\", \"password\": null}",
        400, u"invalid_type"_s);
    row("session: huge password", "POST", u"/v1/sessions"_s, {},
        ApiClient::json({{u"username"_s, u"bad-user"_s}, {u"password"_s, QString(2000, u'x')}}), 400,
        u"invalid_value"_s);
    // Reports.
    row("report: short hash", "POST", u"/v1/reports"_s, user, report({{u"hash"_s, u"abcd"_s}}), 400,
        u"invalid_hash"_s);
    row("report: number hash", "POST", u"/v1/reports"_s, user, report({{u"hash"_s, 5}}), 400,
        u"invalid_hash"_s);
    row("report: unknown reason", "POST", u"/v1/reports"_s, user, report({{u"reason"_s, u"ugly"_s}}), 400,
        u"invalid_reason"_s);
    row("report: long note", "POST", u"/v1/reports"_s, user, report({{u"note"_s, QString(501, u'n')}}), 400,
        u"invalid_note"_s);
    row("report: big content", "POST", u"/v1/reports"_s, user, report({{u"content"_s, QString(4097, u'c')}}),
        400, u"invalid_content"_s);
    row("report: object content", "POST", u"/v1/reports"_s, user, report({{u"content"_s, QJsonObject()}}),
        400, u"invalid_type"_s);
    // Moderation queue parameters (actions: TestServerModeration::refusesBadActions).
    row("queue: bad limit", "GET", u"/v1/moderation/queue?limit=-1"_s, u"moderator"_s, {}, 400,
        u"invalid_limit"_s);
    row("queue: bad cursor", "GET", u"/v1/moderation/queue?after=x"_s, u"moderator"_s, {}, 400,
        u"invalid_cursor"_s);
    row("audit: bad limit", "GET", u"/v1/moderation/audit?limit=501"_s, u"moderator"_s, {}, 400,
        u"invalid_limit"_s);
    // Routes.
    row("unknown route", "GET", u"/v1/nope"_s, {}, {}, 404, u"not_found"_s);
    row("unknown version", "GET", u"/v2/ratings?prefix=00000000"_s, {}, {}, 404, u"not_found"_s);
    row("root", "GET", u"/"_s, {}, {}, 404, u"not_found"_s);
    row("wrong method", "POST", u"/v1/ratings"_s, {}, {}, 404, u"not_found"_s);
    row("vote without hash", "PUT", u"/v1/votes/"_s, device, "{\"vote\": \"safe\"}", 404, u"not_found"_s);
}

void TestServerBadInput::refusesBadFields()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, caller);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    check(method, path, caller, body, "application/json", status, error);
}

QTEST_GUILESS_MAIN(TestServerBadInput)
#include "TestServerBadInput.moc"
