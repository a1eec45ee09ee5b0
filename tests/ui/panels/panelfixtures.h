#pragma once

// The sample design and its evaluation, as the studio computes them, for the panel tests.

#include "core/catalog/catalogfile.h"
#include "core/engine/engine.h"
#include "core/io/designfile.h"
#include "support/testkinds.h"

#include <QTest>

namespace archstudio::test {

inline model::Design sampleDesign()
{
    const io::LoadResult result = io::loadDesignFile(
        QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.archstudio"), test::loadOptions());
    if (!result.file)
        qFatal("cannot load the sample: %s", qPrintable(result.problems.value(0).toString()));
    return result.file->design;
}

/// Evaluated the way the scheduler does: bundled catalog, the design's overrides, their notes.
inline engine::Evaluation evaluateSample(const model::Design &design, double loadFactor = 1.0)
{
    QStringList notes;
    const catalog::Catalog catalog = engine::catalogFor(design, test::kinds()->catalog(), &notes);
    engine::Evaluation evaluation =
        engine::evaluate({design, 1}, catalog, {loadFactor}, test::behaviours());
    evaluation.notes = notes + evaluation.notes;
    return evaluation;
}

inline model::Component &componentIn(model::Design &design, const QString &id)
{
    const qsizetype index = design.indexOfComponent(model::ComponentId(id));
    if (index < 0)
        qFatal("the sample has no component %s", qPrintable(id));
    return design.components[index];
}

/// The sample with two review findings: a replica in its primary's zone and a burstable cache.
inline model::Design sampleWithFindings()
{
    model::Design design = sampleDesign();
    componentIn(design, QStringLiteral("orders-replica")).placement.zone =
        model::ZoneId(QStringLiteral("us-east-1a"));
    componentIn(design, QStringLiteral("sessions-cache")).properties[QStringLiteral("nodeType")] =
        QStringLiteral("cache.t4g.medium");
    return design;
}

} // namespace archstudio::test
