#include "AppAnalytics.h"

#include "AppContext.h"
#include "analytics/EventRecorder.h"
#include "analytics/EventUploader.h"
#include "community/RatingService.h"
#include "filescan/FileScanner.h"
#include "localdata/AnalyticsEventQueue.h"
#include "settings/Settings.h"
#include "store/LocalStore.h"
#include "viewmodels/ScanViewModel.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
std::optional<qint64> decodeTime(const DecodedCode& code)
{
    // Pasted text was never decoded: no decode time.
    return code.decodeMs > 0 ? std::optional<qint64>(qint64(std::llround(code.decodeMs))) : std::nullopt;
}
} // namespace

AppAnalytics::AppAnalytics(AppContext& context, QObject* parent)
    : QObject(parent)
{
    LocalStore* store = context.store(nullptr);
    if (!store)
        return;
    m_queue = std::make_unique<AnalyticsEventQueue>(store->database(), context.clock());
    m_recorder = std::make_unique<EventRecorder>(*m_queue, store->database(), context.clock());
    m_recorder->setEnabled(context.settings().value(SettingKeys::analyticsEnabled));
}

AppAnalytics::~AppAnalytics() = default;

void AppAnalytics::recordAppStart(const QString& version)
{
    if (m_recorder && m_recorder->isEnabled())
        m_recorder->recordAppStart(version);
}

void AppAnalytics::watch(ScanViewModel& model)
{
    if (!m_recorder)
        return;
    connect(&model, &ScanViewModel::resultsAdded, m_recorder.get(), [this, &model](int count) {
        if (!m_recorder->isEnabled())
            return;
        const QList<ScanResult>& results = model.results();
        for (int i = 0; i < count && i < results.size(); ++i) {
            const ScanResult& result = results.at(i);
            m_recorder->recordScan(result.payload.type, result.verdict.level, result.source,
                                   decodeTime(result.code));
        }
    });
    connect(&model, &ScanViewModel::errorOccurred, m_recorder.get(), [this](const QString& errorClass) {
        if (m_recorder->isEnabled())
            m_recorder->recordError(errorClass);
    });
}

void AppAnalytics::watch(RatingService& ratings)
{
    if (!m_recorder)
        return;
    connect(&ratings, &RatingService::voteRecorded, m_recorder.get(), [this](const QString& vote) {
        if (m_recorder->isEnabled())
            m_recorder->recordVote(vote);
    });
}

void AppAnalytics::recordReport()
{
    if (m_recorder && m_recorder->isEnabled())
        m_recorder->recordReport();
}

void AppAnalytics::recordFileScan(const FileScanResult& result)
{
    if (!m_recorder || !m_recorder->isEnabled())
        return;
    if (!result.ok()) {
        m_recorder->recordError(u"image_unreadable"_s);
        return;
    }
    for (const ScannedCode& code : result.codes)
        m_recorder->recordScan(code.payload.type, code.verdict ? code.verdict->level : VerdictLevel::Unknown,
                               u"file"_s, decodeTime(code.code));
}

EventUploader* AppAnalytics::attachServer(ApiExecutor& executor, const ApiContext& api, Scheduler& scheduler)
{
    if (!m_recorder)
        return nullptr;
    m_uploader = std::make_unique<EventUploader>(*m_queue, executor, api, scheduler);
    m_uploader->setEnabled(m_recorder->isEnabled());
    connect(m_recorder.get(), &EventRecorder::recorded, m_uploader.get(), &EventUploader::eventRecorded);
    connect(m_recorder.get(), &EventRecorder::enabledChanged, m_uploader.get(), &EventUploader::setEnabled);
    m_uploader->start();
    return m_uploader.get();
}

} // namespace SafeScan
