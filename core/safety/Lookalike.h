#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace SafeScan {

class DomainInfo;
class SafetyData;
class SpoofChecker;

// Compares a site's registrable domain with the popular domains it might imitate.
class LookalikeIndex
{
public:
    enum class Kind
    {
        Homograph,    // same skeleton through letters of other scripts (раураl.com)
        Confusable,   // same skeleton within ASCII (rnicrosoft.com)
        DigitSwap,    // digits for letters (g00gle.com, paypa1.com)
        EditDistance, // one letter added, dropped, changed or swapped (amazom.com)
    };
    struct Match
    {
        QString popularDomain;
        Kind kind;
    };
    struct BrandMatch
    {
        QString brand;
        QString popularDomain; // a domain the brand really belongs to
    };

    LookalikeIndex(const SafetyData& data, const DomainInfo& domains, const SpoofChecker& spoof);

    // registrable: ASCII (punycode) registrable domain; unicode: the same decoded.
    std::optional<Match> match(const QString& registrable, const QString& unicode,
                               const QString& suffix) const;
    // A brand token of the host (labels and hyphen-separated words in front of the public suffix)
    // that belongs to another site.
    std::optional<BrandMatch> foreignBrand(const QString& asciiHost, const QString& registrable,
                                           const QString& suffix) const;

    // Damerau-Levenshtein (optimal string alignment) distance, stopping early above `limit`.
    static int editDistance(QStringView a, QStringView b, int limit);
    // Digits and symbols read as the letters they imitate: 0→o, 1→l, 3→e, 4→a, 5→s, 7→t, 8→b.
    static QString undigit(QStringView label);

private:
    std::optional<Match> asciiMatch(const QString& label) const;

    struct Entry
    {
        QString domain;
        QString label; // the registrable domain without its public suffix
    };
    const SafetyData& m_data;
    const SpoofChecker& m_spoof;
    QList<Entry> m_entries;
    QHash<QString, QString> m_labelDomains; // label of a popular domain → the domain
    QHash<QString, QString> m_skeletons;    // skeleton of a popular domain → the domain
    QHash<QString, QString> m_undigited;    // label without digit swaps → the domain
};

} // namespace SafeScan
