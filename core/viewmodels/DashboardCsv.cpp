#include "DashboardCsv.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace SafeScan {

CsvTable::CsvTable(QStringList header)
    : m_header(std::move(header))
{}

void CsvTable::addRow(const QStringList& fields)
{
    m_rows.append(fields);
}

QString CsvTable::field(const QString& value)
{
    QString text = value;
    bool numeric = false;
    text.toDouble(&numeric);
    if (!numeric && !text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        return u"\""_s + text.replace(u"\""_s, u"\"\""_s) + u"\""_s;
    return text;
}

QString CsvTable::number(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::abs(value) < 9.0e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

QString CsvTable::text() const
{
    QString out;
    auto line = [&out](const QStringList& fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i)
                out += u',';
            out += field(fields.at(i));
        }
        out += u"\r\n"_s;
    };
    line(m_header);
    for (const QStringList& row : m_rows)
        line(row);
    return out;
}

bool writeCsvFile(const QString& path, const QString& text, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("SafeScan::DashboardCsv", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace SafeScan
