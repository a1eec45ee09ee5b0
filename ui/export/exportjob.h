#pragma once

#include "core/engine/kindset.h"
#include "core/io/exporter.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace archstudio::ui {

/// Runs one export on the thread pool (evaluation included), so a 10,000-component design
/// never blocks the window; progress is reported through signals and cancel() stops it
/// with nothing written (exportToFile writes through a QSaveFile).
class ExportJob : public QObject
{
    Q_OBJECT

public:
    /// exporter must outlive the job (the registries are process-wide). The export refuses to
    /// write over any of inputs (the document's own file).
    ExportJob(const io::Exporter &exporter, model::Design design, catalog::Catalog catalog,
              std::shared_ptr<const engine::KindSet> kinds, io::ExportOptions options, QString path,
              QObject *parent = nullptr, QStringList inputs = {});
    ~ExportJob() override;

    void start();
    void cancel();
    bool isRunning() const { return mWatcher.isRunning(); }

signals:
    void progress(int permille);
    /// error is empty on success.
    void finished(const QString &error);

private:
    const io::Exporter &mExporter;
    model::Design mDesign;
    catalog::Catalog mCatalog;
    std::shared_ptr<const engine::KindSet> mKinds;
    io::ExportOptions mOptions;
    QString mPath;
    QStringList mInputs;
    std::shared_ptr<std::atomic_bool> mCancelled = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<QString> mWatcher;
};

} // namespace archstudio::ui
