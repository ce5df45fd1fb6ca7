#pragma once

#include <QString>

struct psl_ctx_st;

namespace SafeScan {

// The public suffix list through libpsl: which part of a host name is the public suffix
// ("co.uk") and which is the registrable domain ("example.co.uk") that says who owns a site.
// Uses the newest list on the system (Debian's publicsuffix package) or libpsl's built-in one.
// Thread-safe once constructed.
class DomainInfo
{
public:
    DomainInfo();
    ~DomainInfo();
    DomainInfo(const DomainInfo&) = delete;
    DomainInfo& operator=(const DomainInfo&) = delete;

    bool isValid() const { return m_psl != nullptr; }
    // Both take and return lowercase ASCII (punycode) host names; empty when there is none (an IP
    // address, a bare public suffix, an unknown single label).
    QString registrableDomain(const QString& asciiHost) const;
    QString publicSuffix(const QString& asciiHost) const;

private:
    const psl_ctx_st* m_psl = nullptr;
    bool m_owned = false;
};

} // namespace SafeScan
