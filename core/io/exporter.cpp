#include "exporter.h"

#include "atomicfile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace archstudio::io {

void ExportInput::indexComponents()
{
    componentIndex.clear();
    componentIndex.reserve(design.components.size());
    for (qsizetype i = 0; i < design.components.size(); ++i)
        componentIndex.insert(design.components.at(i).id, i);
}

const model::Component *ExportInput::component(const model::ComponentId &id) const
{
    if (componentIndex.isEmpty())
        return design.findComponent(id);
    const qsizetype index = componentIndex.value(id, -1);
    return index < 0 ? nullptr : &design.components.at(index);
}

void ExporterRegistry::add(std::unique_ptr<Exporter> exporter)
{
    mExporters.push_back(std::move(exporter));
}

const Exporter *ExporterRegistry::forSuffix(const QString &suffix) const
{
    const QString wanted = suffix.toLower();
    for (const auto &exporter : mExporters) {
        if (exporter->suffix() == wanted)
            return exporter.get();
    }
    return nullptr;
}

const Exporter *ExporterRegistry::forPath(const QString &path) const
{
    return forSuffix(QFileInfo(path).suffix());
}

QStringList ExporterRegistry::suffixes() const
{
    QStringList list;
    for (const auto &exporter : mExporters)
        list << QLatin1Char('.') + exporter->suffix();
    return list;
}

QString ExporterRegistry::fileDialogFilter() const
{
    QStringList filters;
    for (const auto &exporter : mExporters)
        filters << QStringLiteral("%1 (*.%2)").arg(exporter->description(), exporter->suffix());
    return filters.join(QStringLiteral(";;"));
}

QString exportCancelledMessage()
{
    return QCoreApplication::translate("Io", "the export was cancelled");
}

QString exportToFile(const Exporter &exporter, const ExportInput &input,
                     const ExportOptions &options, const QString &path,
                     const ExportProgress &progress, const QStringList &inputs)
{
    if (const QString problem = outputTargetProblem(path, inputs); !problem.isEmpty())
        return QStringLiteral("%1: %2").arg(path, problem);
    const QString error = writeFileAtomically(
        path, [&](QIODevice &out) { return exporter.write(input, options, out, progress); });
    return error.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(path, error);
}

} // namespace archstudio::io
