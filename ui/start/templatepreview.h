#pragma once

#include "core/engine/kindset.h"
#include "core/io/designtemplates.h"

#include <QImage>
#include <QString>

namespace archstudio::ui {

/// What the template chooser shows of one template: a picture of its diagram and its headline
/// figures, from the bundled catalog. Built without a window (on a worker thread).
struct TemplatePreview
{
    QImage picture;
    QString figures; ///< cost, availability, failover time and data-loss window, on one line
    bool ok = false;

    static TemplatePreview of(const io::DesignTemplate &designTemplate,
                              std::shared_ptr<const engine::KindSet> kinds,
                              const QSize &pictureSize);
};

} // namespace archstudio::ui
