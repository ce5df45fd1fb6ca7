#include "DatabaseUrl.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

constexpr int DefaultConnectTimeoutSeconds = 10;

const QString Usage =
    u"--database expects sqlite:/path/to/file.db or postgres://user:password@host:port/database"_s;

QString decoded(const QString& text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// "key=value&key=value" → the QPSQL connect options "key=value;key=value".
bool parseParameters(const QString& query, DatabaseServer& server, QString& error)
{
    static const QRegularExpression keyPattern(u"^[a-z_]+$"_s);
    static const QRegularExpression valuePattern(u"^[A-Za-z0-9_.,:/@+-]*$"_s);
    QStringList options;
    bool timeoutGiven = false;
    for (const QString& item : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(u'=');
        const QString key = decoded(item.left(equals));
        const QString value = equals < 0 ? QString() : decoded(item.mid(equals + 1));
        if (equals <= 0 || !keyPattern.match(key).hasMatch()) {
            error = u"--database: \"%1\" is not a key=value connection parameter"_s.arg(item.left(equals));
            return false;
        }
        if (key == u"password"_s || key == u"user"_s || key == u"host"_s || key == u"port"_s ||
            key == u"dbname"_s) {
            error = u"--database: give %1 in the URL itself, not as a parameter"_s.arg(key);
            return false;
        }
        if (!valuePattern.match(value).hasMatch()) {
            error =
                u"--database: the value of %1 has characters a connection parameter cannot hold"_s.arg(key);
            return false;
        }
        timeoutGiven = timeoutGiven || key == u"connect_timeout"_s;
        options.append(key + u'=' + value);
    }
    if (!timeoutGiven) // libpq waits forever by default; a server should say it cannot connect.
        options.append(u"connect_timeout=%1"_s.arg(DefaultConnectTimeoutSeconds));
    server.connectOptions = options.join(u';');
    return true;
}

bool parseHostPort(const QString& text, DatabaseServer& server, QString& error)
{
    QString host = text;
    QString port;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0 || (close + 1 < text.size() && text.at(close + 1) != u':')) {
            error = u"--database: \"%1\" is not a valid [IPv6]:port"_s.arg(text);
            return false;
        }
        host = text.mid(1, close - 1);
        port = text.mid(close + 2);
    } else if (const qsizetype colon = text.lastIndexOf(u':'); colon >= 0) {
        host = text.left(colon);
        port = text.mid(colon + 1);
    }
    server.host = decoded(host);
    if (!port.isEmpty()) {
        bool ok = false;
        const uint number = port.toUInt(&ok);
        if (!ok || number == 0 || number > 65535) {
            error = u"--database: \"%1\" is not a port number"_s.arg(port);
            return false;
        }
        server.port = int(number);
    }
    return true;
}

std::optional<DatabaseUrl> parsePostgres(const QString& url, QString& error)
{
    DatabaseUrl result;
    result.dialect = SqlDialect::Postgres;
    DatabaseServer& server = result.server;
    QString rest = url.mid(url.indexOf(u"://"_s) + 3);
    if (const qsizetype hash = rest.indexOf(u'#'); hash >= 0)
        rest.truncate(hash);
    QString query;
    if (const qsizetype question = rest.indexOf(u'?'); question >= 0) {
        query = rest.mid(question + 1);
        rest.truncate(question);
    }
    QString authority = rest;
    QString path;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        authority = rest.left(slash);
        path = rest.mid(slash + 1);
    }
    if (path.contains(u'/')) {
        error = u"--database: the database name may not contain \"/\" (percent-encode it)"_s;
        return std::nullopt;
    }
    server.databaseName = decoded(path);
    QString hostPort = authority;
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QString userInfo = authority.left(at);
        hostPort = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(u':');
        server.user = decoded(userInfo.left(colon));
        if (colon >= 0)
            server.password = decoded(userInfo.mid(colon + 1));
    }
    if (!parseHostPort(hostPort, server, error) || !parseParameters(query, server, error))
        return std::nullopt;
    for (const QString* part : {&server.user, &server.host, &server.databaseName}) {
        if (part->contains(QChar(0))) {
            error = u"--database: the URL contains a NUL character"_s;
            return std::nullopt;
        }
    }
    server.displayName = result.displayName();
    return result;
}

} // namespace

QString DatabaseUrl::displayName() const
{
    if (!isPostgres())
        return u"sqlite:"_s + sqlitePath;
    QString text = u"postgres://"_s;
    if (!server.user.isEmpty())
        text += QString::fromLatin1(QUrl::toPercentEncoding(server.user)) + u'@';
    const bool ipv6 = server.host.contains(u':');
    text += ipv6 ? u'[' + server.host + u']' : QString::fromLatin1(QUrl::toPercentEncoding(server.host));
    if (server.port > 0)
        text += u':' + QString::number(server.port);
    return text + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(server.databaseName));
}

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString& url, QString& error)
{
    if (url.startsWith(u"postgres://"_s) || url.startsWith(u"postgresql://"_s))
        return parsePostgres(url, error);
    if (!url.startsWith(u"sqlite:"_s) || url.size() == 7) {
        error =
            url.contains(u"://"_s)
                ? u"--database: unsupported database \"%1\"; %2"_s.arg(url.left(url.indexOf(u"://"_s)), Usage)
                : Usage;
        return std::nullopt;
    }
    DatabaseUrl result;
    result.sqlitePath = QDir::cleanPath(QDir::current().absoluteFilePath(url.mid(7)));
    return result;
}

} // namespace SafeScan
