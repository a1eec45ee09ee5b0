#pragma once

#include "kindschema.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <unordered_map>

namespace archstudio::model {

/// The component kinds known to this run, filled from the loaded plugins (engine::KindSet)
/// and handed to whoever needs them. A kind no plugin knows is "unknown": it loads and
/// re-saves, but is not evaluated.
class KindRegistry
{
public:
    /// Adds the kind. A kind already registered keeps its first schema; the clash is
    /// reported as a message naming origin (the plugin adding it), else an empty string.
    QString add(const KindSchema &schema, const QString &origin);

    const KindSchema *schema(const QString &kind) const;
    /// The kind's display name ("RDS database"), or the kind itself when it is not registered.
    QString displayName(const QString &kind) const;
    bool isKnown(const QString &kind) const { return mIndex.contains(kind); }
    QStringList kinds() const;
    const QList<KindSchema> &schemas() const { return mSchemas; }

private:
    QList<KindSchema> mSchemas;
    std::unordered_map<QString, qsizetype> mIndex;
};

} // namespace archstudio::model
