#pragma once

#include "core/engine/kindset.h"

#include <QDialog>

namespace archstudio::ui {

/// Help > Plugins: the kind plugins this run loaded (name, version, file, kinds) and the
/// plugin files it could not load, with the reason, so a user can tell why a kind is missing.
class PluginsDialog : public QDialog
{
    Q_OBJECT

public:
    PluginsDialog(const engine::KindSet &kinds, QWidget *parent = nullptr);
};

} // namespace archstudio::ui
