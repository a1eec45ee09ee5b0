#include "exportdialog.h"

#include "exportjob.h"

#include "core/render/diagramrenderer.h"
#include "core/render/diagramstyle.h"
#include "core/render/exportformats.h"
#include "core/render/imageexporters.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>

namespace archstudio::ui {

namespace {

const QSize kPreviewSize(560, 360);
/// Text previews write the whole export, and pictures show every card in full; above this
/// many components text previews are skipped and pictures show the far-out boxes.
constexpr qsizetype kMaxTextPreviewComponents = 2000;
constexpr int kTextPreviewLines = 80;

QString formatKey(const io::Exporter *exporter, bool report)
{
    return (report ? QStringLiteral("report:") : QStringLiteral("export:")) + exporter->suffix();
}

} // namespace

ExportDialog::ExportDialog(const model::Design &design,
                           std::shared_ptr<const engine::KindSet> kinds,
                           const QList<model::ComponentId> &selection, QWidget *parent)
    : QDialog(parent), mInput(render::makeExportInput(design, kinds->catalog(), kinds)),
      mSelection(selection)
{
    setWindowTitle(tr("Export"));
    for (const auto &exporter : render::exportFormats().exporters())
        mFormats.append({exporter.get(), false});
    if (const io::Exporter *pdf = render::reportFormats().forSuffix(QStringLiteral("pdf")))
        mFormats.append({pdf, true});

    mFormat = new QComboBox;
    mFormat->setObjectName(QStringLiteral("format"));
    for (const Format &f : std::as_const(mFormats))
        mFormat->addItem(
            QStringLiteral("%1 (.%2)").arg(f.exporter->description(), f.exporter->suffix()));
    mScale = new QDoubleSpinBox;
    mScale->setRange(0.25, 8.0);
    mScale->setSingleStep(0.5);
    mScale->setSuffix(QStringLiteral("×"));
    mScale->setValue(2.0);
    mTransparent = new QCheckBox(tr("Transparent background"));
    mAnnotations = new QCheckBox(tr("Figures on components and links"));
    mAnnotations->setChecked(true);
    mSelectionOnly = new QCheckBox(tr("Selected components only (%n)", "", int(selection.size())));
    mSelectionOnly->setEnabled(!selection.isEmpty());
    mPageSize = new QComboBox;
    mPageSize->addItems(render::pageSizeNames());
    mOrientation = new QComboBox;
    // In the order of io::PageOrientation.
    mOrientation->addItems({tr("Automatic"), tr("Landscape"), tr("Portrait")});

    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), mFormat);
    form->addRow(tr("Scale (PNG):"), mScale);
    form->addRow(QString(), mTransparent);
    form->addRow(QString(), mAnnotations);
    form->addRow(QString(), mSelectionOnly);
    form->addRow(tr("Page size (PDF):"), mPageSize);
    form->addRow(tr("Orientation (PDF):"), mOrientation);

    mPreviewImage = new QLabel;
    mPreviewImage->setAlignment(Qt::AlignCenter);
    mPreviewImage->setMinimumSize(kPreviewSize);
    mPreviewText = new QPlainTextEdit;
    mPreviewText->setReadOnly(true);
    mPreviewText->setLineWrapMode(QPlainTextEdit::NoWrap);
    mPreview = new QStackedWidget;
    mPreview->addWidget(mPreviewImage);
    mPreview->addWidget(mPreviewText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);

    auto *columns = new QHBoxLayout;
    columns->addLayout(form);
    columns->addWidget(mPreview, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    // Exports started from the button close the dialog when done, or say what went wrong.
    connect(this, &ExportDialog::exported, this, [this](const QString &, const QString &error) {
        if (!mInteractive)
            return;
        mInteractive = false;
        if (error.isEmpty())
            accept();
        else
            QMessageBox::warning(this, tr("Export failed"), error);
    });

    restoreSettings();
    for (QWidget *w : {static_cast<QWidget *>(mFormat), static_cast<QWidget *>(mPageSize),
                       static_cast<QWidget *>(mOrientation)})
        connect(qobject_cast<QComboBox *>(w), &QComboBox::currentIndexChanged, this, [this] {
            updateControls();
            updatePreview();
        });
    for (QCheckBox *box : {mTransparent, mAnnotations, mSelectionOnly})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    connect(mScale, &QDoubleSpinBox::valueChanged, this, &ExportDialog::updatePreview);
    updateControls();
    updatePreview();
}

