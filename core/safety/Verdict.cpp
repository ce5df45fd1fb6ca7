#include "Verdict.h"

#include "ReasonCatalog.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SafeScan {

QString verdictLevelName(VerdictLevel level)
{
    switch (level) {
    case VerdictLevel::Dangerous:
        return u"dangerous"_s;
    case VerdictLevel::Suspicious:
        return u"suspicious"_s;
    case VerdictLevel::Unknown:
        return u"unknown"_s;
    case VerdictLevel::NoKnownRisk:
        return u"no_known_risk"_s;
    case VerdictLevel::Trusted:
        return u"trusted"_s;
    }
    return u"unknown"_s;
}

QString Reason::codeName() const
{
    return ReasonCatalog::entry(code).name;
}

QString Reason::message() const
{
    QString text =
        QCoreApplication::translate(ReasonCatalog::translationContext, ReasonCatalog::entry(code).sentence);
    for (const QString& arg : args)
        text = text.arg(arg);
    return text;
}

bool Verdict::hasReason(ReasonCode code) const
{
    return std::any_of(reasons.begin(), reasons.end(), [code](const Reason& r) { return r.code == code; });
}

} // namespace SafeScan
