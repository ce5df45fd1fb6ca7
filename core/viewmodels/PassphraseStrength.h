#pragma once

#include <QString>

namespace SafeScan {

// A rough strength estimate of a sync passphrase, for the hint under the field. The passphrase is
// the only thing between the server's copy of the history and anyone who gets it: the key is
// derived with Argon2id, which makes each guess expensive, but a short or common passphrase is
// still guessed. The estimate counts distinct characters and character classes, so "aaaaaaaaaaaa"
// is weak however long it is; it is not a dictionary check.
struct PassphraseStrength
{
    enum class Level
    {
        Empty,
        TooShort, // under minimumLength(): refused for a new passphrase
        Weak,     // refused for a new passphrase
        Fair,
        Strong,
    };
    Level level = Level::Empty;
    double bits = 0; // the estimate's entropy
    QString hint;    // for people, translated

    // A new passphrase (first device, change) must be at least Fair.
    bool acceptable() const { return level == Level::Fair || level == Level::Strong; }

    static constexpr int minimumLength() { return 10; }
    static PassphraseStrength of(const QString& passphrase);
};

} // namespace SafeScan
