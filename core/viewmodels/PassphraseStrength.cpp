#include "PassphraseStrength.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace SafeScan {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SafeScan::PassphraseStrength", text);
}

} // namespace

PassphraseStrength PassphraseStrength::of(const QString& passphrase)
{
    PassphraseStrength result;
    const QList<uint> characters = passphrase.toUcs4();
    if (characters.isEmpty()) {
        result.hint = tr("Choose a passphrase of several words that you do not use anywhere else.");
        return result;
    }
    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    QSet<uint> distinct;
    for (const uint c : characters) {
        distinct.insert(c);
        if (c >= 'a' && c <= 'z')
            lower = true;
        else if (c >= 'A' && c <= 'Z')
            upper = true;
        else if (c >= '0' && c <= '9')
            digit = true;
        else if (c < 128)
            symbol = true;
        else
            other = true;
    }
    const int pool =
        (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) + (other ? 100 : 0);
    // Repeated characters add little: the length counted is the distinct characters plus a quarter
    // of the repeats.
    const double effective = double(distinct.size()) + double(characters.size() - distinct.size()) / 4.0;
    result.bits = effective * std::log2(double(qMax(pool, 2)));
    if (characters.size() < minimumLength()) {
        result.level = Level::TooShort;
        result.hint = tr("Too short: use at least %1 characters, better a few words.").arg(minimumLength());
    } else if (result.bits < 50) {
        result.level = Level::Weak;
        result.hint = tr("Weak: add more words or characters that do not repeat.");
    } else if (result.bits < 75) {
        result.level = Level::Fair;
        result.hint = tr("Fair: acceptable; a longer passphrase is stronger.");
    } else {
        result.level = Level::Strong;
        result.hint = tr("Strong.");
    }
    return result;
}

} // namespace SafeScan
