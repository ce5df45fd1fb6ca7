#pragma once

#include <QString>

struct USpoofChecker;

namespace SafeScan {

// Homograph detection through ICU's spoof checker (UTS #39). Thread-safe once constructed: ICU
// allows concurrent checks on one checker.
class SpoofChecker
{
public:
    SpoofChecker();
    ~SpoofChecker();
    SpoofChecker(const SpoofChecker&) = delete;
    SpoofChecker& operator=(const SpoofChecker&) = delete;

    bool isValid() const { return m_checker != nullptr; }
    // The UTS #39 skeleton: two strings that look alike have the same skeleton ("раураl" and
    // "paypal", "rn" and "m").
    QString skeleton(const QString& text) const;
    // The label mixes scripts beyond what UTS #39's "moderately restrictive" level allows
    // (Latin with Cyrillic, say), or mixes digits of different systems.
    bool isMixedScript(const QString& label) const;
    // The label is written in one non-Latin script, yet its skeleton is plain ASCII: it can pass
    // for a Latin name ("аррӏе" in Cyrillic). Returns that Latin look-alike, or an empty string.
    QString latinLookalike(const QString& label) const;

    // Bidirectional controls and invisible characters that can disguise text.
    static bool hasBidiOrInvisible(QStringView text);

private:
    USpoofChecker* m_checker = nullptr;
};

} // namespace SafeScan
