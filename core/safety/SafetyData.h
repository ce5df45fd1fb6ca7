#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace SafeScan {

// The curated lists the checks compare against (resources/safety/*.txt, embedded at build time).
class SafetyData
{
public:
    struct Popular
    {
        QString domain; // ASCII (punycode) registrable domain
        QString brand;  // distinctive brand token, may be empty
    };

    // The lists embedded in the library.
    static const SafetyData& builtin();
    // Parses the three list formats (see the files' headers); malformed lines are skipped.
    static SafetyData fromText(const QString& popularDomains, const QString& shorteners,
                               const QString& tldScores);

    const QList<Popular>& popular() const { return m_popular; }
    bool isPopular(const QString& asciiDomain) const { return m_popularSet.contains(asciiDomain); }
    bool isShortener(const QString& asciiHostOrDomain) const
    {
        return m_shorteners.contains(asciiHostOrDomain);
    }
    // 0 when the TLD is not listed.
    double tldScore(const QString& tld) const { return m_tldScores.value(tld, 0.0); }
    // The registrable domains that legitimately carry a brand token.
    const QHash<QString, QSet<QString>>& brands() const { return m_brandDomains; }

private:
    QList<Popular> m_popular;
    QSet<QString> m_popularSet;
    QSet<QString> m_shorteners;
    QHash<QString, double> m_tldScores;
    QHash<QString, QSet<QString>> m_brandDomains;
};

} // namespace SafeScan
