#pragma once

// Reading the Terraform plans of tests/data/terraform/ and looking into what they import
// (tst_terraformimport, tst_terraformchecks).

#include "support/testkinds.h"

#include "core/io/terraformimport.h"
#include "core/model/designvalidator.h"

#include <QFile>
#include <QTest>

namespace archstudio::test::terraform {

using io::ImportResult;

inline QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(ARCHSTUDIO_TEST_DATA "/terraform/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return file.readAll();
}

inline ImportResult importBytes(const QByteArray &json, const QString &name)
{
    return io::importTerraformPlan(json, name, *test::kinds());
}

inline ImportResult importFixture(const QString &name)
{
    return importBytes(fixture(name), name);
}

const model::Component &componentIn(const model::Design &design, const QString &id)
{
    const model::Component *c = design.findComponent(model::ComponentId(id));
    if (!c)
        qFatal("no component %s", qPrintable(id));
    return *c;
}

inline QVariant prop(const model::Design &design, const QString &id, const QString &name)
{
    return componentIn(design, id).properties.value(name);
}

inline QString skippedReason(const ImportResult &result, const QString &source)
{
    for (const io::SkippedItem &s : result.skipped) {
        if (s.source == source)
            return s.reason;
    }
    return {};
}

/// The component the source became, or an empty id.
inline QString importedAs(const ImportResult &result, const QString &source)
{
    for (const io::ImportedItem &i : result.imported) {
        if (i.source == source)
            return i.component.value();
    }
    return {};
}

inline bool warned(const ImportResult &result, const QString &message)
{
    return result.warnings.contains(message);
}

inline bool warnedContaining(const ImportResult &result, const QString &a, const QString &b)
{
    for (const QString &w : result.warnings) {
        if (w.contains(a) && w.contains(b))
            return true;
    }
    return false;
}

inline QList<model::ZoneId> zones(std::initializer_list<const char *> codes)
{
    QList<model::ZoneId> out;
    for (const char *code : codes)
        out.append(model::ZoneId(QString::fromLatin1(code)));
    return out;
}

inline model::Placement zonal(const char *region, const char *zone)
{
    return {
        model::RegionId(QString::fromLatin1(region)), model::ZoneId(QString::fromLatin1(zone)), {}};
}

inline model::Placement regional(const char *region)
{
    return {model::RegionId(QString::fromLatin1(region)), std::nullopt, {}};
}

inline void verifyValid(const model::Design &design)
{
    const model::Problems problems = model::DesignValidator(test::schemas()).validate(design);
    for (const model::Problem &p : problems)
        QVERIFY2(!p.isError(), qPrintable(p.toString()));
}

} // namespace archstudio::test::terraform
