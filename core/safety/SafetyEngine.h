#pragma once

#include "Verdict.h"
#include "payload/Payload.h"
#include "urlcanon/CanonicalUrl.h"

#include <functional>
#include <memory>

namespace SafeScan {

class DomainInfo;
class LookalikeIndex;
class SafetyData;
class SpoofChecker;
class UrlChecker;

// A blocklist entry that matched a link.
struct BlocklistFinding
{
    QString source;     // the list's name
    QString expression; // the matching host/path expression
    QString threat;
};
using BlocklistLookup = std::function<QList<BlocklistFinding>(const CanonicalUrl&)>;

// Judges a payload locally, before any network call: every link in it through the URL checks
// and the blocklists, the payload itself through the payload checks; then one verdict with its
// reasons. Thread-safe: judge() may run on several threads at once.
class SafetyEngine
{
public:
    explicit SafetyEngine(BlocklistLookup blocklists = {});
    SafetyEngine(const SafetyData& data, BlocklistLookup blocklists);
    ~SafetyEngine();

    Verdict judge(const Payload& payload) const;

    static QString algorithmVersion();
    // Levels from reasons: any critical reason is dangerous; else the noisy-OR of the weights as
    // a 0-100 score, dangerous from 80, suspicious from 40; no risk seen is `no_known_risk` only
    // when the content could be judged, else `unknown`.
    static Verdict combine(QList<Reason> reasons, bool judged);

    static constexpr int dangerousScore = 80;
    static constexpr int suspiciousScore = 40;

private:
    const SafetyData& m_data;
    BlocklistLookup m_blocklists;
    std::unique_ptr<DomainInfo> m_domains;
    std::unique_ptr<SpoofChecker> m_spoof;
    std::unique_ptr<LookalikeIndex> m_lookalikes;
    std::unique_ptr<UrlChecker> m_urls;
};

} // namespace SafeScan
