#pragma once

#include <QWidget>

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
class Settings;

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

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void onResultsAdded(int count);
    void onCleared();

    ScanViewModel& m_model;
    FolderScan& m_folderScan;
    CommunityClient* m_community = nullptr;
    CameraPanel* m_camera;
    QVBoxLayout* m_cards = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_folderButton = nullptr;
};

} // namespace SafeScan
