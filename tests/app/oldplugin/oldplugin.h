#pragma once

#include <QObject>
#include <QtPlugin>

/// A plugin built for version 1 of the kind plugin interface: the plugin manager must refuse
/// it by its metadata, before running any of its code, and say why.
class OldKindPlugin : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.archstudio.KindPlugin/1")
};
