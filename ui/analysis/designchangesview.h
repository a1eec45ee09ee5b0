#pragma once

#include "core/engine/designdiff.h"
#include "core/model/kindregistry.h"

#include <QTreeWidget>

namespace archstudio::ui {

/// What File › Compare with File… shows beside the variants' figures, as `archstudio diff`
/// prints it: the components added, removed and changed (with their properties), the links,
/// and the design's, workloads' and components' figures before and after, with the change
/// coloured by whether it is good news.
class DesignChangesView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit DesignChangesView(QWidget *parent = nullptr);
    void setDiff(const engine::DesignDiff &diff, const model::KindRegistry &kinds);
};

} // namespace archstudio::ui
