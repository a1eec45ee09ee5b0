#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;
class QTextDocument;

namespace archstudio::ui {

/// Paints a design-review finding over several wrapped lines: the component in bold, the
/// message, the fix and what the fix changes. Rows are as tall as their text at the view's
/// current width, so nothing is clipped in a narrow dock.
class FindingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role {
        ComponentIdRole = Qt::UserRole + 1,
        ComponentNameRole,
        RuleRole,
        MessageRole,
        FixRole,
        EffectRole,
    };

    explicit FindingDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    /// Lays the finding out at textWidth; selected rows use the highlighted text colour only.
    void layout(QTextDocument &document, const QStyleOptionViewItem &option,
                const QModelIndex &index, int textWidth) const;
    int textWidth() const;

    QAbstractItemView *mView;
};

} // namespace archstudio::ui
