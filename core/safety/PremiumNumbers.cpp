#include "PremiumNumbers.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace SafeScan::PremiumNumbers {

namespace {
// International prefixes, without the "+".
const QStringList& internationalPremium()
{
    static const QStringList prefixes = {
        u"1900"_s,  u"1976"_s,                          // US / Canada
        u"449"_s,   u"44871"_s, u"44872"_s, u"44873"_s, // UK
        u"35315"_s,                                     // Ireland
        u"49900"_s, u"49137"_s, u"49190"_s, u"49118"_s, // Germany
        u"43900"_s, u"43930"_s, u"43939"_s,             // Austria
        u"41900"_s, u"41901"_s, u"41906"_s,             // Switzerland
        u"3389"_s,                                      // France (08 9x)
        u"3290"_s,                                      // Belgium
        u"31900"_s, u"31906"_s, u"31909"_s,             // Netherlands
        u"34803"_s, u"34806"_s, u"34807"_s, u"34905"_s, // Spain
        u"39899"_s, u"39892"_s, u"39895"_s,             // Italy
        u"61190"_s,                                     // Australia
    };
    return prefixes;
}

// National forms that are premium in every country that uses them and collide with no ordinary
// area code there (0906 is Donauwoerth, 089 is Munich: such prefixes are matched only with a
// country code).
const QStringList& nationalPremium()
{
    static const QStringList prefixes = {u"0900"_s, u"0137"_s, u"0190"_s, u"1900"_s, u"1976"_s};
    return prefixes;
}
} // namespace

QString normalized(QStringView number)
{
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit())
            digits += c;
        else if (c == u'+' && digits.isEmpty())
            digits += c;
        else if (c.isLetter())
            return {}; // vanity letters or not a number at all
    }
    if (digits.startsWith(u"00"_s))
        digits = u'+' + digits.mid(2);
    return digits == u"+"_s ? QString() : digits;
}

bool isPremiumRate(QStringView number)
{
    const QString digits = normalized(number);
    if (digits.isEmpty())
        return false;
    if (digits.startsWith(u'+')) {
        const QStringView international = QStringView(digits).mid(1);
        for (const QString& prefix : internationalPremium())
            if (international.startsWith(prefix))
                return true;
        return false;
    }
    for (const QString& prefix : nationalPremium())
        if (digits.startsWith(prefix) && digits.size() >= prefix.size() + 4)
            return true;
    return false;
}

bool isShortCode(QStringView number)
{
    const QString digits = normalized(number);
    return !digits.startsWith(u'+') && digits.size() >= 3 && digits.size() <= 6;
}

} // namespace SafeScan::PremiumNumbers
