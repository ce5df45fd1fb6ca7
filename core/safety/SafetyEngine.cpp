#include "SafetyEngine.h"

#include "DomainInfo.h"
#include "Lookalike.h"
#include "PayloadChecks.h"
#include "ReasonCatalog.h"
#include "SafetyData.h"
#include "SpoofChecker.h"
#include "UrlChecks.h"
#include "payload/PayloadUrls.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SafeScan {

SafetyEngine::SafetyEngine(BlocklistLookup blocklists)
    : SafetyEngine(SafetyData::builtin(), std::move(blocklists))
{}

SafetyEngine::SafetyEngine(const SafetyData& data, BlocklistLookup blocklists)
    : m_data(data)
    , m_blocklists(std::move(blocklists))
    , m_domains(std::make_unique<DomainInfo>())
    , m_spoof(std::make_unique<SpoofChecker>())
    , m_lookalikes(std::make_unique<LookalikeIndex>(m_data, *m_domains, *m_spoof))
    , m_urls(std::make_unique<UrlChecker>(m_data, *m_domains, *m_spoof, *m_lookalikes))
{}

SafetyEngine::~SafetyEngine() = default;

QString SafetyEngine::algorithmVersion()
{
    return u"safescan-local/1"_s;
}

Verdict SafetyEngine::judge(const Payload& payload) const
{
    QList<Reason> reasons = PayloadChecks::check(payload);
    // A recognised format that failed to parse fell back to text: it cannot be vouched for.
    const bool malformed = payload.type == PayloadType::Text && !payload.notes.isEmpty();
    if (malformed)
        reasons.append(ReasonCatalog::make(ReasonCode::MalformedContent, payload.notes.first()));
    bool judged = payload.type != PayloadType::Binary && !malformed;
    Destination destination;

    const QStringList urls = payloadUrls(payload);
    for (const QString& link : urls) {
        UrlFindings findings = m_urls->check(link);
        if (findings.judged && m_blocklists) {
            for (const BlocklistFinding& match : m_blocklists(findings.canonical))
                findings.reasons.prepend(
                    ReasonCatalog::make(ReasonCode::Blocklisted, match.expression, {match.source}));
        }
        if (payload.type == PayloadType::Url && destination.isEmpty()) {
            destination = findings.destination;
            judged = findings.judged;
        } else {
            // A link-like fragment of free text that does not parse is noted, not held against it.
            for (Reason& reason : findings.reasons)
                if (reason.code == ReasonCode::UnparsableUrl)
                    reason.weight = 0;
        }
        reasons.append(findings.reasons);
    }

    Verdict verdict = combine(std::move(reasons), judged);
    verdict.destination = destination;
    return verdict;
}

Verdict SafetyEngine::combine(QList<Reason> reasons, bool judged)
{
    // One reason per code and evidence: a link found twice in a contact is one finding.
    QList<Reason> unique;
    for (Reason& reason : reasons)
        if (!unique.contains(reason))
            unique.append(std::move(reason));
    std::stable_sort(unique.begin(), unique.end(),
                     [](const Reason& a, const Reason& b) { return a.weight > b.weight; });

    Verdict verdict;
    verdict.algorithm = algorithmVersion();
    double clean = 1.0;
    bool critical = false;
    for (const Reason& reason : unique) {
        clean *= 1.0 - std::clamp(reason.weight, 0.0, 1.0);
        critical = critical || ReasonCatalog::entry(reason.code).critical;
    }
    verdict.score = int(std::lround(100.0 * (1.0 - clean)));
    if (critical || verdict.score >= dangerousScore)
        verdict.level = VerdictLevel::Dangerous;
    else if (verdict.score >= suspiciousScore)
        verdict.level = VerdictLevel::Suspicious;
    else
        verdict.level = judged ? VerdictLevel::NoKnownRisk : VerdictLevel::Unknown;
    if (critical)
        verdict.score = std::max(verdict.score, dangerousScore);
    verdict.reasons = std::move(unique);
    return verdict;
}

} // namespace SafeScan
