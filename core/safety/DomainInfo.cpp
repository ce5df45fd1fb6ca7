#include "DomainInfo.h"

#include "SafetyLog.h"

#include <libpsl.h>

namespace SafeScan {

DomainInfo::DomainInfo()
{
    // psl_latest() picks the newer of the system file and the built-in data.
    if (psl_ctx_t* latest = psl_latest(nullptr)) {
        m_psl = latest;
        m_owned = true;
    } else {
        m_psl = psl_builtin();
    }
    if (!m_psl)
        qCWarning(lcSafety) << "no public suffix list available; registrable domains are unknown";
}

DomainInfo::~DomainInfo()
{
    if (m_owned)
        psl_free(const_cast<psl_ctx_t*>(m_psl));
}

QString DomainInfo::registrableDomain(const QString& asciiHost) const
{
    if (!m_psl || asciiHost.isEmpty())
        return {};
    const QByteArray host = asciiHost.toLatin1();
    const char* domain = psl_registrable_domain(m_psl, host.constData());
    return domain ? QString::fromLatin1(domain) : QString();
}

QString DomainInfo::publicSuffix(const QString& asciiHost) const
{
    if (!m_psl || asciiHost.isEmpty())
        return {};
    const QByteArray host = asciiHost.toLatin1();
    const char* suffix = psl_unregistrable_domain(m_psl, host.constData());
    return suffix ? QString::fromLatin1(suffix) : QString();
}

} // namespace SafeScan
