#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

// Internal to safescan_store: the parts of SQLite's C API that Qt SQL does not reach (the online
// backup API, exact result codes, opening a file without touching it).
namespace SafeScan::RawSqlite {

// The sqlite3* behind an open QSQLITE connection, nullptr when `db` is not one.
sqlite3* handle(const QSqlDatabase& db);

// One connection opened through the C API; closed on destruction. Never creates a file unless
// asked to.
class Connection
{
public:
    enum class Mode
    {
        ReadWrite, // an existing file, with normal locking (a WAL is recovered and read)
        Create,    // read-write, creating the file when it is missing
        Immutable, // read-only, no locks and no -wal/-shm files: for files no one else writes
    };

    Connection() = default;
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    bool open(const QString& path, Mode mode, int busyTimeoutMs = 5000);
    void close();
    sqlite3* get() const { return m_db; }
    // SQLite's extended result code of the last failure and its text.
    int errorCode() const { return m_code; }
    QString errorString() const { return m_error; }

    // Runs `sql`, which may return rows; `rows` gets the first column of each. False on failure.
    bool exec(const QString& sql, QStringList* rows = nullptr);

private:
    void fail(int code);

    sqlite3* m_db = nullptr;
    int m_code = 0;
    QString m_error;
};

// What a check of one database file found.
struct Check
{
    enum class Outcome
    {
        Ok,      // readable and PRAGMA quick_check said "ok"
        Damaged, // not a database, malformed, or quick_check found problems
        Failed,  // could not be checked for another reason (busy, cannot open, I/O error)
    };
    Outcome outcome = Outcome::Failed;
    int code = 0;             // SQLite's result code when a statement failed
    QString detail;           // the error or the first problems quick_check reported
    int userVersion = -1;     // PRAGMA user_version when readable
    bool hasAppState = false; // the table every SafeScan schema since version 1 has
};

// Reads the schema, runs PRAGMA quick_check and reads the schema version on an open connection.
Check check(Connection& connection);
// Opens `path` (ReadWrite, or Immutable when the folder or file cannot be written) and checks it.
Check checkFile(const QString& path, Connection::Mode mode);

// True for result codes that mean the bytes of the file are wrong rather than unreachable.
bool isDamageCode(int code);

} // namespace SafeScan::RawSqlite
