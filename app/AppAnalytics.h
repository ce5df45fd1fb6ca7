#pragma once

#include <QObject>

#include <memory>

namespace SafeScan {

class AnalyticsEventQueue;
class ApiExecutor;
class AppContext;
class EventRecorder;
class EventUploader;
class RatingService;
class ScanViewModel;
class Scheduler;
struct ApiContext;
struct FileScanResult;

// The application's analytics wiring (SPEC §10): the event queue on the local store, the recorder
// switched on or off by SettingKeys::analyticsEnabled (off by default), the hooks from the places
// where events happen, and — once the app has a server connection — the uploader. Wiring only:
// the parts live in core/analytics.
class AppAnalytics final : public QObject
{
    Q_OBJECT
public:
    // Null recorder() when the local store cannot be used (nothing is recorded then).
    explicit AppAnalytics(AppContext& context, QObject* parent = nullptr);
    ~AppAnalytics() override;

    EventRecorder* recorder() const { return m_recorder.get(); }
    AnalyticsEventQueue* queue() const { return m_queue.get(); }
    EventUploader* uploader() const { return m_uploader.get(); }

    // Records the app start (when recording is on).
    void recordAppStart(const QString& version);
    // Each new scan result, and the view-model's failures by kind.
    void watch(ScanViewModel& model);
    // Votes and retractions (no item is recorded).
    void watch(RatingService& ratings);
    // A report reached the moderators (no item, no reason).
    void recordReport();
    // A command-line scan's codes (source "file").
    void recordFileScan(const FileScanResult& result);

    // Starts sending: `executor` is the analytics service's (Service::Analytics), `api` gives the
    // network, server and device token. The sync wiring calls this once the app is connected.
    EventUploader* attachServer(ApiExecutor& executor, const ApiContext& api, Scheduler& scheduler);

private:
    std::unique_ptr<AnalyticsEventQueue> m_queue;
    std::unique_ptr<EventRecorder> m_recorder;
    std::unique_ptr<EventUploader> m_uploader;
};

} // namespace SafeScan
