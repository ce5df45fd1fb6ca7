// The History view's model at scale: opening it (first page) and scrolling (fetchMore) on a large
// history, as ratios against the same work on a small history measured in the same run. A model
// that loads lazily with keyset pages costs the same per page whatever the history's size.
// The pages are read on the StoreExecutor's thread: "open" and "scroll" are the wall time until
// the rows are there, as before. The UI thread is blocked only while fetchMore() sends the request
// and while the answer's rows go into the model; that is compared with what reading the same page
// on the UI thread (as the model once did) blocks it for.
//
//   history_model_bench [--scans N]      (default 1,000,000; the baseline has 10,000)

#include "base/Clock.h"
#include "history/HistoryStore.h"
#include "payload/PayloadParser.h"
#include "store/ClientSchema.h"
#include "store/Database.h"
#include "store/StoreExecutor.h"
#include "viewmodels/HistoryTableModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

class StepClock final : public Clock
{
public:
    qint64 nowMs() const override { return m_epoch; }
    qint64 epochMs() const override { return m_epoch; }
    void advance(qint64 ms) { m_epoch += ms; }

private:
    qint64 m_epoch = 1'700'000'000'000;
};

bool fill(HistoryStore& store, StepClock& clock, qint64 count)
{
    const qint64 batch = 5000;
    for (qint64 done = 0; done < count; done += batch) {
        QList<NewScan> scans;
        for (qint64 i = done; i < qMin(count, done + batch); ++i) {
            NewScan scan;
            scan.content = u"https://site%1.example/menu?n=%2"_s.arg(i % 20000).arg(i);
            scan.payload = PayloadParser::parse(scan.content);
            scan.verdict.level = i % 50 == 0 ? VerdictLevel::Suspicious : VerdictLevel::NoKnownRisk;
            scan.source = i % 3 == 0 ? u"file"_s : u"camera"_s;
            scans.append(scan);
        }
        if (!store.save(scans).ok)
            return false;
        clock.advance(5000);
    }
    return true;
}

struct Timing
{
    double openMs = 0;        // model constructed: first page loaded
    double scrollMs = 0;      // 50 more pages through fetchMore, reading every cell shown
    double uiPerPageUs = 0;   // the UI thread's share of one page: fetchMore() + putting the rows in
    double syncPerPageUs = 0; // one page read on the UI thread (HistoryStore::query), as before
};

// Lets the model's answers in until no page is on its way.
void waitForPage(const HistoryTableModel& model)
{
    while (model.isLoading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

Timing measure(HistoryStore& store, StoreExecutor& executor)
{
    Timing best{1e18, 1e18, 1e18, 1e18};
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        HistoryTableModel model(store, executor);
        waitForPage(model);
        const double open = timer.nsecsElapsed() / 1e6;

        // The answer's share: from the first row signal to the end of loading.
        QElapsedTimer answer;
        double answerNs = 0;
        QObject::connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, &model, [&] { answer.start(); });
        QObject::connect(&model, &HistoryTableModel::loadingChanged, &model, [&](bool loading) {
            if (!loading && answer.isValid())
                answerNs += double(answer.nsecsElapsed());
            answer.invalidate();
        });
        double requestNs = 0;
        int pages = 0;
        timer.restart();
        for (int page = 0; page < 50 && model.canFetchMore({}); ++page) {
            const int from = model.rowCount();
            QElapsedTimer call;
            call.start();
            model.fetchMore({});
            requestNs += double(call.nsecsElapsed());
            waitForPage(model);
            ++pages;
            for (int row = from; row < model.rowCount(); ++row)
                for (int column = 0; column < HistoryTableModel::ColumnCount; ++column)
                    (void)model.index(row, column).data();
        }
        best.openMs = qMin(best.openMs, open);
        best.scrollMs = qMin(best.scrollMs, timer.nsecsElapsed() / 1e6);
        if (pages > 0)
            best.uiPerPageUs = qMin(best.uiPerPageUs, (requestNs + answerNs) / pages / 1e3);

        // The same 51 pages read on this thread, the way the model used to block the UI.
        HistoryQuery query;
        query.limit = model.pageSize();
        QElapsedTimer sync;
        sync.start();
        int syncPages = 0;
        for (; syncPages <= pages; ++syncPages) {
            const HistoryPage result = store.query(query);
            if (!result.ok || !result.next)
                break;
            query.after = result.next;
        }
        if (syncPages > 0)
            best.syncPerPageUs = qMin(best.syncPerPageUs, sync.nsecsElapsed() / 1e3 / syncPages);
    }
    return best;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"safescan.*.info=false"_s);
    qint64 large = 1'000'000;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--scans") == 0)
            large = QByteArray(argv[i + 1]).toLongLong();
    const qint64 small = 10'000;

    QTemporaryDir dir;
    Timing timings[2];
    const qint64 sizes[2] = {small, large};
    for (int i = 0; i < 2; ++i) {
        StepClock clock;
        Database database(dir.filePath(u"h%1.sqlite"_s.arg(i)), clock, clientSchema());
        if (!database.open()) {
            std::fprintf(stderr, "cannot open database: %s\n", qPrintable(database.errorString()));
            return 1;
        }
        HistoryStore store(database, clock);
        StoreExecutor executor(&database);
        executor.run([&database] { return database.open(); }).waitForFinished(); // its connection
        QElapsedTimer fillTimer;
        fillTimer.start();
        if (!fill(store, clock, sizes[i])) {
            std::fprintf(stderr, "cannot fill the history\n");
            return 1;
        }
        std::printf("%lld scans generated in %.1f s\n", sizes[i], fillTimer.elapsed() / 1000.0);
        timings[i] = measure(store, executor);
    }
    std::printf("\nHistoryTableModel, best of 3 (page size 200)\n");
    std::printf("%-34s %12s %12s %8s\n", "", "10k scans", "large", "ratio");
    std::printf("%-34s %10.2fms %10.2fms %7.2fx\n", "open (first page)", timings[0].openMs, timings[1].openMs,
                timings[1].openMs / timings[0].openMs);
    std::printf("%-34s %10.2fms %10.2fms %7.2fx\n", "scroll 50 pages (10,000 rows)", timings[0].scrollMs,
                timings[1].scrollMs, timings[1].scrollMs / timings[0].scrollMs);
    std::printf("%-34s %10.1fus %10.1fus %7.2fx\n", "UI thread blocked per page", timings[0].uiPerPageUs,
                timings[1].uiPerPageUs, timings[1].uiPerPageUs / timings[0].uiPerPageUs);
    std::printf("%-34s %10.1fus %10.1fus %7.2fx\n", "  (page read on the UI thread)",
                timings[0].syncPerPageUs, timings[1].syncPerPageUs,
                timings[1].syncPerPageUs / timings[0].syncPerPageUs);
    std::printf("%-34s %10.1f%% %10.1f%%\n", "  blocked async / sync",
                100 * timings[0].uiPerPageUs / timings[0].syncPerPageUs,
                100 * timings[1].uiPerPageUs / timings[1].syncPerPageUs);
    std::printf("large = %lld scans\n", large);
    return 0;
}