ExportDialog::~ExportDialog()
{
    saveSettings();
}

bool ExportDialog::selectFormat(const QString &suffix, bool report)
{
    for (qsizetype i = 0; i < mFormats.size(); ++i) {
        if (mFormats.at(i).exporter->suffix() == suffix && mFormats.at(i).report == report) {
            mFormat->setCurrentIndex(int(i));
            return true;
        }
    }
    return false;
}

const io::Exporter *ExportDialog::exporter() const
{
    return mFormats.value(mFormat->currentIndex(), mFormats.first()).exporter;
}

io::ExportOptions ExportDialog::options() const
{
    io::ExportOptions options;
    options.scale = mScale->value();
    options.transparentBackground = mTransparent->isChecked();
    options.annotations = mAnnotations->isChecked();
    if (mSelectionOnly->isEnabled() && mSelectionOnly->isChecked())
        options.only = QSet<model::ComponentId>(mSelection.cbegin(), mSelection.cend());
    options.pageSize = mPageSize->currentText();
    options.orientation = static_cast<io::PageOrientation>(mOrientation->currentIndex());
    return options;
}

QImage ExportDialog::previewImage() const
{
    return mPreview->currentWidget() == mPreviewImage ? mPreviewPicture : QImage();
}

QString ExportDialog::previewText() const
{
    return mPreview->currentWidget() == mPreviewText ? mPreviewText->toPlainText() : QString();
}

void ExportDialog::updateControls()
{
    const Format format = mFormats.value(mFormat->currentIndex(), mFormats.first());
    const QString suffix = format.exporter->suffix();
    const bool diagram = format.exporter->drawsDiagram();
    mScale->setEnabled(suffix == QLatin1String("png"));
    mTransparent->setEnabled(suffix == QLatin1String("png"));
    mAnnotations->setEnabled(diagram);
    mSelectionOnly->setEnabled(diagram && !mSelection.isEmpty());
    mPageSize->setEnabled(suffix == QLatin1String("pdf"));
    mOrientation->setEnabled(suffix == QLatin1String("pdf") && !format.report);
}

void ExportDialog::updatePreview()
{
    const Format format = mFormats.value(mFormat->currentIndex(), mFormats.first());
    const bool picture = format.exporter->drawsDiagram() || format.report ||
                         format.exporter->suffix() == QLatin1String("html");
    if (picture) {
        io::ExportOptions options = this->options();
        if (!format.exporter->drawsDiagram())
            options = io::ExportOptions();
        const render::DiagramRenderer renderer(mInput, options);
        const qreal dpr = devicePixelRatioF();
        QImage image(kPreviewSize * dpr, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(options.transparentBackground ? Qt::transparent : Qt::white);
        QPainter painter(&image);
        // A preview shows cards in full even when small (the export is drawn at its own size);
        // only very large designs keep the canvas's far-out boxes, to stay quick.
        const qreal scale = renderer.fitScale(kPreviewSize) * dpr;
        const qreal detail = mInput.design.components.size() <= kMaxTextPreviewComponents
                                 ? std::max(scale, render::style::kDetailZoom)
                                 : scale;
        renderer.paint(painter, QRectF(QPointF(), QSizeF(kPreviewSize)), detail);
        painter.end();
        mPreviewPicture = image;
        mPreviewImage->setPixmap(QPixmap::fromImage(image));
        mPreview->setCurrentWidget(mPreviewImage);
        return;
    }
    mPreview->setCurrentWidget(mPreviewText);
    if (mInput.design.components.size() > kMaxTextPreviewComponents) {
        mPreviewText->setPlainText(tr("No preview for designs of more than %1 components.")
                                       .arg(kMaxTextPreviewComponents));
        return;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QString error = format.exporter->write(mInput, options(), buffer, {});
    const QStringList lines = QString::fromUtf8(buffer.data()).split(QLatin1Char('\n'));
    mPreviewText->setPlainText(
        error.isEmpty() ? lines.mid(0, kTextPreviewLines).join(QLatin1Char('\n')) : error);
}

QString ExportDialog::suggestedPath() const
{
    QString folder;
    QString base = mInput.design.name.isEmpty() ? tr("design") : mInput.design.name;
    if (!mDocumentPath.isEmpty()) {
        folder = QFileInfo(mDocumentPath).absolutePath();
        base = QFileInfo(mDocumentPath).completeBaseName();
    } else {
        folder = QSettings().value(QStringLiteral("export/folder")).toString();
    }
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    return QDir(folder).filePath(base + QLatin1Char('.') + exporter()->suffix());
}

void ExportDialog::chooseFileAndExport()
{
    const io::Exporter *chosen = exporter();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), suggestedPath(),
        QStringLiteral("%1 (*.%2)").arg(chosen->description(), chosen->suffix()));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    mInteractive = true;
    exportTo(QFileInfo(path).suffix().isEmpty() ? path + QLatin1Char('.') + chosen->suffix()
                                                : path);
}

