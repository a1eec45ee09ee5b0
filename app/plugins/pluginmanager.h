#pragma once

#include "core/engine/kindset.h"

#include <QPluginLoader>
#include <QStringList>

#include <memory>
#include <vector>

namespace archstudio::app {

/// Loads the kind plugins, for the studio and the CLI alike: those linked into the executable
/// (the AWS kinds), then every shared library in the plugin folders. A file that is not a
/// plugin, a plugin built for another version of the interface or one that fails to load is
/// recorded with the reason and skipped; the others load.
class PluginManager
{
public:
    /// Where plugins are looked for, in order: each folder of $ARCHSTUDIO_PLUGIN_PATH (':'
    /// between folders), the folder "plugins" beside the executable (a build tree), the
    /// installed folder (<libdir>/archstudio/plugins) and the user's own
    /// (~/.local/share/ArchStudio/plugins on Linux).
    static QStringList searchPaths();

    /// Loads the linked plugins and those found in folders (searchPaths() by default).
    /// Call once, with a QCoreApplication running.
    void load(const QStringList &folders);
    void load() { load(searchPaths()); }

    /// What the loaded plugins supply, with what loaded and what failed
    /// (KindSet::plugins(), failures()).
    std::shared_ptr<const engine::KindSet> kinds() const { return mKinds; }

private:
    void loadFile(engine::KindSet &kinds, const QString &path);

    std::shared_ptr<const engine::KindSet> mKinds = std::make_shared<engine::KindSet>();
    /// Kept for the life of the manager: a plugin's code must stay loaded while its kinds
    /// are in use.
    std::vector<std::unique_ptr<QPluginLoader>> mLoaders;
};

} // namespace archstudio::app
