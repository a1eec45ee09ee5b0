#include "variants.h"

namespace archstudio::model {

namespace {

qsizetype indexOf(const Design &design, const QString &name)
{
    for (qsizetype i = 0; i < design.otherVariants.size(); ++i) {
        if (design.otherVariants.at(i).name == name)
            return i;
    }
    return -1;
}

} // namespace

QStringList variantNames(const Design &design)
{
    QStringList names{design.variantName};
    for (const Variant &v : design.otherVariants)
        names << v.name;
    return names;
}

std::optional<Design> variantAsDesign(const Design &design, const QString &name)
{
    const std::optional<Design> active = withVariantActive(design, name);
    if (!active)
        return std::nullopt;
    Design single = *active;
    single.otherVariants.clear();
    return single;
}

std::optional<Design> withVariantActive(const Design &design, const QString &name)
{
    if (name == design.variantName)
        return design;
    const qsizetype i = indexOf(design, name);
    if (i < 0)
        return std::nullopt;
    Design result = design;
    Variant previous{design.variantName, design};
    static_cast<DesignContent &>(result) = design.otherVariants.at(i).content;
    result.variantName = name;
    result.otherVariants[i] = previous;
    return result;
}

Design withDuplicatedVariant(const Design &design, const QString &newName)
{
    Design result = design;
    result.otherVariants.prepend({design.variantName, design});
    result.variantName = newName;
    return result;
}

std::optional<Design> withoutVariant(const Design &design, const QString &name)
{
    if (design.otherVariants.isEmpty())
        return std::nullopt;
    if (name == design.variantName) {
        Design result = design;
        const Variant next = result.otherVariants.takeFirst();
        static_cast<DesignContent &>(result) = next.content;
        result.variantName = next.name;
        return result;
    }
    const qsizetype i = indexOf(design, name);
    if (i < 0)
        return std::nullopt;
    Design result = design;
    result.otherVariants.removeAt(i);
    return result;
}

std::optional<Design> withVariantRenamed(const Design &design, const QString &from,
                                         const QString &to)
{
    const QString trimmed = to.trimmed();
    if (trimmed.isEmpty() || (trimmed != from && variantNames(design).contains(trimmed)))
        return std::nullopt;
    Design result = design;
    if (from == design.variantName) {
        result.variantName = trimmed;
        return result;
    }
    const qsizetype i = indexOf(design, from);
    if (i < 0)
        return std::nullopt;
    result.otherVariants[i].name = trimmed;
    return result;
}

QString uniqueVariantName(const Design &design, const QString &base)
{
    const QStringList taken = variantNames(design);
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 %2").arg(base).arg(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

} // namespace archstudio::model
