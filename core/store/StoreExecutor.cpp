#include "StoreExecutor.h"

#include "Database.h"

#include <QThread>

namespace SafeScan {

StoreExecutor::StoreExecutor(Database* database)
    : m_database(database)
{
    m_thread = QThread::create([this] { work(); });
    m_thread->setObjectName(QStringLiteral("safescan-store"));
    m_thread->start();
}

StoreExecutor::~StoreExecutor()
{
    if (m_database)
        enqueue([database = m_database] { database->closeThreadConnection(); });
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
    }
    m_wake.wakeAll();
    m_thread->wait(); // the worker drains the queue before it stops
    delete m_thread;
}

void StoreExecutor::enqueue(std::function<void()> job)
{
    {
        QMutexLocker lock(&m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.wakeOne();
}

void StoreExecutor::waitForDone()
{
    QMutexLocker lock(&m_mutex);
    while (m_busy || !m_jobs.empty())
        m_idle.wait(&m_mutex);
}

void StoreExecutor::work()
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        while (m_jobs.empty() && !m_stopping)
            m_wake.wait(&m_mutex);
        if (m_jobs.empty()) // stopping, and nothing left to do
            return;
        std::function<void()> job = std::move(m_jobs.front());
        m_jobs.pop_front();
        m_busy = true;
        lock.unlock();
        job();
        lock.relock();
        m_busy = false;
        if (m_jobs.empty())
            m_idle.wakeAll();
    }
}

} // namespace SafeScan
