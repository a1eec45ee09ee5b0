#pragma once

#include <QChart>
#include <QChartView>

namespace archstudio::ui {

/// Shows a new chart in a view. QChartView::setChart releases the chart it showed without
/// deleting it, so each redraw would leak one.
inline void replaceChart(QChartView *view, QChart *chart)
{
    QChart *previous = view->chart();
    view->setChart(chart);
    delete previous;
}

} // namespace archstudio::ui
