#include "CsvLine.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

bool splitCsvLine(QStringView line, QStringList& fields, QString& error)
{
    fields.clear();
    QString field;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (true) {
        field.clear();
        if (i < n && line[i] == u'"') {
            ++i;
            while (true) {
                const qsizetype quote = line.indexOf(u'"', i);
                if (quote < 0) {
                    error = u"a quoted field is not closed (column %1)"_s.arg(fields.size() + 1);
                    return false;
                }
                field += line.sliced(i, quote - i);
                i = quote + 1;
                if (i < n && line[i] == u'"') { // "" is one quote
                    field += u'"';
                    ++i;
                    continue;
                }
                break;
            }
            // Tolerate blanks between the closing quote and the separator.
            while (i < n && (line[i] == u' ' || line[i] == u'\t'))
                ++i;
            if (i < n && line[i] != u',') {
                error = u"unexpected text after a closing quote (column %1)"_s.arg(fields.size() + 1);
                return false;
            }
        } else {
            const qsizetype comma = line.indexOf(u',', i);
            const qsizetype end = comma < 0 ? n : comma;
            field = line.sliced(i, end - i).toString();
            i = end;
        }
        fields.append(field);
        if (i >= n)
            return true;
        ++i; // the comma
        if (i == n) {
            fields.append(QString()); // a trailing comma ends with an empty field
            return true;
        }
    }
}

} // namespace SafeScan
