#pragma once

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace SafeScan {

class Database;

// Runs database work on one dedicated thread so that the UI thread never waits on disk. Every job
// runs on that same thread, in submission order, and so uses that thread's own connection (the
// Database hands out one connection per thread). Results come back as QFutures; the UI continues
// with `future.then(context, ...)`.
class StoreExecutor
{
public:
    // `database`, when given, has its worker-thread connection closed on that thread at shutdown.
    explicit StoreExecutor(Database* database = nullptr);
    ~StoreExecutor(); // finishes the queued jobs first
    StoreExecutor(const StoreExecutor&) = delete;
    StoreExecutor& operator=(const StoreExecutor&) = delete;

    template <typename Job>
    QFuture<std::invoke_result_t<std::decay_t<Job>>> run(Job&& job)
    {
        return QtConcurrent::run(&m_pool, std::forward<Job>(job));
    }

    // Blocks until every job submitted so far has finished (for shutdown and tests).
    void waitForDone();

private:
    QThreadPool m_pool;
    Database* m_database;
};

} // namespace SafeScan
