#pragma once

#include "design.h"

#include <QStringList>

#include <optional>

namespace archstudio::model {

/// Every variant's name, the one being edited included, in the order they were made (the
/// edited one first).
QStringList variantNames(const Design &design);

/// The variant `name` as a design of its own (same name, catalog and description), for
/// evaluating and comparing it; nullopt when there is no such variant.
std::optional<Design> variantAsDesign(const Design &design, const QString &name);

/// The design with `name` as the variant being edited; the one edited before is kept among
/// the others, in its place. nullopt when there is no such variant.
std::optional<Design> withVariantActive(const Design &design, const QString &name);

/// A copy of the variant being edited, kept under `newName`, becomes the one being edited.
Design withDuplicatedVariant(const Design &design, const QString &newName);

/// The design without the variant `name`; removing the edited one makes the first other one
/// the edited one. nullopt when it is the only variant or does not exist.
std::optional<Design> withoutVariant(const Design &design, const QString &name);

/// The design with a variant renamed; nullopt when the old name is unknown or the new one is
/// empty or taken.
std::optional<Design> withVariantRenamed(const Design &design, const QString &from,
                                         const QString &to);

/// `base`, or "base 2", "base 3"... whichever no variant has yet.
QString uniqueVariantName(const Design &design, const QString &base);

} // namespace archstudio::model
