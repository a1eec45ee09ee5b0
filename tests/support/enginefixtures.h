#pragma once

// Loading the hand-written designs of tests/data/engine/ and evaluating them the way the
// CLI does: bundled catalog plus the design's own overrides.

#include "core/catalog/catalogfile.h"
#include "core/engine/engine.h"
#include "core/io/designfile.h"
#include "core/model/designvalidator.h"
#include "support/testkinds.h"

#include <QString>

namespace archstudio::test {

/// A design of tests/data/, by its path below it ("simulation/rds-single-az.json").
inline model::Design loadTestDesign(const QString &relativePath)
{
    const io::LoadResult result = io::loadDesignFile(
        QStringLiteral(ARCHSTUDIO_TEST_DATA "/") + relativePath, test::loadOptions());
    if (!result.file)
        qFatal("cannot load %s: %s", qPrintable(relativePath),
               qPrintable(result.problems.value(0).toString()));
    return result.file->design;
}

inline model::Design loadEngineDesign(const QString &name)
{
    return loadTestDesign(QStringLiteral("engine/") + name);
}

inline engine::Evaluation evaluateDesign(const model::Design &design, double loadFactor = 1.0)
{
    const catalog::Catalog catalog = engine::catalogFor(design, test::kinds()->catalog());
    return engine::evaluate({design, 1}, catalog, {loadFactor}, test::behaviours());
}

inline const engine::ComponentResult &componentOf(const engine::Evaluation &e, const QString &id)
{
    for (const engine::ComponentResult &c : e.components) {
        if (c.id.value() == id)
            return c;
    }
    qFatal("no component %s", qPrintable(id));
}

inline const engine::WorkloadResult &workloadOf(const engine::Evaluation &e, const QString &id)
{
    for (const engine::WorkloadResult &w : e.workloads) {
        if (w.id.value() == id)
            return w;
    }
    qFatal("no workload %s", qPrintable(id));
}

inline bool within(double actual, double expected, double relative)
{
    return std::abs(actual - expected) <= std::abs(expected) * relative;
}

} // namespace archstudio::test
