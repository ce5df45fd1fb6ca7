#include "UrlChecks.h"

#include "DomainInfo.h"
#include "Lookalike.h"
#include "ReasonCatalog.h"
#include "SafetyData.h"
#include "SpoofChecker.h"
#include "urlcanon/UrlCanonicalizer.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
using C = ReasonCode;
using ReasonCatalog::make;

constexpr int maxSubdomainLabels = 3;
constexpr qsizetype maxUrlLength = 300;
constexpr qsizetype maxHostLength = 80;

bool isPrivateIPv4(const QString& host)
{
    static const QRegularExpression privateRanges(
        u"^(10\\.|127\\.|192\\.168\\.|169\\.254\\.|172\\.(1[6-9]|2[0-9]|3[01])\\.)"_s);
    return privateRanges.match(host).hasMatch();
}

bool looksLikeDomain(const QString& text)
{
    static const QRegularExpression domain(u"[a-z0-9-]+\\.[a-z]{2,}"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    return domain.match(text).hasMatch();
}

QString unicodeOf(const QString& ascii)
{
    // Always decoded: the point is to show what a name really says, whatever its TLD policy.
    return QUrl::fromAce(ascii.toLatin1(), QUrl::IgnoreIDNWhitelist);
}
} // namespace

UrlChecker::UrlChecker(const SafetyData& data, const DomainInfo& domains, const SpoofChecker& spoof,
                       const LookalikeIndex& lookalikes)
    : m_data(data)
    , m_domains(domains)
    , m_spoof(spoof)
    , m_lookalikes(lookalikes)
{}

UrlFindings UrlChecker::check(const QString& rawUrl) const
{
    UrlFindings findings;
    findings.canonical = UrlCanonicalizer::canonicalize(rawUrl);
    const CanonicalUrl& url = findings.canonical;
    if (!url.valid) {
        if (SpoofChecker::hasBidiOrInvisible(rawUrl))
            findings.reasons.append(make(C::BidiOrInvisible, rawUrl.left(200)));
        findings.reasons.append(make(C::UnparsableUrl, url.error));
        return findings;
    }
    findings.judged = true;
    Destination& d = findings.destination;
    d.url = url.url();
    d.scheme = url.scheme;
    d.hostAscii = url.host;
    d.hostUnicode = url.hostUnicode();
    if (url.hostKind == CanonicalUrl::HostKind::Name) {
        d.registrableDomain = unicodeOf(m_domains.registrableDomain(url.host));
        d.publicSuffix = unicodeOf(m_domains.publicSuffix(url.host));
    }
    // Direction controls and invisible characters, as written or hidden behind percent-escapes.
    if (SpoofChecker::hasBidiOrInvisible(rawUrl) || SpoofChecker::hasBidiOrInvisible(d.hostUnicode) ||
        SpoofChecker::hasBidiOrInvisible(QUrl::fromPercentEncoding(d.url.toLatin1())))
        findings.reasons.append(make(C::BidiOrInvisible, rawUrl.left(200)));

    checkScheme(url, findings);
    if (url.hostKind == CanonicalUrl::HostKind::None)
        return findings;
    checkHostForm(url, findings);
    checkOwnership(url, findings);
    checkShape(url, findings);
    return findings;
}

void UrlChecker::checkScheme(const CanonicalUrl& url, UrlFindings& findings) const
{
    const QString& scheme = url.scheme;
    const QString evidence = url.url().left(120);
    if (scheme == u"javascript"_s || scheme == u"vbscript"_s)
        findings.reasons.append(make(C::ScriptScheme, evidence));
    else if (scheme == u"data"_s)
        findings.reasons.append(make(C::DataUrl, evidence));
    else if (scheme == u"file"_s)
        findings.reasons.append(make(C::FileUrl, evidence));
    else if (scheme == u"intent"_s)
        findings.reasons.append(make(C::IntentUrl, evidence));
    else if (scheme == u"http"_s) {
        static const QRegularExpression loginLike(
            u"(log-?in|sign-?in|sign-?on|logon|password|passwd|credential|verify|verification|"
            "account|banking|webscr|auth|wallet|2fa|otp)"_s,
            QRegularExpression::CaseInsensitiveOption);
        if (loginLike.match(url.path).hasMatch() || loginLike.match(url.query).hasMatch())
            findings.reasons.append(make(C::HttpLogin, url.url().left(200)));
    }
}

