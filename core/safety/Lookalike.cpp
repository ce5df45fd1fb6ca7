#include "Lookalike.h"

#include "DomainInfo.h"
#include "SafetyData.h"
#include "SpoofChecker.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
constexpr int minEditDistanceLength = 5;

QString labelOf(const QString& registrable, const QString& suffix)
{
    if (suffix.isEmpty() || registrable.size() <= suffix.size() + 1)
        return registrable;
    return registrable.left(registrable.size() - suffix.size() - 1);
}

bool isAscii(const QString& text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 128; });
}
} // namespace

LookalikeIndex::LookalikeIndex(const SafetyData& data, const DomainInfo& domains, const SpoofChecker& spoof)
    : m_data(data)
    , m_spoof(spoof)
{
    for (const SafetyData::Popular& popular : data.popular()) {
        const QString suffix = domains.publicSuffix(popular.domain);
        const QString label = labelOf(popular.domain, suffix);
        m_entries.append({popular.domain, label});
        m_labelDomains.insert(label, popular.domain);
        m_skeletons.insert(spoof.skeleton(QUrl::fromAce(popular.domain.toLatin1(), QUrl::IgnoreIDNWhitelist)),
                           popular.domain);
        if (label.size() >= 3)
            m_undigited.insert(undigit(label), popular.domain);
    }
}

std::optional<LookalikeIndex::Match> LookalikeIndex::match(const QString& registrable, const QString& unicode,
                                                           const QString& suffix) const
{
    if (registrable.isEmpty() || m_data.isPopular(registrable))
        return std::nullopt;
    const QString label = labelOf(registrable, suffix);
    if (m_labelDomains.contains(label))
        return std::nullopt; // the same name under another suffix: amazon.de for amazon.com

    const auto skeletonHit = m_skeletons.constFind(m_spoof.skeleton(unicode));
    if (skeletonHit != m_skeletons.cend() && *skeletonHit != registrable)
        return Match{*skeletonHit, isAscii(unicode) ? Kind::Confusable : Kind::Homograph};

    const QString unicodeLabel = QUrl::fromAce(label.toLatin1(), QUrl::IgnoreIDNWhitelist);
    if (unicodeLabel == label)
        return asciiMatch(label);
    // Letters of other scripts: compare what the name looks like (its skeleton) the same way.
    const QString looks = m_spoof.skeleton(unicodeLabel).toLower();
    if (!isAscii(looks))
        return std::nullopt;
    if (const auto same = m_labelDomains.constFind(looks); same != m_labelDomains.cend())
        return Match{*same, Kind::Homograph};
    if (auto hit = asciiMatch(looks))
        return Match{hit->popularDomain, Kind::Homograph};
    return std::nullopt;
}

std::optional<LookalikeIndex::Match> LookalikeIndex::asciiMatch(const QString& label) const
{
    const QString plain = undigit(label);
    if (plain != label) {
        const auto digitHit = m_undigited.constFind(plain);
        if (digitHit != m_undigited.cend())
            return Match{*digitHit, Kind::DigitSwap};
    }
    for (const Entry& entry : m_entries) {
        if (entry.label.size() < minEditDistanceLength || std::abs(entry.label.size() - label.size()) > 1)
            continue;
        if (editDistance(label, entry.label, 1) == 1)
            return Match{entry.domain, Kind::EditDistance};
    }
    return std::nullopt;
}

std::optional<LookalikeIndex::BrandMatch> LookalikeIndex::foreignBrand(const QString& asciiHost,
                                                                       const QString& registrable,
                                                                       const QString& suffix) const
{
    if (registrable.isEmpty())
        return std::nullopt;
    const QString ownLabel = labelOf(registrable, suffix);
    const QString beforeSuffix = labelOf(asciiHost, suffix);
    static const QRegularExpression separators(u"[.\\-_]"_s);
    for (const QString& token : beforeSuffix.split(separators, Qt::SkipEmptyParts)) {
        const auto brand = m_data.brands().constFind(token);
        if (brand == m_data.brands().cend() || brand->contains(registrable) || ownLabel == token)
            continue;
        return BrandMatch{token, *std::min_element(brand->begin(), brand->end())};
    }
    return std::nullopt;
}

int LookalikeIndex::editDistance(QStringView a, QStringView b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    // Three rows suffice for the optimal-string-alignment variant (adjacent transpositions).
    std::vector<int> twoBack(size_t(m + 1)), previous(size_t(m + 1)), current(size_t(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowMin = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min(
                {previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, previous[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                value = std::min(value, twoBack[size_t(j - 2)] + 1);
            current[size_t(j)] = value;
            rowMin = std::min(rowMin, value);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(twoBack, previous);
        std::swap(previous, current);
    }
    return previous[size_t(m)];
}

QString LookalikeIndex::undigit(QStringView label)
{
    // Digit 0..9 → the letter it passes for (or itself).
    static constexpr char16_t letters[] = u"ol2eas6tb9";
    QString out = label.toString();
    for (QChar& c : out)
        if (c >= u'0' && c <= u'9' && letters[c.unicode() - u'0'] != c.unicode())
            c = QChar(letters[c.unicode() - u'0']);
    return out;
}

} // namespace SafeScan
