#pragma once

#include "store/StoreExecutor.h"

#include <QMutex>
#include <QObject>

#include <memory>
#include <type_traits>
#include <utility>

namespace SafeScan {

// Short store work of a view-model (a page of history, saving a scan): the job runs on the
// StoreExecutor's thread and its answer is delivered to `owner` on the owner's thread, or dropped
// once the owner is gone. Unlike StoreTask the owner never waits: its destructor only detaches, so
// answers still queued on the store thread (which the executor finishes at shutdown) go nowhere.
// The owner calls detach() first thing in its destructor.
class StoreReply
{
public:
    StoreReply(StoreExecutor& executor, QObject* owner)
        : m_executor(executor)
        , m_state(std::make_shared<State>())
    {
        m_state->owner = owner;
    }
    ~StoreReply() { detach(); }
    StoreReply(const StoreReply&) = delete;
    StoreReply& operator=(const StoreReply&) = delete;

    // From now on no answer reaches the owner (the ones already posted die with it).
    void detach()
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->owner = nullptr;
    }

    StoreExecutor& executor() const { return m_executor; }

    // `job()` on the store thread; then `onDone(result)` (or `onDone()` for a void job) on the
    // owner's thread, if it still exists.
    template <typename Job, typename OnDone>
    void run(Job job, OnDone onDone)
    {
        using Result = std::invoke_result_t<Job&>;
        m_executor.run([state = m_state, job = std::move(job), onDone = std::move(onDone)]() mutable {
            if constexpr (std::is_void_v<Result>) {
                job();
                post(*state, std::move(onDone));
            } else {
                post(*state,
                     [onDone = std::move(onDone), result = job()]() mutable { onDone(std::move(result)); });
            }
        });
    }

private:
    struct State
    {
        QMutex mutex;
        QObject* owner = nullptr;
    };

    // Posting under the lock: the owner cannot be destroyed meanwhile (it detaches first), and a
    // posted call is discarded with its receiver.
    template <typename F>
    static void post(State& state, F&& call)
    {
        QMutexLocker lock(&state.mutex);
        if (state.owner)
            QMetaObject::invokeMethod(state.owner, std::forward<F>(call), Qt::QueuedConnection);
    }

    StoreExecutor& m_executor;
    std::shared_ptr<State> m_state;
};

} // namespace SafeScan
