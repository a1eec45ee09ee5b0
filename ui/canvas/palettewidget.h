#pragma once

#include <QWidget>

class QLineEdit;
class QMimeData;
class QListWidget;
class QListWidgetItem;

namespace archstudio::model {
class KindRegistry;
}

namespace archstudio::ui {

/// Every component kind (from the kind registry), plus Region and Availability Zone, with
/// icons, grouped by category and searchable. Drag an entry onto the canvas to create it, or
/// press Enter on it to add it where the canvas suggests (entryActivated).
class PaletteWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PaletteWidget(const model::KindRegistry &registry, QWidget *parent = nullptr);

    QListWidget *list() const { return mList; }
    QLineEdit *searchField() const { return mSearch; }
    /// The mime data a drag of the row would carry (for tests: QDrag cannot run offscreen).
    QMimeData *mimeDataFor(int row) const;
    /// The palette entry of a row ("component:rds", "region", "zone"); empty for headers.
    QString entryAt(int row) const;

signals:
    void entryActivated(const QString &entry);

private:
    void addHeader(const QString &title);
    void addEntry(const QString &entry, const QString &title, const QString &icon,
                  const QString &help);
    void filter(const QString &text);

    QLineEdit *mSearch = nullptr;
    QListWidget *mList = nullptr;
};

} // namespace archstudio::ui
