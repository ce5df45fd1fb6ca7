#include "SpoofChecker.h"

#include "SafetyLog.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <vector>

namespace SafeScan {

namespace {
const UChar* utf16(const QString& text)
{
    return reinterpret_cast<const UChar*>(text.utf16());
}

bool isAsciiHostChars(const QString& text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-'))
            return false;
    }
    return !text.isEmpty();
}
} // namespace

SpoofChecker::SpoofChecker()
{
    UErrorCode status = U_ZERO_ERROR;
    m_checker = uspoof_open(&status);
    if (U_FAILURE(status)) {
        qCWarning(lcSafety) << "ICU spoof checker unavailable:" << u_errorName(status);
        m_checker = nullptr;
        return;
    }
    uspoof_setChecks(m_checker, USPOOF_RESTRICTION_LEVEL | USPOOF_MIXED_NUMBERS | USPOOF_INVISIBLE, &status);
    uspoof_setRestrictionLevel(m_checker, USPOOF_MODERATELY_RESTRICTIVE);
}

SpoofChecker::~SpoofChecker()
{
    if (m_checker)
        uspoof_close(m_checker);
}

QString SpoofChecker::skeleton(const QString& text) const
{
    if (!m_checker || text.isEmpty())
        return text;
    UErrorCode status = U_ZERO_ERROR;
    std::vector<UChar> buffer(size_t(text.size()) * 2 + 16);
    int32_t length = uspoof_getSkeleton(m_checker, 0, utf16(text), int32_t(text.size()), buffer.data(),
                                        int32_t(buffer.size()), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        status = U_ZERO_ERROR;
        buffer.resize(size_t(length) + 1);
        length = uspoof_getSkeleton(m_checker, 0, utf16(text), int32_t(text.size()), buffer.data(),
                                    int32_t(buffer.size()), &status);
    }
    if (U_FAILURE(status))
        return text;
    return QString::fromUtf16(reinterpret_cast<const char16_t*>(buffer.data()), length);
}

bool SpoofChecker::isMixedScript(const QString& label) const
{
    if (!m_checker || label.isEmpty())
        return false;
    UErrorCode status = U_ZERO_ERROR;
    const int32_t result = uspoof_check2(m_checker, utf16(label), int32_t(label.size()), nullptr, &status);
    if (U_FAILURE(status))
        return false;
    return (result & (USPOOF_RESTRICTION_LEVEL | USPOOF_MIXED_NUMBERS)) != 0;
}

QString SpoofChecker::latinLookalike(const QString& label) const
{
    UScriptCode script = USCRIPT_INVALID_CODE;
    for (const char32_t cp : label.toUcs4()) {
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode s = uscript_getScript(UChar32(cp), &status);
        if (U_FAILURE(status) || s == USCRIPT_COMMON || s == USCRIPT_INHERITED)
            continue;
        if (script != USCRIPT_INVALID_CODE && script != s)
            return {}; // several scripts: isMixedScript's business
        script = s;
    }
    if (script == USCRIPT_INVALID_CODE || script == USCRIPT_LATIN)
        return {};
    const QString latin = skeleton(label).toLower();
    return isAsciiHostChars(latin) ? latin : QString();
}

bool SpoofChecker::hasBidiOrInvisible(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool bidi = (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E ||
                          u == 0x200F || u == 0x061C;
        const bool invisible = (u >= 0x200B && u <= 0x200D) || u == 0x2060 || u == 0xFEFF || u == 0x00AD ||
                               u == 0x180E || u == 0x3164 || u == 0x115F || u == 0x1160;
        if (bidi || invisible)
            return true;
    }
    return false;
}

} // namespace SafeScan
