#include "engineinput.h"
#include "core/engine/kindset.h"

#include "core/catalog/catalogfile.h"
#include "core/engine/engine.h"
#include "core/io/designfile.h"
#include "core/model/variants.h"

namespace archstudio::cli {

std::optional<EngineInput> loadEngineInput(const QString &designPath, const QString &catalogPath,
                                           const QString &variant, Streams streams)
{
    const io::LoadResult loaded = io::loadDesignFile(designPath, streams.loadOptions());
    if (!loaded.file) {
        for (const model::Problem &p : loaded.problems) {
            if (p.isError())
                streams.err << designPath << ": error: " << p.toString() << '\n';
        }
        return std::nullopt;
    }
    // An imported catalog (archstudio catalog import) replaces the bundled figures it has.
    catalog::Catalog base = streams.kinds->catalog();
    if (!catalogPath.isEmpty()) {
        const catalog::CatalogLoadResult imported = catalog::loadCatalogFile(catalogPath);
        if (!imported.catalog) {
            streams.err << catalogPath << ": error: " << imported.error << '\n';
            return std::nullopt;
        }
        base.merge(*imported.catalog);
    }
    const model::Design &design = loaded.file->design;
    const std::optional<model::Design> chosen =
        model::variantAsDesign(design, variant.isEmpty() ? design.variantName : variant);
    if (!chosen) {
        streams.err << designPath << ": error: --variant " << variant
                    << ": the design has no such variant; it has "
                    << model::variantNames(design).join(QStringLiteral(", ")) << '\n';
        return std::nullopt;
    }
    EngineInput input{*chosen, {}, {}};
    input.catalog = engine::catalogFor(input.design, base, &input.notes);
    return input;
}

int usageError(const QString &command, const QString &message, Streams streams)
{
    streams.err << "archstudio " << command << ": " << message << "\n\n" << commandUsage(command);
    return UsageError;
}

} // namespace archstudio::cli
