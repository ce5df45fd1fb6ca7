#include "RawSqlite.h"

#include <QFile>
#include <QSqlDriver>
#include <QUrl>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace SafeScan::RawSqlite {

sqlite3* handle(const QSqlDatabase& db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant value = db.driver()->handle();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(value.constData());
}

Connection::~Connection()
{
    close();
}

bool Connection::open(const QString& path, Mode mode, int busyTimeoutMs)
{
    close();
    m_code = 0;
    m_error.clear();
    QByteArray name = QFile::encodeName(path);
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::Immutable:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        name = QUrl::fromLocalFile(path).toEncoded() + "?immutable=1";
        break;
    }
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        fail(rc);
        close();
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, busyTimeoutMs);
    return true;
}

void Connection::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

void Connection::fail(int code)
{
    m_code = code;
    const char* text = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code);
    m_error = QString::fromUtf8(text ? text : sqlite3_errstr(code));
}

bool Connection::exec(const QString& sql, QStringList* rows)
{
    if (!m_db) {
        m_code = SQLITE_MISUSE;
        m_error = u"the database is not open"_s;
        return false;
    }
    sqlite3_stmt* statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &statement, nullptr);
    if (rc != SQLITE_OK) {
        fail(rc);
        sqlite3_finalize(statement);
        return false;
    }
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        if (rows) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
            rows->append(text ? QString::fromUtf8(text) : QString());
        }
    }
    if (rc != SQLITE_DONE) {
        fail(rc);
        sqlite3_finalize(statement);
        return false;
    }
    sqlite3_finalize(statement);
    return true;
}

bool isDamageCode(int code)
{
    const int primary = code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

Check check(Connection& connection)
{
    Check result;
    const auto failed = [&] {
        result.code = connection.errorCode();
        result.detail = connection.errorString();
        result.outcome = isDamageCode(result.code) ? Check::Outcome::Damaged : Check::Outcome::Failed;
        return result;
    };
    // SQLite reads the file lazily: the schema read is where "file is not a database" shows up.
    QStringList tables;
    if (!connection.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table'"_s, &tables))
        return failed();
    QStringList problems;
    if (!connection.exec(u"PRAGMA quick_check(10)"_s, &problems))
        return failed();
    if (problems != QStringList{u"ok"_s}) {
        result.outcome = Check::Outcome::Damaged;
        result.code = SQLITE_CORRUPT;
        result.detail = u"the integrity check found problems: "_s + problems.mid(0, 3).join(u"; "_s);
        return result;
    }
    QStringList version;
    if (!connection.exec(u"PRAGMA user_version"_s, &version) || version.isEmpty())
        return failed();
    result.userVersion = version.constFirst().toInt();
    result.hasAppState = tables.contains(u"app_state"_s);
    result.outcome = Check::Outcome::Ok;
    return result;
}

Check checkFile(const QString& path, Connection::Mode mode)
{
    Connection connection;
    if (!connection.open(path, mode)) {
        Check result;
        result.code = connection.errorCode();
        result.detail = connection.errorString();
        result.outcome = isDamageCode(result.code) ? Check::Outcome::Damaged : Check::Outcome::Failed;
        return result;
    }
    return check(connection);
}

} // namespace SafeScan::RawSqlite
