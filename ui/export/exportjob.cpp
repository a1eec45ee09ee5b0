#include "exportjob.h"

#include "core/render/exportformats.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace archstudio::ui {

ExportJob::ExportJob(const io::Exporter &exporter, model::Design design, catalog::Catalog catalog,
                     std::shared_ptr<const engine::KindSet> kinds, io::ExportOptions options,
                     QString path, QObject *parent, QStringList inputs)
    : QObject(parent), mExporter(exporter), mDesign(std::move(design)),
      mCatalog(std::move(catalog)), mKinds(std::move(kinds)), mOptions(std::move(options)),
      mPath(std::move(path)), mInputs(std::move(inputs))
{
    connect(&mWatcher, &QFutureWatcher<QString>::finished, this,
            [this] { emit finished(mWatcher.result()); });
}

ExportJob::~ExportJob()
{
    // The worker holds copies only; stop it and wait so no signal reaches a dead job.
    cancel();
    mWatcher.waitForFinished();
}

void ExportJob::start()
{
    // The destructor waits for the worker, so the job outlives every call made here; queued
    // calls to a job deleted meanwhile are dropped by Qt.
    ExportJob *job = this;
    const auto cancelled = mCancelled;
    const auto report = [job, cancelled](qint64 done, qint64 total) {
        if (total > 0)
            QMetaObject::invokeMethod(
                job, [job, permille = int(done * 1000 / total)] { emit job->progress(permille); },
                Qt::QueuedConnection);
        return !cancelled->load();
    };
    mWatcher.setFuture(QtConcurrent::run(
        [exporter = &mExporter, design = mDesign, catalog = mCatalog, kinds = mKinds,
         options = mOptions, path = mPath, inputs = mInputs, report, cancelled]() -> QString {
            const io::ExportInput input = render::makeExportInput(design, catalog, kinds);
            if (cancelled->load())
                return io::exportCancelledMessage();
            return io::exportToFile(*exporter, input, options, path, report, inputs);
        }));
}

void ExportJob::cancel()
{
    mCancelled->store(true);
}

} // namespace archstudio::ui
