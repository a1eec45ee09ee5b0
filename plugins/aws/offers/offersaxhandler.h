#pragma once

#include <QString>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace archstudio::aws::offer {

/// One entry of an offer file's "products" object, kept in the parser's own strings until a
/// mapping decides it is wanted (most products of a real file are not).
struct OfferProduct
{
    std::string sku;
    std::string family;
    std::vector<std::pair<std::string, std::string>> attributes;

    std::string_view attribute(std::string_view name) const;
    QString text(std::string_view name) const;
    void clear();
};

/// One price dimension of a term: a rate, possibly one tier of several.
struct OfferDimension
{
    std::string rateCode;
    std::string description;
    std::string beginRange;
    std::string endRange;
    std::string unit;
    std::string usd;
    bool hasUsd = false;
};

/// The OnDemand term (JRTCKXETXF) of one SKU.
struct OfferTerm
{
    std::string sku;
    std::vector<OfferDimension> dimensions;
};

/// What the streaming parser reports. Returning false from a callback stops the parse; the
/// visitor keeps its own message for the caller.
class OfferVisitor
{
public:
    virtual ~OfferVisitor() = default;
    /// Top-level strings: offerCode, version, publicationDate, formatVersion.
    virtual bool header(std::string_view name, std::string_view value) = 0;
    virtual bool product(const OfferProduct &product) = 0;
    virtual bool productsEnd() = 0;
    /// Whether the OnDemand terms of sku are worth collecting at all.
    virtual bool wantsTerms(std::string_view sku) = 0;
    virtual bool onDemandTerm(OfferTerm &&term) = 0;
};

/// The on-demand offer term code of the AWS Price List.
inline constexpr std::string_view kOnDemandTermCode = "JRTCKXETXF";

/// A SAX parser over an offer file fed in chunks: it never holds more than the product or
/// term being read. Reserved terms and the terms of unwanted SKUs are skipped unread.
class OfferStreamParser
{
public:
    explicit OfferStreamParser(OfferVisitor &visitor);
    ~OfferStreamParser();
    OfferStreamParser(const OfferStreamParser &) = delete;
    OfferStreamParser &operator=(const OfferStreamParser &) = delete;

    /// Feeds the next chunk (more = false after the last one). On failure returns false with
    /// *consumed where the parse stopped and *error the JSON problem ("invalid JSON syntax"),
    /// or an empty *error when the visitor refused.
    bool write(const char *data, std::size_t size, bool more, std::size_t *consumed,
               QString *error);
    bool done() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace archstudio::aws::offer
