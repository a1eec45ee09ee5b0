#include "offerimport.h"

#include "offermapping.h"
#include "offersaxhandler.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <cstring>
#include <utility>

namespace archstudio::aws {

using namespace catalog;
using namespace offer;

namespace {

constexpr qint64 kChunkSize = 1 << 20;
constexpr int kMaxConflictNotes = 20;

QString fromStd(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

struct Imported
{
    Entry entry; ///< source filled in when the file is done
    QString sku;
};

// Collects one offer file's relevant products and their on-demand prices.
class FileImport : public OfferVisitor
{
public:
    QString offerCode;
    QString version;
    QString publicationDate;
    bool sawProducts = false;
    QString error; ///< a data error, without the file name
    QMap<QString, Imported> entries;
    QMap<QString, int> skipped; ///< reason -> products
    QStringList conflicts;
    int conflictCount = 0;
    int peakRetained = 0;

    bool header(std::string_view name, std::string_view value) override
    {
        if (name == "offerCode") {
            offerCode = fromStd(value);
            if (!isSupportedOfferCode(offerCode)) {
                error = QCoreApplication::translate(
                            "Aws", "offerCode \"%1\" is not one this importer reads (%2)")
                            .arg(offerCode, supportedOfferCodes());
                return false;
            }
        } else if (name == "version") {
            version = fromStd(value);
        } else if (name == "publicationDate") {
            publicationDate = fromStd(value);
        }
        return true;
    }

    bool product(const OfferProduct &p) override
    {
        const ProductMatch match = mapProduct(p, offerCode);
        const QString sku = fromStd(p.sku);
        if (!match.skipReason.isEmpty())
            ++skipped[match.skipReason];
        if (!match.vcpuKey.isEmpty()) {
            record(match.vcpuKey,
                   {match.vcpus,
                    QStringLiteral("vCPU"),
                    {},
                    QStringLiteral("SKU %1, attribute vcpu").arg(sku)},
                   sku);
        }
        if (match.price) {
            mRetained.insert(sku, *match.price);
            notePeak();
        }
        return true;
    }

    bool productsEnd() override
    {
        sawProducts = true;
        mProductsDone = true;
        // Terms read before the products (not how AWS orders a file) are resolved now.
        const QHash<QString, OfferTerm> pending = std::exchange(mPending, {});
        for (const OfferTerm &term : pending) {
            if (!apply(term))
                return false;
        }
        return true;
    }

    bool wantsTerms(std::string_view sku) override
    {
        return !mProductsDone || mRetained.contains(fromStd(sku));
    }

    bool onDemandTerm(OfferTerm &&term) override
    {
        if (!mProductsDone) {
            mPending.insert(fromStd(term.sku), std::move(term));
            notePeak();
            return true;
        }
        return apply(term);
    }

    // Products kept but never priced.
    int unpriced() const { return int(mRetained.size()); }

private:
    void notePeak()
    {
        peakRetained = std::max(peakRetained, int(mRetained.size() + mPending.size()));
    }

    void record(const QString &key, const Entry &entry, const QString &sku)
    {
        const auto it = entries.constFind(key);
        if (it == entries.cend()) {
            entries.insert(key, {entry, sku});
            return;
        }
        if (it->entry.value == entry.value)
            return;
        if (++conflictCount <= kMaxConflictNotes) {
            conflicts << QCoreApplication::translate(
                             "Aws", "%1: SKU %2 gives %3, SKU %4 gave %5; the first is kept")
                             .arg(key, sku, QString::number(entry.value, 'g', 12), it->sku,
                                  QString::number(it->entry.value, 'g', 12));
        }
    }

    bool fail(const QString &sku, const QString &message)
    {
        error = QCoreApplication::translate("Aws", "SKU %1: %2").arg(sku, message);
        return false;
    }

    bool apply(const OfferTerm &term)
    {
        const QString sku = fromStd(term.sku);
        const auto it = mRetained.constFind(sku);
        if (it == mRetained.cend())
            return true;
        const PriceTarget target = *it;
        mRetained.erase(it);
        if (term.dimensions.empty()) {
            ++skipped[QCoreApplication::translate("Aws",
                                                  "the OnDemand term has no price dimensions")];
            return true;
        }
        // Every dimension's price must be a number; the tiers are ordered by where they begin.
        struct Tier
        {
            const OfferDimension *dimension;
            double begin;
            double price;
        };
        std::vector<Tier> tiers;
        for (const OfferDimension &d : term.dimensions) {
            const QString usd = fromStd(d.usd);
            if (!d.hasUsd)
                return fail(sku, QCoreApplication::translate("Aws", "rate %1 has no USD price")
                                     .arg(fromStd(d.rateCode)));
            const std::optional<double> price = decimalValue(usd);
            if (!price) {
                return fail(sku, QCoreApplication::translate(
                                     "Aws", "rate %1: the USD price \"%2\" is not a number")
                                     .arg(fromStd(d.rateCode), usd));
            }
            const QString begin = fromStd(d.beginRange);
            tiers.push_back(
                {&d, begin.isEmpty() ? 0.0 : decimalValue(begin).value_or(0.0), *price});
        }
        std::stable_sort(tiers.begin(), tiers.end(),
                         [](const Tier &a, const Tier &b) { return a.begin < b.begin; });
        const Tier *chosen = &tiers.front();
        QString tierNote;
        const auto paid =
            std::find_if(tiers.begin(), tiers.end(), [](const Tier &t) { return t.price > 0; });
        if (chosen->price == 0 && paid != tiers.end()) {
            chosen = &*paid;
            tierNote =
                QStringLiteral("tier from %1 %2 (the free tier below it is not a price)")
                    .arg(fromStd(chosen->dimension->beginRange), fromStd(chosen->dimension->unit));
        } else if (tiers.size() > 1) {
            tierNote =
                QStringLiteral("first of %1 tiers (%2 to %3 %4)")
                    .arg(tiers.size())
                    .arg(fromStd(chosen->dimension->beginRange),
                         fromStd(chosen->dimension->endRange), fromStd(chosen->dimension->unit));
        }
        QString conversion;
        QString problem;
        const std::optional<double> value =
            convertPrice(target.kind, fromStd(chosen->dimension->unit),
                         fromStd(chosen->dimension->usd), &conversion, &problem);
        if (!value) {
            ++skipped[problem];
            return true;
        }
        QStringList note{QStringLiteral("SKU %1").arg(sku)};
        if (!tierNote.isEmpty())
            note << tierNote;
        if (!conversion.isEmpty())
            note << conversion;
        record(target.key, {*value, target.unit, {}, note.join(QStringLiteral("; "))}, sku);
        return true;
    }

    bool mProductsDone = false;
    QHash<QString, PriceTarget> mRetained;
    QHash<QString, OfferTerm> mPending;
};

// Line and column of a byte offset, counted as the chunks go by.
struct Position
{
    qint64 line = 1;
    qint64 lineStart = 0;

    void advance(const char *data, qint64 size, qint64 offset)
    {
        for (const char *p = data;
             (p = static_cast<const char *>(std::memchr(p, '\n', size_t(data + size - p)))); ++p) {
            ++line;
            lineStart = offset + (p - data) + 1;
        }
    }
    QString describe(qint64 offset) const
    {
        return QCoreApplication::translate("Aws", "line %1, column %2 (byte %3)")
            .arg(line)
            .arg(offset - lineStart + 1)
            .arg(offset);
    }
};

struct Run
{
    const ImportProgressCallback &progress;
    ImportProgress state;
    Catalog catalog;
    PriceListImportResult result;

    bool report()
    {
        state.totalBytes = std::max(state.totalBytes, state.bytesRead);
        return !progress || progress(state);
    }

    // Streams one file; returns an error message ("cancelled" unprefixed) or nothing.
    QString importFile(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QCoreApplication::translate("Aws", "%1: cannot open: %2")
                .arg(path, file.errorString());
        FileImport visitor;
        OfferStreamParser parser(visitor);
        QByteArray buffer(kChunkSize, Qt::Uninitialized);
        Position position;
        qint64 offset = 0;
        std::size_t consumed = 0;
        QString jsonError;
        const auto failed = [&](qint64 chunkStart, const char *data) {
            if (!visitor.error.isEmpty())
                return QStringLiteral("%1: %2").arg(path, visitor.error);
            position.advance(data, qint64(consumed), chunkStart);
            return QStringLiteral("%1: %2: %3")
                .arg(path, position.describe(chunkStart + qint64(consumed)), jsonError);
        };
        for (;;) {
            const qint64 n = file.read(buffer.data(), kChunkSize);
            if (n < 0)
                return QCoreApplication::translate("Aws", "%1: cannot read: %2")
                    .arg(path, file.errorString());
            if (n == 0)
                break;
            if (!parser.write(buffer.constData(), std::size_t(n), true, &consumed, &jsonError))
                return failed(offset, buffer.constData());
            position.advance(buffer.constData(), n, offset);
            offset += n;
            state.bytesRead += n;
            if (!report())
                return QStringLiteral("cancelled");
        }
        if (!parser.done() && !parser.write(nullptr, 0, false, &consumed, &jsonError))
            return failed(offset, buffer.constData());
        if (visitor.offerCode.isEmpty())
            return QCoreApplication::translate("Aws",
                                               "%1: no offerCode: not an AWS Price List offer file")
                .arg(path);
        if (!visitor.sawProducts)
            return QCoreApplication::translate(
                       "Aws", "%1: no \"products\" object: not an AWS Price List offer file")
                .arg(path);
        if (visitor.publicationDate.isEmpty())
            return QCoreApplication::translate("Aws", "%1: no publicationDate").arg(path);
        addFile(path, visitor);
        return {};
    }

    void addFile(const QString &path, const FileImport &visitor)
    {
        const QString version =
            visitor.version.isEmpty() ? visitor.publicationDate : visitor.version;
        const Source source{
            QStringLiteral("import-%1-%2").arg(visitor.offerCode, visitor.publicationDate),
            QStringLiteral("import"),
            QStringLiteral("AWS Price List offer file %1 %2").arg(visitor.offerCode, version),
            {},
            visitor.publicationDate.section(QLatin1Char('T'), 0, 0)};
        catalog.addSource(source);
        if (source.date > catalog.date())
            catalog.setHeader(catalog.id(), catalog.name(), source.date, catalog.currency());
        for (auto it = visitor.entries.cbegin(); it != visitor.entries.cend(); ++it) {
            Entry entry = it->entry;
            entry.source = source.id;
            const Entry *earlier = catalog.find(it.key());
            if (earlier && earlier->value != entry.value) {
                result.skippedNotes
                    << QCoreApplication::translate(
                           "Aws", "%1: %2 replaces the value %3 of an earlier file")
                           .arg(path, it.key(), QString::number(earlier->value, 'g', 12));
            }
            catalog.setEntry(it.key(), entry);
        }
        for (auto it = visitor.skipped.cbegin(); it != visitor.skipped.cend(); ++it)
            result.skippedNotes << QCoreApplication::translate("Aws",
                                                               "%1: %n product(s) not imported: %2",
                                                               nullptr, it.value())
                                       .arg(path, it.key());
        if (visitor.unpriced() > 0) {
            result.skippedNotes << QCoreApplication::translate(
                                       "Aws", "%1: %n product(s) have no OnDemand price", nullptr,
                                       visitor.unpriced())
                                       .arg(path);
        }
        for (const QString &conflict : visitor.conflicts)
            result.skippedNotes << QStringLiteral("%1: %2").arg(path, conflict);
        if (visitor.conflictCount > kMaxConflictNotes) {
            result.skippedNotes << QCoreApplication::translate("Aws",
                                                               "%1: and %2 more conflicting prices")
                                       .arg(path)
                                       .arg(visitor.conflictCount - kMaxConflictNotes);
        }
        result.productsRetained = std::max(result.productsRetained, visitor.peakRetained);
    }
};

} // namespace

PriceListImportResult importOfferFiles(const QStringList &paths,
                                       const ImportProgressCallback &progress)
{
    Run run{progress, {}, {}, {}};
    if (paths.isEmpty()) {
        run.result.error = QCoreApplication::translate("Aws", "no offer files given");
        return run.result;
    }
    for (const QString &path : paths)
        run.state.totalBytes += std::max<qint64>(0, QFileInfo(path).size());
    run.catalog.setHeader(QStringLiteral("aws"),
                          QStringLiteral("Amazon Web Services (AWS Price List import)"), {},
                          QStringLiteral("USD"));
    for (const QString &path : paths) {
        const QString error = run.importFile(path);
        if (!error.isEmpty()) {
            run.result.error = error;
            return run.result;
        }
    }
    for (auto it = run.catalog.entries().cbegin(); it != run.catalog.entries().cend(); ++it) {
        if (it.key().startsWith(QLatin1String("price.")))
            ++run.result.pricesImported;
    }
    run.result.catalog = run.catalog;
    return run.result;
}

} // namespace archstudio::aws
