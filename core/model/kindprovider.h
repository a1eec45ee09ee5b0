#pragma once

#include "kindschema.h"

#include <QList>
#include <QtPlugin>

namespace archstudio::model {

/// Supplies component kinds to the registry. Implemented by plugins (the built-in AWS kinds
/// are one, linked statically) so new kinds arrive without touching core/.
class KindProvider
{
public:
    virtual ~KindProvider() = default;
    /// A stable name for messages, e.g. "aws".
    virtual QString providerId() const = 0;
    virtual QList<KindSchema> kindSchemas() const = 0;
};

} // namespace archstudio::model

#define ArchStudioKindProvider_iid "org.archstudio.KindProvider/1.0"
Q_DECLARE_INTERFACE(archstudio::model::KindProvider, ArchStudioKindProvider_iid)
