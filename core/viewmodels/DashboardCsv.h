#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace SafeScan {

// The CSV text behind each dashboard chart or table (RFC 4180: comma-separated, CRLF line ends,
// fields with a comma, quote or line break quoted). Text that a spreadsheet would run as a formula
// (starting with =, +, -, @, tab or carriage return) is prefixed with an apostrophe.
class CsvTable
{
public:
    explicit CsvTable(QStringList header);
    void addRow(const QStringList& fields);
    QString text() const;
    qsizetype rowCount() const { return m_rows.size(); }

    static QString field(const QString& value);
    static QString number(double value); // whole numbers without a decimal point

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

// Writes `text` as UTF-8 through QSaveFile (no half-written file on failure).
bool writeCsvFile(const QString& path, const QString& text, QString* error);

} // namespace SafeScan
