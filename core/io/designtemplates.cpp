#include "designtemplates.h"

#include <QDir>
#include <QRegularExpression>

namespace archstudio::io {

namespace {

constexpr auto kTemplateFolder = ":/templates";

QList<DesignTemplate> readTemplates()
{
    // "03-rds-multi-az-cluster.json": the number orders the list, the rest names the template.
    static const QRegularExpression fileName(QStringLiteral(R"(^\d+-([a-z0-9-]+)\.json$)"));
    QList<DesignTemplate> templates;
    const QDir folder(QString::fromLatin1(kTemplateFolder));
    for (const QString &entry :
         folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = fileName.match(entry);
        if (!match.hasMatch())
            continue;
        const QString resource = folder.filePath(entry);
        const LoadResult loaded = loadDesignFile(resource);
        // A template that does not load is a bug caught by tst_designtemplates, never shown.
        if (!loaded.file)
            continue;
        templates.append({match.captured(1), loaded.file->design.name,
                          loaded.file->design.description, resource});
    }
    return templates;
}

} // namespace

const QList<DesignTemplate> &bundledTemplates()
{
    static const QList<DesignTemplate> templates = readTemplates();
    return templates;
}

std::optional<DesignTemplate> findTemplate(const QString &name)
{
    for (const DesignTemplate &t : bundledTemplates()) {
        if (t.name == name)
            return t;
    }
    return std::nullopt;
}

LoadResult loadTemplate(const DesignTemplate &designTemplate, const LoadOptions &options)
{
    return loadDesignFile(designTemplate.resource, options);
}

} // namespace archstudio::io
