// Test helper for TestAnalyticsSurvival: records COUNT scan events into the client database at
// PATH (analytics on), says "recorded COUNT" on stdout and then waits to be killed.
#include "analytics/EventRecorder.h"
#include "base/Clock.h"
#include "localdata/AnalyticsEventQueue.h"
#include "store/ClientSchema.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace SafeScan;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return 2;
    SystemClock clock;
    Database database(args.at(1), clock, clientSchema());
    if (!database.open())
        return 3;
    AnalyticsEventQueue queue(database, clock);
    EventRecorder recorder(queue, database, clock);
    recorder.setEnabled(true);
    const int count = args.at(2).toInt();
    for (int i = 0; i < count; ++i)
        if (recorder.recordScan(PayloadType::Url, VerdictLevel::Suspicious, QStringLiteral("camera"), i)
                .isEmpty())
            return 4;
    std::printf("recorded %d\n", count);
    std::fflush(stdout);
    (void)std::getchar(); // until killed (or stdin closes)
    return 0;
}
