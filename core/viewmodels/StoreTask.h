#pragma once

#include "store/StoreExecutor.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

namespace SafeScan {

// Shared by the long store jobs of the view-models (re-check, import, backup, restore): the work
// runs on the StoreExecutor's thread; progress and the result come back queued to `owner` on its
// thread. The owner's destructor calls wait(), so no queued call can reach a destroyed owner and
// the worker never outlives what it captured. cancel() asks the work to stop at its next
// progress report.
class StoreTask
{
public:
    explicit StoreTask(StoreExecutor& executor)
        : m_executor(executor)
    {}
    ~StoreTask() { wait(); }

    bool isRunning() const { return m_running; }
    void cancel() { m_cancel->store(true); }
    void wait()
    {
        if (m_future.isValid())
            m_future.waitForFinished();
    }

    // `work(progress)` runs on the store thread and returns the result; `progress(done, total)`
    // (callable there) forwards to `onProgress` on the owner's thread at most ~100 times and returns
    // false once cancelled; `onDone(result)` runs on the owner's thread. False when already running.
    template <typename Work, typename OnProgress, typename OnDone>
    bool start(QObject* owner, Work work, OnProgress onProgress, OnDone onDone)
    {
        if (m_running)
            return false;
        m_running = true;
        m_cancel = std::make_shared<std::atomic<bool>>(false);
        auto cancelled = m_cancel;
        m_future = m_executor.run([owner, work = std::move(work), onProgress, onDone, cancelled,
                                   this]() mutable {
            qint64 lastReported = -1;
            auto progress = [&](qint64 done, qint64 total) {
                if (done == total || lastReported < 0 ||
                    done - lastReported >= qMax<qint64>(1, total / 100)) {
                    lastReported = done;
                    QMetaObject::invokeMethod(
                        owner, [onProgress, done, total] { onProgress(done, total); }, Qt::QueuedConnection);
                }
                return !cancelled->load();
            };
            auto result = work(progress);
            QMetaObject::invokeMethod(
                owner,
                [this, onDone, result] {
                    m_running = false;
                    onDone(result);
                },
                Qt::QueuedConnection);
        });
        return true;
    }

private:
    StoreExecutor& m_executor;
    QFuture<void> m_future;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    bool m_running = false;
};

} // namespace SafeScan
