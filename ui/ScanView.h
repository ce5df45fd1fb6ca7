#pragma once

#include <QPixmap>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QMimeData;
class QPushButton;
class QVBoxLayout;

namespace SafeScan {

class CameraPanel;
class Clock;
class CommunityClient;
class FolderScan;
class ResultCard;
class ScanViewModel;
class ScreenRegionPicker;
class Settings;
class VideoFileScan;

// The Scan view: the camera on the left, the results on the right (newest first, one card per
// code); images come from the file dialog (Ctrl+O), folders (Ctrl+Shift+O, with progress and
// cancel in the status bar), the clipboard (Ctrl+V) or drag-and-drop.
class ScanView : public QWidget
{
    Q_OBJECT
public:
    ScanView(ScanViewModel& model, FolderScan& folderScan, Settings& settings, const Clock& clock,
             QWidget* parent = nullptr);

    void openImages();
    void chooseFolder();
    void pasteFromClipboard();
    // Files are scanned at once; folders go to the folder scan.
    void scanPaths(const QStringList& paths);
    // What a drop brings: local files and folders, an image, or text.
    void scanMimeData(const QMimeData& data);

    QList<ResultCard*> resultCards() const;
    // Cards made from now on show the community rating and the vote and report buttons.
    void setCommunity(CommunityClient* community) { m_community = community; }
    CameraPanel* cameraPanel() const { return m_camera; }

    // A region of the screen (Ctrl+Shift+R): the window steps aside, the screen under the cursor is
    // captured, and a rubber band picks the part to decode. Tests inject the screenshot.
    using ScreenshotProvider = std::function<QPixmap()>;
    void setScreenshotProvider(ScreenshotProvider provider) { m_screenshot = std::move(provider); }
    void scanScreenRegion();
    // The overlay while it is open (null otherwise).
    ScreenRegionPicker* regionPicker() const;
    // A video file (Ctrl+Shift+E): played into its own frame pipeline, progress in the status bar.
    void openVideoFile();
    bool scanVideoFile(const QString& path);
    VideoFileScan* videoScan() const { return m_video; }

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void onResultsAdded(int count);
    void onCleared();
    void showRegionPicker(const QPixmap& screenshot);

    ScanViewModel& m_model;
    FolderScan& m_folderScan;
    CommunityClient* m_community = nullptr;
    Settings& m_settings;
    CameraPanel* m_camera;
    QVBoxLayout* m_cards = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_folderButton = nullptr;
    QPushButton* m_videoButton = nullptr;
    ScreenshotProvider m_screenshot;
    QPointer<ScreenRegionPicker> m_picker;
    VideoFileScan* m_video = nullptr;
};

} // namespace SafeScan
