#include "VerdictText.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SafeScan::VerdictText {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate(context, text);
}
} // namespace

QString label(VerdictLevel level)
{
    switch (level) {
    case VerdictLevel::Dangerous:
        return tr("Dangerous");
    case VerdictLevel::Suspicious:
        return tr("Suspicious");
    case VerdictLevel::Unknown:
        return tr("Not judged");
    case VerdictLevel::NoKnownRisk:
        return tr("No known risk");
    case VerdictLevel::Trusted:
        return tr("Trusted");
    }
    return tr("Not judged");
}

QString advice(VerdictLevel level)
{
    switch (level) {
    case VerdictLevel::Dangerous:
        return tr("Do not open this. The checks below found a serious risk.");
    case VerdictLevel::Suspicious:
        return tr("Be careful: look at the real destination and the reasons before opening.");
    case VerdictLevel::Unknown:
        return tr("SafeScan could not judge this content. Treat it with care.");
    case VerdictLevel::NoKnownRisk:
        return tr("The local checks found nothing wrong. That is not a guarantee.");
    case VerdictLevel::Trusted:
        return tr("The community or a moderator confirmed this as safe.");
    }
    return {};
}

QString iconPath(VerdictLevel level)
{
    return u":/icons/verdict-%1.svg"_s.arg(verdictLevelName(level));
}

QStringList reasonSentences(const Verdict& verdict)
{
    QList<Reason> reasons = verdict.reasons;
    std::stable_sort(reasons.begin(), reasons.end(),
                     [](const Reason& a, const Reason& b) { return a.weight > b.weight; });
    QStringList sentences;
    for (const Reason& reason : reasons)
        sentences.append(reason.message());
    return sentences;
}

QString withSoftBreaks(const QString& text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        out.append(c);
        if (c == u'/' || c == u'.' || c == u'?' || c == u'&' || c == u'=' || c == u';')
            out.append(QChar(0x200B));
    }
    return out;
}

QString destinationHtml(const Destination& destination, bool softBreaks)
{
    if (destination.isEmpty())
        return {};
    const auto esc = [softBreaks](const QString& text) {
        return (softBreaks ? withSoftBreaks(text) : text).toHtmlEscaped();
    };
    const QString& url = destination.url;
    const qsizetype hostAt = destination.hostAscii.isEmpty() ? -1 : url.indexOf(destination.hostAscii);
    if (hostAt < 0)
        return esc(url);
    const QString before = url.left(hostAt);
    const QString after = url.mid(hostAt + destination.hostAscii.size());
    const QString host = destination.hostUnicode.isEmpty() ? destination.hostAscii : destination.hostUnicode;
    QString hostHtml = esc(host);
    const QString& owner = destination.registrableDomain;
    if (!owner.isEmpty() && host.endsWith(owner, Qt::CaseInsensitive)) {
        const QString prefix = host.left(host.size() - owner.size());
        hostHtml = esc(prefix) + u"<b><u>"_s + esc(host.right(owner.size())) + u"</u></b>"_s;
    }
    return esc(before) + hostHtml + esc(after);
}

QString punycodeHost(const Destination& destination)
{
    if (destination.hostAscii.isEmpty() || destination.hostUnicode.isEmpty())
        return {};
    return destination.hostAscii.compare(destination.hostUnicode, Qt::CaseInsensitive) == 0
               ? QString()
               : destination.hostAscii;
}

} // namespace SafeScan::VerdictText
