#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace archstudio::document {
class Document;
}

namespace archstudio::ui {

/// The inspector of a selected link: what it carries (reads, writes or both) and, when the
/// caller spreads its reads over several targets, this target's share. Each change is one
/// undoable command.
class LinkEditor : public QWidget
{
    Q_OBJECT

public:
    explicit LinkEditor(QWidget *parent = nullptr);

    void setDocument(document::Document *document);
    /// Shows the link at this index of Design::links (-1: none).
    void showLink(qsizetype index);
    qsizetype link() const { return mIndex; }

    QComboBox *trafficBox() const { return mTraffic; }
    QDoubleSpinBox *readShareBox() const { return mReadShare; }

private:
    void refresh();
    void apply();

    QPointer<document::Document> mDocument;
    qsizetype mIndex = -1;
    bool mRefreshing = false;
    QLabel *mTitle = nullptr;
    QComboBox *mTraffic = nullptr;
    QDoubleSpinBox *mReadShare = nullptr;
};

} // namespace archstudio::ui
