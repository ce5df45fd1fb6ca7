#pragma once

#include <QString>

namespace SafeScan::PremiumNumbers {

// Digits of a dialable number with "+" for an international prefix ("00" becomes "+"), or an
// empty string when the text is not a phone number.
QString normalized(QStringView number);
// Premium-rate ranges of the US/Canada, UK, Ireland, Germany, Austria, Switzerland, France,
// Belgium, Netherlands, Spain, Italy and Australia with their country code; without one, only the
// national prefixes that mean premium rate wherever they are dialled (0900, 0137, 0190, 1-900).
bool isPremiumRate(QStringView number);
// 3 to 6 digit numbers: SMS short codes, which premium subscriptions use.
bool isShortCode(QStringView number);

} // namespace SafeScan::PremiumNumbers
