#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace SafeScan {

// How risky a payload is, from worst to best. `Trusted` is only ever given by community or
// moderator confirmation, never by local checks; `Unknown` means it could not be judged and is
// never shown as safe.
enum class VerdictLevel
{
    Dangerous,
    Suspicious,
    Unknown,
    NoKnownRisk,
    Trusted,
};

// Stable names: "dangerous", "suspicious", "unknown", "no_known_risk", "trusted".
QString verdictLevelName(VerdictLevel level);

// Every check's finding has a stable code. Names are in ReasonCatalog.
enum class ReasonCode
{
    Blocklisted,
    ScriptScheme,
    DataUrl,
    FileUrl,
    IntentUrl,
    IpLiteralHost,
    ObfuscatedIp,
    UserInfo,
    UserInfoDomain,
    ExcessiveSubdomains,
    ExcessiveLength,
    LookalikeDomain,
    Homograph,
    MixedScript,
    WholeScriptConfusable,
    BrandInForeignDomain,
    Shortener,
    HighAbuseTld,
    BidiOrInvisible,
    NonStandardPort,
    HttpLogin,
    UnparsableUrl,
    WifiOpen,
    WifiWep,
    OtpSecret,
    PremiumNumber,
    PaymentRequest,
    InvalidIban,
    BinaryContent,
    MalformedContent,
    // Community and moderator ratings (CommunityVerdict), never from local checks.
    CommunityUnsafe,
    CommunitySafe,
    CommunityDisputed,
    ModeratorUnsafe,
    ModeratorSafe,
};

// One explained finding: what was found (code), why it matters (a translatable sentence) and what
// exactly was seen (evidence).
struct Reason
{
    ReasonCode code = ReasonCode::UnparsableUrl;
    double weight = 0; // 0..1: how strongly this alone suggests risk
    QStringList args;  // values for the sentence's %1, %2
    QString evidence;  // the part of the content that triggered it

    QString codeName() const;
    QString message() const; // translated into the application's language
    bool operator==(const Reason& other) const = default;
};

// Where a link really goes.
struct Destination
{
    QString url; // canonical URL, ASCII
    QString scheme;
    QString hostAscii;         // punycode form
    QString hostUnicode;       // what a person reads
    QString registrableDomain; // Unicode, the part that says who owns the site
    QString publicSuffix;
    bool isEmpty() const { return url.isEmpty(); }
};

struct Verdict
{
    VerdictLevel level = VerdictLevel::Unknown;
    int score = 0; // risk, 0 (none seen) .. 100
    QList<Reason> reasons;
    Destination destination;
    QString algorithm;

    bool hasReason(ReasonCode code) const;
};

} // namespace SafeScan
