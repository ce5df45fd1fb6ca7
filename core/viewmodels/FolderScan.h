#pragma once

#include "filescan/FileScanner.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace SafeScan {

// Scans folders of images on a worker thread, one file after another, reporting each file and the
// progress back on this object's thread. cancel() stops after the file being decoded.
class FolderScan : public QObject
{
    Q_OBJECT
public:
    // The scanner must outlive the scan (its decoder and safety engine are used from the worker).
    explicit FolderScan(const FileScanner& scanner, QObject* parent = nullptr);
    ~FolderScan() override;

    // Starts scanning `paths` (files or folders, walked recursively); false when a scan is running.
    bool start(const QStringList& paths);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void fileScanned(const SafeScan::FileScanResult& result);
    // `scanned` files were done; `cancelled` when cancel() stopped it early.
    void finished(qint64 scanned, bool cancelled);

private:
    void onFinished(qint64 scanned);

    const FileScanner& m_scanner;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace SafeScan
