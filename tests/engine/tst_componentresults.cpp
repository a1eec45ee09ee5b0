#include "core/engine/evaluation.h"

#include <QTest>

#include <utility>

using namespace archstudio;
using engine::ComponentResult;
using engine::ComponentResults;
using engine::LineItem;

namespace {

constexpr int kResults = 100;

/// kResults results, each with an id of its own and two line items whose description is
/// the given string (so its reference count shows whether any result still holds it).
ComponentResults resultsDescribedBy(const QString &description)
{
    QList<ComponentResult> list;
    for (int i = 0; i < kResults; ++i) {
        ComponentResult r;
        r.id = model::ComponentId(QStringLiteral("c%1").arg(i));
        for (int k = 0; k < 2; ++k) {
            LineItem item;
            item.description = description;
            item.quantity = i + k;
            r.lineItems.append(item);
        }
        list.append(r);
    }
    return ComponentResults(std::move(list));
}

/// Whether results hold what resultsDescribedBy() made, untouched.
bool intact(const ComponentResults &results, const QString &description)
{
    if (results.size() != kResults)
        return false;
    for (int i = 0; i < kResults; ++i) {
        const ComponentResult &r = results.at(i);
        if (r.id.value() != QStringLiteral("c%1").arg(i) || r.lineItems.size() != 2 ||
            r.lineItems.at(1).description != description || r.lineItems.at(1).quantity != i + 1)
            return false;
    }
    return true;
}

/// A string of its own, on the heap (a literal has no reference count to watch).
QString heapText()
{
    return QString::fromLatin1("instance-hours of db.r6g.large");
}

} // namespace

class TestComponentResults : public QObject
{
    Q_OBJECT

private slots:
    /// The last owner lets everything go: nothing holds the description any more.
    void theLastOwnerReleasesEveryResult()
    {
        const QString description = heapText();
        {
            const ComponentResults results = resultsDescribedBy(description);
            QVERIFY(intact(results, description));
            QVERIFY(!description.isDetached());
        }
        QVERIFY(description.isDetached());
    }

    /// Results are implicitly shared: an owner that lets them go, by its end or by taking
    /// others (copied or moved), leaves every other owner's results as they were.
    void anotherOwnersResultsStayIntact()
    {
        const QString description = heapText();
        ComponentResults kept = resultsDescribedBy(description);
        {
            const ComponentResults copy = kept;
            QVERIFY(copy.isSharedWith(kept));
        }
        QVERIFY(intact(kept, description));

        ComponentResults copyAssigned = kept;
        copyAssigned = ComponentResults(resultsDescribedBy(heapText()));
        QVERIFY(intact(kept, description));

        ComponentResults moveAssigned = kept;
        ComponentResults other = resultsDescribedBy(heapText());
        moveAssigned = std::move(other);
        QVERIFY(intact(kept, description));

        ComponentResults copyOfOther = moveAssigned;
        copyOfOther = kept; // lets a shared list go, takes kept's
        QVERIFY(intact(moveAssigned, moveAssigned.at(0).lineItems.at(0).description));
        QVERIFY(intact(copyOfOther, description));

        // The engine fills an evaluation's results from a plain list.
        engine::Evaluation evaluation;
        evaluation.components = QList<ComponentResult>(kept);
        evaluation = engine::Evaluation{};
        QVERIFY(intact(kept, description));
    }

    /// Assigning results to themselves, or to a list that shares them, keeps them.
    void assigningSharedResultsKeepsThem()
    {
        const QString description = heapText();
        ComponentResults results = resultsDescribedBy(description);
        ComponentResults &alias = results;
        results = alias;
        QVERIFY(intact(results, description));
        ComponentResults copy = results;
        results = copy;
        QVERIFY(intact(results, description));
        results = std::move(alias);
        QVERIFY(intact(results, description));
    }
};

QTEST_GUILESS_MAIN(TestComponentResults)
#include "tst_componentresults.moc"
