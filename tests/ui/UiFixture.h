#pragma once

// Shared by the widget tests: a main window on a fresh data folder, and QR images on disk.
#include "AppContext.h"
#include "QrFixtures.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace SafeScan::Test {

struct UiFixture
{
    QTemporaryDir dir;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;

    bool open(MainWindow::Options options = {})
    {
        if (!dir.isValid())
            return false;
        context = std::make_unique<AppContext>(dir.filePath(QStringLiteral("data")));
        window = std::make_unique<MainWindow>(*context, options);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    QString qrFile(const QByteArray& content, const QString& name)
    {
        const QString path = dir.filePath(name);
        return qrImage(content).save(path) ? path : QString();
    }
};

} // namespace SafeScan::Test
