#include "UrlPath.h"

#include "PercentEncoding.h"

#include <QList>

namespace SafeScan {

QByteArray canonicalPath(QByteArrayView rawPath)
{
    const QByteArray path = percentUnescapeFully(rawPath);
    QList<QByteArrayView> segments;
    bool endsInDirectory = true;
    qsizetype start = 0;
    while (start <= path.size()) {
        qsizetype end = path.indexOf('/', start);
        if (end < 0)
            end = path.size();
        const QByteArrayView segment = QByteArrayView(path).sliced(start, end - start);
        if (segment == "..") {
            if (!segments.isEmpty())
                segments.removeLast();
            endsInDirectory = true;
        } else if (segment == ".") {
            endsInDirectory = true;
        } else if (!segment.isEmpty()) {
            segments.append(segment);
            endsInDirectory = end < path.size(); // followed by '/'
        }
        start = end + 1;
    }
    QByteArray resolved("/");
    resolved.reserve(path.size() + 1);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            resolved.append('/');
        resolved.append(segments.at(i));
    }
    if (endsInDirectory && !segments.isEmpty())
        resolved.append('/');
    return percentEscape(resolved, "?\\");
}

QByteArray canonicalOpaquePart(QByteArrayView rawPart)
{
    return percentEscape(percentUnescapeFully(rawPart), "?");
}

QByteArray canonicalQuery(QByteArrayView rawQuery)
{
    return percentEscape(percentUnescapeFully(rawQuery));
}

} // namespace SafeScan
