#pragma once

#include <QFuture>
#include <QMutex>
#include <QPromise>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

class QThread;

namespace SafeScan {

class Database;

// Runs database work on one dedicated thread so that the UI thread never waits on disk. Every job
// runs on that same thread, strictly in submission order, and so uses that thread's own
// connection (the Database hands out one connection per thread). Results come back as QFutures
// fed by a QPromise, so waiting on one never runs the job on the waiting thread (as a QtConcurrent
// task could); the UI continues with `future.then(context, ...)`.
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
        using Result = std::invoke_result_t<std::decay_t<Job>>;
        auto promise = std::make_shared<QPromise<Result>>();
        QFuture<Result> future = promise->future();
        promise->start();
        enqueue([promise, job = std::forward<Job>(job)]() mutable {
            if constexpr (std::is_void_v<Result>)
                job();
            else
                promise->addResult(job());
            promise->finish();
        });
        return future;
    }

    // Blocks until every job submitted so far has finished (for shutdown and tests).
    void waitForDone();

private:
    void enqueue(std::function<void()> job);
    void work();

    Database* m_database;
    QThread* m_thread = nullptr;
    QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_idle;
    std::deque<std::function<void()>> m_jobs;
    bool m_busy = false;
    bool m_stopping = false;
};

} // namespace SafeScan
