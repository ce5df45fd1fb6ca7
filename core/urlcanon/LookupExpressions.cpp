#include "LookupExpressions.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

constexpr qsizetype kMaxHostComponents = 5; // suffixes come from the last five components
constexpr int kMaxPathPrefixes = 4;         // "/", "/a/", "/a/b/", "/a/b/c/"

QStringList hostSuffixes(const CanonicalUrl& url)
{
    QStringList hosts{url.host};
    if (url.hostKind != CanonicalUrl::HostKind::Name)
        return hosts;
    const QStringList labels = url.host.split(u'.');
    // From the last five components down to two (the top-level domain alone is skipped); the full
    // host is already the first entry.
    for (qsizetype i = std::max<qsizetype>(labels.size() - kMaxHostComponents, 1); i + 2 <= labels.size();
         ++i)
        hosts.append(labels.sliced(i).join(u'.'));
    return hosts;
}

QStringList pathPrefixes(const CanonicalUrl& url)
{
    QStringList paths;
    const auto add = [&paths](const QString& path) {
        if (!paths.contains(path))
            paths.append(path);
    };
    if (url.hasQuery)
        add(url.path + u'?' + url.query);
    add(url.path);
    qsizetype slash = url.path.indexOf(u'/');
    for (int count = 0; count < kMaxPathPrefixes && slash >= 0; ++count) {
        add(url.path.first(slash + 1));
        slash = url.path.indexOf(u'/', slash + 1);
    }
    return paths;
}

} // namespace

QStringList lookupExpressions(const CanonicalUrl& url)
{
    if (!url.valid || !url.hierarchical || url.host.isEmpty())
        return {};
    const QStringList paths = pathPrefixes(url);
    QStringList expressions;
    for (const QString& host : hostSuffixes(url)) {
        for (const QString& path : paths)
            expressions.append(host + path);
    }
    return expressions;
}

} // namespace SafeScan
