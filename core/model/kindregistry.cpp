#include "kindregistry.h"

namespace archstudio::model {

QString KindRegistry::add(const KindSchema &schema, const QString &origin)
{
    if (mIndex.contains(schema.kind))
        return QStringLiteral("kind \"%1\" of plugin \"%2\" is already registered")
            .arg(schema.kind, origin);
    mIndex.emplace(schema.kind, mSchemas.size());
    mSchemas.append(schema);
    return {};
}

const KindSchema *KindRegistry::schema(const QString &kind) const
{
    const auto it = mIndex.find(kind);
    return it == mIndex.cend() ? nullptr : &mSchemas.at(it->second);
}

QStringList KindRegistry::kinds() const
{
    QStringList names;
    names.reserve(mSchemas.size());
    for (const KindSchema &s : mSchemas)
        names << s.kind;
    return names;
}

} // namespace archstudio::model
