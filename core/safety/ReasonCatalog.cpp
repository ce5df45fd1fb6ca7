#include "ReasonCatalog.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace SafeScan::ReasonCatalog {

namespace {
using C = ReasonCode;

// clang-format off
const QList<Entry>& table()
{
    static const QList<Entry> entries = {
        {C::Blocklisted, u"blocklisted"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "This link is on the blocklist \"%1\"."), 1.0, true},
        {C::ScriptScheme, u"script_scheme"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "Opening this runs a script instead of showing a page."), 0.9, true},
        {C::DataUrl, u"data_url"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "This link carries its own page content instead of pointing to a site."), 0.6, false},
        {C::FileUrl, u"file_url"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "This link opens a file on your computer or network."), 0.5, false},
        {C::IntentUrl, u"intent_url"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "This link asks your device to start an app."), 0.45, false},
        {C::IpLiteralHost, u"ip_literal_host"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "The link points to a bare network address instead of a named site."), 0.5, false},
        {C::ObfuscatedIp, u"obfuscated_ip"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "The link disguises a network address as %1."), 0.75, false},
        {C::UserInfo, u"userinfo"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "The link has text before an @ sign; the site it opens is %1."), 0.45, false},
        {C::UserInfoDomain, u"userinfo_domain"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "The link starts with \"%1\" to look like that site, but it opens %2."), 0.8, false},
        {C::ExcessiveSubdomains, u"excessive_subdomains"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "The site name has an unusual number of parts in front of %1."), 0.3, false},
        {C::ExcessiveLength, u"excessive_length"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "The link is unusually long, which can hide where it goes."), 0.2, false},
        {C::LookalikeDomain, u"lookalike_domain"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "The site name %1 looks like %2 but is a different site."), 0.75, false},
        {C::Homograph, u"homograph"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "The site name %1 uses letters from other alphabets to imitate %2."), 0.95, true},
        {C::MixedScript, u"mixed_script"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "The site name mixes letters from different alphabets."), 0.6, false},
        {C::WholeScriptConfusable, u"whole_script_confusable"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "The site name is written in another alphabet's letters that look like \"%1\"."), 0.6, false},
        {C::BrandInForeignDomain, u"brand_in_foreign_domain"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "The link mentions %1 but belongs to %2, a different site."), 0.75, false},
        {C::Shortener, u"shortener"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "This is a shortened link through %1; where it really goes is hidden."), 0.4, false},
        {C::HighAbuseTld, u"high_abuse_tld"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "Sites ending in .%1 are often used for scams."), 0.3, false},
        {C::BidiOrInvisible, u"bidi_or_invisible"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "The content hides invisible or text-direction characters that can disguise it."), 0.65, false},
        {C::NonStandardPort, u"nonstandard_port"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "The link uses an unusual network port (%1)."), 0.25, false},
        {C::HttpLogin, u"http_login"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "The page looks like a sign-in page but the connection is not encrypted."), 0.45, false},
        {C::UnparsableUrl, u"unparsable_url"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "The link could not be read, so it could not be checked."), 0.3, false},
        {C::WifiOpen, u"wifi_open"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "The Wi-Fi network \"%1\" has no password; others nearby can see what you send, and anyone can set up a network with that name."), 0.4, false},
        {C::WifiWep, u"wifi_wep"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "The Wi-Fi network \"%1\" uses outdated WEP security that is easily broken."), 0.45, false},
        {C::OtpSecret, u"otp_secret"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "This code holds a sign-in secret for %1; anyone who sees it can create your one-time codes."), 0.15, false},
        {C::PremiumNumber, u"premium_number"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "The number %1 is a premium-rate number; calling or texting it can be expensive."), 0.6, false},
        {C::PaymentRequest, u"payment_request"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "This code asks for a payment to %1; check the recipient before you pay."), 0.25, false},
        {C::InvalidIban, u"invalid_iban"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "The bank account number %1 is not a valid IBAN."), 0.5, false},
        {C::BinaryContent, u"binary_content"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "This code holds binary data that SafeScan cannot interpret."), 0.0, false},
        {C::MalformedContent, u"malformed_content"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "This code looks like a link or another known format but is malformed, so it could not be checked."), 0.3, false},
        {C::CommunityUnsafe, u"community_unsafe"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "SafeScan users rate this as unsafe (%1 of %2 votes)."), 0.8, false},
        {C::CommunitySafe, u"community_safe"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "SafeScan users rate this as safe (%1 of %2 votes)."), 0.0, false},
        {C::CommunityDisputed, u"community_disputed"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "SafeScan users disagree about this (%1 safe, %2 unsafe votes)."), 0.0, false},
        {C::ModeratorUnsafe, u"moderator_unsafe"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "SafeScan moderators confirmed that this is dangerous."), 1.0, true},
        {C::ModeratorSafe, u"moderator_safe"_s,
         QT_TRANSLATE_NOOP("SafeScan::Safety", "SafeScan moderators confirmed that this is safe."), 0.0, false},
    };
    return entries;
}
// clang-format on
} // namespace

const QList<Entry>& all()
{
    return table();
}

const Entry& entry(ReasonCode code)
{
    const QList<Entry>& entries = table();
    const qsizetype index = qsizetype(code);
    Q_ASSERT(index >= 0 && index < entries.size() && entries.at(index).code == code);
    return entries.at(index);
}

std::optional<ReasonCode> codeFromName(const QString& name)
{
    for (const Entry& e : table())
        if (e.name == name)
            return e.code;
    return std::nullopt;
}

Reason make(ReasonCode code, QString evidence, QStringList args)
{
    return Reason{code, entry(code).weight, std::move(args), std::move(evidence)};
}

} // namespace SafeScan::ReasonCatalog
