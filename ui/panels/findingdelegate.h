#pragma once

#include <QFont>
#include <QHash>
#include <QStyledItemDelegate>

class QAbstractItemView;
class QTextDocument;

namespace archstudio::ui {

/// Paints a design-review finding over several wrapped lines: the component in bold, the
/// message, the fix and what the fix changes. Rows are as tall as their text at the view's
/// current width, so nothing is clipped in a narrow dock. Heights are remembered by text, so
/// laying out the same findings again (after an edit) lays out only those whose text changed.
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
    /// Row heights by the row's text, for mCachedWidth and mCachedFont.
    mutable QHash<QString, int> mHeights;
    mutable int mCachedWidth = -1;
    mutable QFont mCachedFont;
};

} // namespace archstudio::ui
