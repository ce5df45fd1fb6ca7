#include "FolderScan.h"

#include "ViewModelsLog.h"
#include "filescan/ImageInputs.h"

#include <QThread>

namespace SafeScan {

FolderScan::FolderScan(const FileScanner& scanner, QObject* parent)
    : QObject(parent)
    , m_scanner(scanner)
{
    qRegisterMetaType<SafeScan::FileScanResult>();
}

FolderScan::~FolderScan()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

bool FolderScan::start(const QStringList& paths)
{
    if (m_thread)
        return false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const auto cancel = m_cancel;
    const FileScanner& scanner = m_scanner;
    // Events queued to `this` are dropped if it is destroyed first, and the destructor waits for
    // the thread, so the raw pointer is safe as the receiving context.
    FolderScan* self = this;
    m_thread = QThread::create([self, cancel, &scanner, paths] {
        const QList<ImageInput> inputs = ImageInputs::expand(paths);
        const qint64 total = inputs.size();
        qint64 done = 0;
        for (const ImageInput& input : inputs) {
            if (cancel->load())
                break;
            const FileScanResult result = scanner.scan(input);
            ++done;
            // Queued to the owner's thread; `self` is checked there, where it lives.
            QMetaObject::invokeMethod(
                self,
                [self, result, done, total] {
                    Q_EMIT self->fileScanned(result);
                    Q_EMIT self->progress(done, total);
                },
                Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(
            self, [self, done] { self->onFinished(done); }, Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

void FolderScan::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void FolderScan::onFinished(qint64 scanned)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const bool cancelled = m_cancel->load();
    qCInfo(lcViewModels, "folder scan finished: %lld files%s", scanned, cancelled ? " (cancelled)" : "");
    Q_EMIT finished(scanned, cancelled);
}

} // namespace SafeScan
