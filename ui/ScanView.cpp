#include "ScanView.h"

#include "CameraPanel.h"
#include "ResultCard.h"
#include "viewmodels/FolderScan.h"
#include "viewmodels/ItemRatingViewModel.h"
#include "viewmodels/ScanViewModel.h"

#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
QPushButton* button(const QString& text, const QString& accessible, const QString& shortcutHint,
                    QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setAccessibleName(accessible);
    b->setToolTip(shortcutHint.isEmpty() ? accessible : u"%1 (%2)"_s.arg(accessible, shortcutHint));
    return b;
}
} // namespace

ScanView::ScanView(ScanViewModel& model, FolderScan& folderScan, Settings& settings, const Clock& clock,
                   QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_folderScan(folderScan)
    , m_camera(new CameraPanel(model, settings, clock, this))
{
    setAccessibleName(tr("Scan"));
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);

    auto* tools = new QHBoxLayout;
    auto* open = button(tr("Open images…"), tr("Open image files to scan"), tr("Ctrl+O"), this);
    auto* paste = button(tr("Paste"), tr("Scan the image or text on the clipboard"), tr("Ctrl+V"), this);
    m_folderButton = button(tr("Scan folder…"), tr("Scan every image in a folder"), tr("Ctrl+Shift+O"), this);
    auto* clear =
        button(tr("Clear results"), tr("Clear the results shown (the history keeps them)"), {}, this);
    tools->addWidget(open);
    tools->addWidget(paste);
    tools->addWidget(m_folderButton);
    tools->addStretch(1);
    tools->addWidget(clear);
    layout->addLayout(tools);
    connect(open, &QPushButton::clicked, this, &ScanView::openImages);
    connect(paste, &QPushButton::clicked, this, &ScanView::pasteFromClipboard);
    connect(m_folderButton, &QPushButton::clicked, this, &ScanView::chooseFolder);
    connect(clear, &QPushButton::clicked, &m_model, &ScanViewModel::clear);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setAccessibleName(tr("Camera and results"));
    splitter->addWidget(m_camera);

    auto* resultsArea = new QScrollArea(splitter);
    resultsArea->setAccessibleName(tr("Scan results"));
    resultsArea->setWidgetResizable(true);
    resultsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // cards wrap to the width
    resultsArea->setMinimumWidth(380);
    auto* resultsBox = new QWidget(resultsArea);
    m_cards = new QVBoxLayout(resultsBox);
    m_message = new QLabel(resultsBox);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Last scan message"));
    m_hint =
        new QLabel(tr("Hold a QR code up to the camera, open an image (Ctrl+O), paste one (Ctrl+V) or drop "
                      "image files, folders or text here. Each code is checked on this computer before "
                      "anything is opened."),
                   resultsBox);
    m_hint->setWordWrap(true);
    m_hint->setAccessibleName(tr("How to scan"));
    m_cards->addWidget(m_message);
    m_cards->addWidget(m_hint);
    m_cards->addStretch(1);
    resultsArea->setWidget(resultsBox);
    splitter->addWidget(resultsArea);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({540, 460});
    layout->addWidget(splitter, 1);

    connect(&m_model, &ScanViewModel::resultsAdded, this, &ScanView::onResultsAdded);
    connect(&m_model, &ScanViewModel::cleared, this, &ScanView::onCleared);
    connect(&m_model, &ScanViewModel::message, m_message, &QLabel::setText);
    connect(&m_folderScan, &FolderScan::finished, this, [this] { m_folderButton->setEnabled(true); });
}

void ScanView::openImages()
{
    QStringList patterns;
    for (const QByteArray& format : QImageReader::supportedImageFormats())
        patterns.append(u"*."_s + QString::fromLatin1(format));
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open images to scan"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Images (%1);;All files (*)").arg(patterns.join(u' ')));
    scanPaths(files);
}

void ScanView::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Scan every image in a folder"),
                                          QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    if (!folder.isEmpty())
        scanPaths({folder});
}

void ScanView::pasteFromClipboard()
{
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    if (!mime) {
        m_model.scanText({}, u"clipboard"_s);
        return;
    }
    if (mime->hasImage()) {
        m_model.scanImage(qvariant_cast<QImage>(mime->imageData()), tr("Clipboard image"), u"clipboard"_s);
    } else if (mime->hasUrls() && mime->urls().first().isLocalFile()) {
        QStringList paths;
        for (const QUrl& url : mime->urls())
            paths.append(url.toLocalFile());
        scanPaths(paths);
    } else {
        m_model.scanText(mime->text(), u"clipboard"_s);
    }
}

void ScanView::scanPaths(const QStringList& paths)
{
    QStringList folders;
    for (const QString& path : paths) {
        if (QFileInfo(path).isDir())
            folders.append(path);
        else
            m_model.scanImageFile(path);
    }
    if (!folders.isEmpty()) {
        if (m_folderScan.start(folders))
            m_folderButton->setEnabled(false);
        else
            m_message->setText(tr("A folder scan is already running; wait for it or cancel it."));
    }
}

QList<ResultCard*> ScanView::resultCards() const
{
    QList<ResultCard*> cards;
    for (int i = 0; i < m_cards->count(); ++i)
        if (auto* card = qobject_cast<ResultCard*>(m_cards->itemAt(i)->widget()))
            cards.append(card);
    return cards;
}

void ScanView::dragEnterEvent(QDragEnterEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if (mime->hasUrls() || mime->hasImage() || mime->hasText())
        event->acceptProposedAction();
}

void ScanView::dropEvent(QDropEvent* event)
{
    if (event->mimeData())
        scanMimeData(*event->mimeData());
    event->acceptProposedAction();
}

void ScanView::scanMimeData(const QMimeData& data)
{
    const QMimeData* mime = &data;
    if (mime->hasUrls() && mime->urls().first().isLocalFile()) {
        QStringList paths;
        for (const QUrl& url : mime->urls())
            if (url.isLocalFile())
                paths.append(url.toLocalFile());
        scanPaths(paths);
    } else if (mime->hasImage()) {
        m_model.scanImage(qvariant_cast<QImage>(mime->imageData()), tr("Dropped image"), u"file"_s);
    } else {
        m_model.scanText(mime->text(), u"clipboard"_s);
    }
}

void ScanView::onResultsAdded(int count)
{
    m_hint->hide();
    const QList<ScanResult>& results = m_model.results();
    // Newest first, below the message line: insert in reverse so the first result ends on top.
    for (int i = qMin(count, int(results.size())) - 1; i >= 0; --i)
        m_cards->insertWidget(
            1, new ResultCard(results.at(i),
                              m_community ? new ItemRatingViewModel(m_community, results.at(i)) : nullptr,
                              this));
}

void ScanView::onCleared()
{
    for (ResultCard* card : resultCards())
        delete card;
    m_message->clear();
    m_hint->show();
}

} // namespace SafeScan
