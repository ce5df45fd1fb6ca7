#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

QUrl clusterUrl()
{
    return QUrl(qEnvironmentVariable("SAFESCAN_TEST_POSTGRES_URL"));
}

// A QPSQL connection to `database` on the test cluster.
QSqlDatabase connectToCluster(const QString& connectionName, const QString& database)
{
    const QUrl url = clusterUrl();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(database);
    db.open();
    return db;
}

QString uniqueConnectionName(const char* purpose)
{
    static std::atomic<int> counter{0};
    return u"server-process-%1-%2"_s.arg(QLatin1StringView(purpose)).arg(++counter);
}

} // namespace

ServerProcess::Backend ServerProcess::backend()
{
    return qEnvironmentVariable("SAFESCAN_TEST_BACKEND") == u"postgres"_s ? Backend::Postgres
                                                                          : Backend::Sqlite;
}

ServerProcess::ServerProcess()
{
    m_process.setProgram(QStringLiteral(SAFESCAN_SERVER_BINARY));
    // The server's log goes to the test's stderr; stdout is read for the first line.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    if (backend() == Backend::Sqlite) {
        m_databaseUrl = u"sqlite:"_s + databasePath();
        return;
    }
    if (clusterUrl().isEmpty()) {
        m_setupError = u"SAFESCAN_TEST_BACKEND=postgres but SAFESCAN_TEST_POSTGRES_URL is not set "
                       u"(run the tests through scripts/pg-test-cluster)"_s;
        if (qEnvironmentVariable("SAFESCAN_ALLOW_NO_POSTGRES") == u"1"_s)
            std::fprintf(stderr, "SAFESCAN-TEST-SKIPPED: no PostgreSQL test cluster\n");
        return;
    }
    createPostgresDatabase();
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    dropPostgresDatabase();
}

bool ServerProcess::createPostgresDatabase()
{
    const QString name =
        u"safescan_test_%1"_s.arg(QRandomGenerator::system()->generate64(), 16, 16, QChar(u'0'));
    const QString connection = uniqueConnectionName("create");
    {
        QSqlDatabase db = connectToCluster(connection, clusterUrl().path().mid(1));
        QSqlQuery query(db);
        if (!db.isOpen() || !query.exec(u"CREATE DATABASE %1"_s.arg(name))) {
            m_setupError = u"cannot create a test database on %1: %2"_s.arg(
                clusterUrl().toString(QUrl::RemovePassword),
                db.isOpen() ? query.lastError().text() : db.lastError().text());
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!m_setupError.isEmpty())
        return false;
    m_postgresDatabase = name;
    QUrl url = clusterUrl();
    url.setPath(u'/' + name);
    m_databaseUrl = url.toString();
    return true;
}

void ServerProcess::dropPostgresDatabase()
{
    if (m_postgresDatabase.isEmpty())
        return;
    const QString connection = uniqueConnectionName("drop");
    {
        QSqlDatabase db = connectToCluster(connection, clusterUrl().path().mid(1));
        QSqlQuery query(db);
        if (!query.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_postgresDatabase)))
            qWarning("cannot drop the test database: %s", qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(connection);
    m_postgresDatabase.clear();
}

void ServerProcess::useDatabaseOf(const ServerProcess& owner)
{
    dropPostgresDatabase();
    m_databaseUrl = owner.m_databaseUrl;
    m_setupError = owner.m_setupError;
}

bool ServerProcess::start(const QStringList& extraArguments)
{
    if (!m_setupError.isEmpty()) {
        m_error = m_setupError;
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = u"cannot create a temporary directory"_s;
        return false;
    }
    m_process.setArguments(QStringList{u"--listen"_s, u"127.0.0.1:0"_s, u"--data-dir"_s, m_dir.path(),
                                       u"--database"_s, m_databaseUrl} +
                           extraArguments);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = u"cannot start %1: %2"_s.arg(m_process.program(), m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(15000);
    while (!m_process.canReadLine()) {
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired()) {
            m_error =
                u"the server printed no first line (state %1, exit code %2)"_s.arg(int(m_process.state()))
                    .arg(m_process.exitCode());
            return false;
        }
        m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    }
    m_firstLine = QString::fromUtf8(m_process.readLine()).chopped(1);
    static const QRegularExpression pattern(u"^listening on 127\\.0\\.0\\.1:(\\d+)$"_s);
    const QRegularExpressionMatch match = pattern.match(m_firstLine);
    m_port = match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
    if (m_port == 0) {
        m_error = u"unexpected first line: \"%1\""_s.arg(m_firstLine);
        return false;
    }
    return true;
}

bool ServerProcess::stop(int signalNumber)
{
    if (m_process.state() == QProcess::NotRunning)
        return false;
    ::kill(pid_t(m_process.processId()), signalNumber);
    if (!m_process.waitForFinished(15000)) {
        m_error = u"the server did not exit within 15 s of signal %1"_s.arg(signalNumber);
        return false;
    }
    if (m_process.exitStatus() != QProcess::NormalExit || m_process.exitCode() != 0) {
        m_error = u"the server exited with status %1, code %2"_s.arg(int(m_process.exitStatus()))
                      .arg(m_process.exitCode());
        return false;
    }
    return true;
}

QUrl ServerProcess::url(const QString& pathAndQuery) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(pathAndQuery));
}

QSqlDatabase ServerProcess::openDatabase(const QString& connectionName) const
{
    if (backend() == Backend::Postgres)
        return m_postgresDatabase.isEmpty() ? QSqlDatabase()
                                            : connectToCluster(connectionName, m_postgresDatabase);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(databasePath());
    db.open();
    return db;
}

QByteArray ServerProcess::databaseDump() const
{
    QByteArray everything;
    if (backend() == Backend::Sqlite) {
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-journal"_s}) {
            QFile file(databasePath() + suffix);
            if (file.open(QIODevice::ReadOnly))
                everything += file.readAll();
        }
        return everything;
    }
    const QString connection = uniqueConnectionName("dump");
    bool ok = false;
    {
        QSqlDatabase db = openDatabase(connection);
        QSqlQuery tables(db);
        ok = db.isOpen() && tables.exec(u"SELECT table_name FROM information_schema.tables "
                                        u"WHERE table_schema = 'public' ORDER BY table_name"_s);
        while (ok && tables.next()) {
            const QString table = tables.value(0).toString();
            QSqlQuery rows(db);
            ok = rows.exec(u"SELECT t::text FROM \"%1\" t"_s.arg(table));
            everything += table.toUtf8() + ":\n";
            while (ok && rows.next())
                everything += rows.value(0).toString().toUtf8() + '\n';
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok ? everything : QByteArray();
}

} // namespace SafeScan