void ExportDialog::exportTo(const QString &path)
{
    if (mJob && mJob->isRunning())
        return;
    delete mJob;
    mJob =
        new ExportJob(*exporter(), mInput.design, mInput.catalog, mInput.kinds, options(), path,
                      this, mDocumentPath.isEmpty() ? QStringList() : QStringList{mDocumentPath});
    mProgress = new QProgressDialog(tr("Exporting %1…").arg(QFileInfo(path).fileName()),
                                    tr("Cancel"), 0, 1000, this);
    mProgress->setWindowModality(Qt::WindowModal);
    mProgress->setMinimumDuration(500); // shown only for exports that take a while
    mProgress->setAutoClose(false);
    connect(mProgress, &QProgressDialog::canceled, mJob, &ExportJob::cancel);
    connect(mJob, &ExportJob::progress, mProgress, &QProgressDialog::setValue);
    connect(mJob, &ExportJob::finished, this, [this, path](const QString &error) {
        mProgress->deleteLater();
        mProgress = nullptr;
        saveSettings();
        emit exported(path, error);
    });
    mJob->start();
}

void ExportDialog::restoreSettings()
{
    QSettings settings;
    const QString key = settings.value(QStringLiteral("export/format")).toString();
    for (qsizetype i = 0; i < mFormats.size(); ++i) {
        if (formatKey(mFormats.at(i).exporter, mFormats.at(i).report) == key)
            mFormat->setCurrentIndex(int(i));
    }
    mScale->setValue(settings.value(QStringLiteral("export/scale"), 2.0).toDouble());
    mTransparent->setChecked(settings.value(QStringLiteral("export/transparent"), false).toBool());
    mAnnotations->setChecked(settings.value(QStringLiteral("export/annotations"), true).toBool());
    mPageSize->setCurrentText(
        settings.value(QStringLiteral("export/pageSize"), QStringLiteral("A4")).toString());
    mOrientation->setCurrentIndex(
        std::clamp(settings.value(QStringLiteral("export/orientation"), 0).toInt(), 0, 2));
}

void ExportDialog::saveSettings() const
{
    QSettings settings;
    const Format format = mFormats.value(mFormat->currentIndex(), mFormats.first());
    settings.setValue(QStringLiteral("export/format"), formatKey(format.exporter, format.report));
    settings.setValue(QStringLiteral("export/scale"), mScale->value());
    settings.setValue(QStringLiteral("export/transparent"), mTransparent->isChecked());
    settings.setValue(QStringLiteral("export/annotations"), mAnnotations->isChecked());
    settings.setValue(QStringLiteral("export/pageSize"), mPageSize->currentText());
    settings.setValue(QStringLiteral("export/orientation"), mOrientation->currentIndex());
}

void showExportDialog(QWidget *parent, const model::Design &design,
                      std::shared_ptr<const engine::KindSet> kinds,
                      const QList<model::ComponentId> &selection, const QString &documentPath)
{
    ExportDialog dialog(design, std::move(kinds), selection, parent);
    dialog.setDocumentPath(documentPath);
    dialog.exec();
}

} // namespace archstudio::ui
