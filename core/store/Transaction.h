#pragma once

#include <QSqlDatabase>
#include <QString>

namespace SafeScan {

// A write transaction on one connection: BEGIN IMMEDIATE on construction (so the write lock is
// taken up front and a busy database fails here, not half way through), ROLLBACK on destruction
// unless commit() succeeded. Not nestable: SQLite has one transaction per connection.
// On PostgreSQL (the server's QPSQL connections) it is BEGIN plus one transaction-scoped advisory
// lock shared by every Transaction of every instance: write transactions are serialised exactly
// as on SQLite, while single statements outside a Transaction run concurrently.
class Database;

class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    // On this thread's connection of `database`; when it cannot be opened the transaction is not
    // active and errorString() carries the database's error.
    explicit Transaction(Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // False when BEGIN failed; errorString() says why.
    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QString errorString() const { return m_error; }
    QSqlDatabase database() const { return m_db; }

private:
    void begin();
    bool exec(const QString& sql);

    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace SafeScan
