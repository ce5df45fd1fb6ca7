#include "DashboardLabels.h"

#include "payload/Payload.h"
#include "safety/Verdict.h"
#include "viewmodels/NameLabels.h"
#include "viewmodels/PayloadFields.h"
#include "viewmodels/VerdictText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SafeScan::DashboardLabels {

QString verdict(const QString& name)
{
    for (const VerdictLevel level : {VerdictLevel::Dangerous, VerdictLevel::Suspicious, VerdictLevel::Unknown,
                                     VerdictLevel::NoKnownRisk, VerdictLevel::Trusted})
        if (verdictLevelName(level) == name)
            return VerdictText::label(level);
    return name;
}

bool isVerdictLevel(const QString& name)
{
    for (const VerdictLevel level : {VerdictLevel::Dangerous, VerdictLevel::Suspicious, VerdictLevel::Unknown,
                                     VerdictLevel::NoKnownRisk, VerdictLevel::Trusted})
        if (verdictLevelName(level) == name)
            return true;
    return false;
}

QString payloadType(const QString& name)
{
    const std::optional<PayloadType> type = payloadTypeFromName(name);
    return type ? PayloadFields::typeLabel(*type) : name;
}

namespace {
constexpr NameLabel kSources[] = {
    {u"camera", QT_TRANSLATE_NOOP("SafeScan::DashboardLabels", "Camera")},
    {u"file", QT_TRANSLATE_NOOP("SafeScan::DashboardLabels", "Image file")},
    {u"clipboard", QT_TRANSLATE_NOOP("SafeScan::DashboardLabels", "Clipboard")},
    {u"screen", QT_TRANSLATE_NOOP("SafeScan::DashboardLabels", "Screen")},
    {u"video", QT_TRANSLATE_NOOP("SafeScan::DashboardLabels", "Video")},
    {u"import", QT_TRANSLATE_NOOP("SafeScan::DashboardLabels", "Import")},
};
constexpr NameLabel kMetrics[] = {
    {u"scans", QT_TRANSLATE_NOOP("SafeScan::DashboardLabels", "Scans")},
    {u"votes", QT_TRANSLATE_NOOP("SafeScan::DashboardLabels", "Votes")},
    {u"reports", QT_TRANSLATE_NOOP("SafeScan::DashboardLabels", "Reports")},
    {u"spam_blocked", QT_TRANSLATE_NOOP("SafeScan::DashboardLabels", "Spam blocked")},
    {u"moderation_actions", QT_TRANSLATE_NOOP("SafeScan::DashboardLabels", "Moderation actions")},
    {u"sync_errors", QT_TRANSLATE_NOOP("SafeScan::DashboardLabels", "Sync errors")},
};
constexpr NameLabel kDimensions[] = {
    {u"verdict", QT_TRANSLATE_NOOP("SafeScan::DashboardLabels", "Verdict levels")},
    {u"payload_type", QT_TRANSLATE_NOOP("SafeScan::DashboardLabels", "Payload types")},
    {u"source", QT_TRANSLATE_NOOP("SafeScan::DashboardLabels", "Sources")},
};
constexpr NameLabel kTopLists[] = {
    {u"most_voted", QT_TRANSLATE_NOOP("SafeScan::DashboardLabels", "Most voted items")},
    {u"most_disputed", QT_TRANSLATE_NOOP("SafeScan::DashboardLabels", "Most disputed items")},
};
constexpr const char* kContext = "SafeScan::DashboardLabels";
} // namespace

QString source(const QString& name)
{
    return labelFor(kSources, kContext, name);
}

QString metric(const QString& name)
{
    return labelFor(kMetrics, kContext, name);
}

QString dimension(const QString& name)
{
    return labelFor(kDimensions, kContext, name);
}

QString topList(const QString& name)
{
    return labelFor(kTopLists, kContext, name);
}

QString key(const QString& dimensionName, const QString& name)
{
    if (dimensionName == u"verdict"_s)
        return verdict(name);
    if (dimensionName == u"payload_type"_s)
        return payloadType(name);
    if (dimensionName == u"source"_s)
        return source(name);
    return name;
}

} // namespace SafeScan::DashboardLabels
