#include "kindregistry.h"

#include "propertylabel.h"

#include <QCoreApplication>

namespace archstudio::model {

namespace {

/// A schema text the kind provider marked with QT_TRANSLATE_NOOP("Kinds", ...), in the
/// language of the installed translators (unchanged when none is installed).
QString kindText(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QCoreApplication::translate("Kinds", text.toUtf8().constData());
}

/// Translates what users read of a property: its label and help (the inspector shows both),
/// its fields. Names, units, choice values and patterns are read by code and stay as they are.
void translateProperty(PropertySchema &property)
{
    property.label = kindText(englishPropertyLabel(property));
    property.help = kindText(property.help);
    for (PropertySchema &field : property.fields)
        translateProperty(field);
}

} // namespace

QString KindRegistry::add(const KindSchema &schema, const QString &origin)
{
    if (mIndex.contains(schema.kind))
        return QCoreApplication::translate("Model",
                                           "kind \"%1\" of plugin \"%2\" is already registered")
            .arg(schema.kind, origin);
    // The texts are translated once, here: whoever shows a schema shows it as registered.
    KindSchema translated = schema;
    translated.displayName = kindText(schema.displayName);
    translated.category = kindText(schema.category);
    translated.help = kindText(schema.help);
    for (PropertySchema &property : translated.properties)
        translateProperty(property);
    mIndex.emplace(translated.kind, mSchemas.size());
    mSchemas.append(std::move(translated));
    return {};
}

const KindSchema *KindRegistry::schema(const QString &kind) const
{
    const auto it = mIndex.find(kind);
    return it == mIndex.cend() ? nullptr : &mSchemas.at(it->second);
}

QString KindRegistry::displayName(const QString &kind) const
{
    const KindSchema *found = schema(kind);
    return found ? found->displayName : kind;
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
