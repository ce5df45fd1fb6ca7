#pragma once

#include "Verdict.h"
#include "urlcanon/CanonicalUrl.h"

namespace SafeScan {

class DomainInfo;
class LookalikeIndex;
class SafetyData;
class SpoofChecker;

// What the local checks found in one link.
struct UrlFindings
{
    CanonicalUrl canonical;
    Destination destination;
    QList<Reason> reasons;
    bool judged = false; // false when the link could not be read
};

// Every local check of SPEC §6 for one link: scheme, host form, ownership, imitation, hiding.
class UrlChecker
{
public:
    UrlChecker(const SafetyData& data, const DomainInfo& domains, const SpoofChecker& spoof,
               const LookalikeIndex& lookalikes);

    UrlFindings check(const QString& rawUrl) const;

private:
    void checkScheme(const CanonicalUrl& url, UrlFindings& findings) const;
    void checkHostForm(const CanonicalUrl& url, UrlFindings& findings) const;
    void checkOwnership(const CanonicalUrl& url, UrlFindings& findings) const;
    void checkShape(const CanonicalUrl& url, UrlFindings& findings) const;

    const SafetyData& m_data;
    const DomainInfo& m_domains;
    const SpoofChecker& m_spoof;
    const LookalikeIndex& m_lookalikes;
};

} // namespace SafeScan
