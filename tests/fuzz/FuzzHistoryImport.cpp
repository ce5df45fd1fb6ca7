// JSON history import into a real store (a temporary data folder for the whole run).
#include "FuzzInput.h"
#include "base/Clock.h"
#include "history/HistoryExport.h"
#include "history/HistoryStore.h"
#include "store/LocalStore.h"

#include <QBuffer>
#include <QTemporaryDir>

#include <memory>

namespace {
struct ImportTarget
{
    QTemporaryDir dir;
    SafeScan::SystemClock clock;
    std::unique_ptr<SafeScan::LocalStore> store;
    std::unique_ptr<SafeScan::HistoryStore> history;
    std::unique_ptr<SafeScan::HistoryExport> importer;

    ImportTarget()
    {
        SafeScan::LocalStore::Options options;
        options.dailyBackups = false;
        store = SafeScan::LocalStore::open(dir.path(), clock, options);
        history = std::make_unique<SafeScan::HistoryStore>(store->database(), clock);
        importer = std::make_unique<SafeScan::HistoryExport>(store->database(), *history);
    }
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static ImportTarget target;
    QByteArray bytes = SafeScan::Fuzz::bytes(data, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    (void)target.importer->importJson(buffer);
    return 0;
}
