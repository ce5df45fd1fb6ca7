#pragma once

#include <QByteArray>
#include <QProcess>
#include <QTemporaryDir>

namespace SafeScan::Bench {

// nginx serving one static JSON file from a temporary directory on a free loopback port: the
// baseline the rating lookups are compared with.
class Nginx
{
public:
    ~Nginx();
    // `workers` nginx worker processes (the machine's core count is nginx's own default).
    bool start(const QByteArray& fileContent, int workers, QString& error);
    QString fileUrl() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

// A loopback port that was free a moment ago.
quint16 freeLoopbackPort();

} // namespace SafeScan::Bench
