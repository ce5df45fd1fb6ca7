#include "DashboardLabels.h"

#include "payload/Payload.h"
#include "safety/Verdict.h"
#include "viewmodels/PayloadFields.h"
#include "viewmodels/VerdictText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SafeScan::DashboardLabels {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SafeScan::DashboardLabels", text);
}
} // namespace

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

QString source(const QString& name)
{
    if (name == u"camera"_s)
        return tr("Camera");
    if (name == u"file"_s)
        return tr("Image file");
    if (name == u"clipboard"_s)
        return tr("Clipboard");
    if (name == u"screen"_s)
        return tr("Screen");
    if (name == u"video"_s)
        return tr("Video");
    if (name == u"import"_s)
        return tr("Import");
    return name;
}

QString metric(const QString& name)
{
    if (name == u"scans"_s)
        return tr("Scans");
    if (name == u"votes"_s)
        return tr("Votes");
    if (name == u"reports"_s)
        return tr("Reports");
    if (name == u"spam_blocked"_s)
        return tr("Spam blocked");
    if (name == u"moderation_actions"_s)
        return tr("Moderation actions");
    if (name == u"sync_errors"_s)
        return tr("Sync errors");
    return name;
}

QString dimension(const QString& name)
{
    if (name == u"verdict"_s)
        return tr("Verdict levels");
    if (name == u"payload_type"_s)
        return tr("Payload types");
    if (name == u"source"_s)
        return tr("Sources");
    return name;
}

QString topList(const QString& name)
{
    if (name == u"most_voted"_s)
        return tr("Most voted items");
    if (name == u"most_disputed"_s)
        return tr("Most disputed items");
    return name;
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