void UrlChecker::checkHostForm(const CanonicalUrl& url, UrlFindings& findings) const
{
    using HostKind = CanonicalUrl::HostKind;
    if (url.hostKind == HostKind::IPv4 || url.hostKind == HostKind::IPv6) {
        Reason reason = make(C::IpLiteralHost, url.host);
        if (url.hostKind == HostKind::IPv4 && isPrivateIPv4(url.host))
            reason.weight = 0.3; // a router or printer on the local network
        findings.reasons.append(reason);
        if (url.obfuscatedIPv4)
            findings.reasons.append(make(C::ObfuscatedIp, url.host, {url.host}));
    }
    if (!url.userInfo.isEmpty()) {
        const QString shown = findings.destination.registrableDomain.isEmpty()
                                  ? findings.destination.hostUnicode
                                  : findings.destination.registrableDomain;
        if (looksLikeDomain(url.userInfo))
            findings.reasons.append(make(C::UserInfoDomain, url.userInfo, {url.userInfo.left(80), shown}));
        else
            findings.reasons.append(make(C::UserInfo, url.userInfo.left(80), {shown}));
    }
    if (url.port != -1)
        findings.reasons.append(
            make(C::NonStandardPort, QString::number(url.port), {QString::number(url.port)}));
}

void UrlChecker::checkOwnership(const CanonicalUrl& url, UrlFindings& findings) const
{
    if (url.hostKind != CanonicalUrl::HostKind::Name)
        return;
    const Destination& d = findings.destination;
    const QString registrable = m_domains.registrableDomain(url.host);
    const QString suffix = m_domains.publicSuffix(url.host);

    if (const auto match = m_lookalikes.match(registrable, d.registrableDomain, suffix)) {
        const QString popular = unicodeOf(match->popularDomain);
        if (match->kind == LookalikeIndex::Kind::Homograph)
            findings.reasons.append(make(C::Homograph, d.registrableDomain, {d.registrableDomain, popular}));
        else
            findings.reasons.append(
                make(C::LookalikeDomain, d.registrableDomain, {d.registrableDomain, popular}));
    }

    const bool asciiSuffix = !suffix.contains(u"xn--"_s);
    for (const QString& label : d.hostUnicode.split(u'.', Qt::SkipEmptyParts)) {
        const QString latin = asciiSuffix ? m_spoof.latinLookalike(label) : QString();
        if (!latin.isEmpty()) {
            findings.reasons.append(make(C::WholeScriptConfusable, label, {latin}));
            break;
        }
        if (m_spoof.isMixedScript(label)) {
            findings.reasons.append(make(C::MixedScript, label));
            break;
        }
    }

    if (const auto brand = m_lookalikes.foreignBrand(url.host, registrable, suffix))
        findings.reasons.append(
            make(C::BrandInForeignDomain, d.hostUnicode,
                 {brand->brand, d.registrableDomain.isEmpty() ? d.hostUnicode : d.registrableDomain}));

    if (m_data.isShortener(url.host) || m_data.isShortener(registrable))
        findings.reasons.append(make(C::Shortener, d.hostUnicode, {d.hostUnicode}));

    const QString tld = url.host.section(u'.', -1);
    if (const double score = m_data.tldScore(tld); score > 0) {
        Reason reason = make(C::HighAbuseTld, tld, {unicodeOf(tld)});
        reason.weight = score;
        findings.reasons.append(reason);
    }

    if (!registrable.isEmpty()) {
        QString subdomains = url.host.left(url.host.size() - registrable.size());
        if (subdomains.startsWith(u"www."_s))
            subdomains = subdomains.mid(4);
        if (subdomains.count(u'.') > maxSubdomainLabels)
            findings.reasons.append(make(C::ExcessiveSubdomains, d.hostUnicode, {d.registrableDomain}));
    }
}

void UrlChecker::checkShape(const CanonicalUrl& url, UrlFindings& findings) const
{
    const QString full = url.url();
    if (full.size() > maxUrlLength || url.host.size() > maxHostLength)
        findings.reasons.append(make(C::ExcessiveLength, QString::number(full.size())));
}

} // namespace SafeScan
