#pragma once

#include "kindprovider.h"
#include "kindschema.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <unordered_map>

namespace archstudio::model {

/// The component kinds known to this run, filled by kind providers.
/// A kind no provider knows is "unknown": it loads and re-saves, but is not evaluated.
class KindRegistry
{
public:
    /// Adds every kind of the provider. A kind already registered keeps its first schema;
    /// the clash is reported in the returned list of messages.
    QStringList addProvider(const KindProvider &provider);

    /// Registers the providers of every Qt plugin linked statically into this executable
    /// or found in the application's plugin folder.
    QStringList loadPlugins();

    const KindSchema *schema(const QString &kind) const;
    bool isKnown(const QString &kind) const { return mIndex.contains(kind); }
    QStringList kinds() const;
    const QList<KindSchema> &schemas() const { return mSchemas; }

    /// The registry with every plugin loaded, built once per process.
    static const KindRegistry &builtin();

private:
    QList<KindSchema> mSchemas;
    std::unordered_map<QString, qsizetype> mIndex;
};

} // namespace archstudio::model
