#include "offersaxhandler.h"

// The parser's definitions; included here only, so one translation unit instantiates it.
#include <boost/json/basic_parser_impl.hpp>

#include <QCoreApplication>

#include <cstdint>

namespace archstudio::aws::offer {

namespace bj = boost::json;

std::string_view OfferProduct::attribute(std::string_view name) const
{
    for (const auto &[key, value] : attributes) {
        if (key == name)
            return value;
    }
    return {};
}

QString OfferProduct::text(std::string_view name) const
{
    const std::string_view value = attribute(name);
    return QString::fromUtf8(value.data(), qsizetype(value.size()));
}

void OfferProduct::clear()
{
    sku.clear();
    family.clear();
    attributes.clear(); // keeps its capacity: the next product reuses it
}

namespace {

// Where the parser is in the offer file's shape (reference/aws-reference.md):
// {products: {SKU: {sku, productFamily, attributes}},
//  terms: {OnDemand: {SKU: {"SKU.TERM": {priceDimensions: {RATE: {..., pricePerUnit}}}}}}}
enum class Ctx : std::uint8_t {
    Root,
    Products,
    Product,
    Attributes,
    Terms,
    OnDemand,
    SkuTerms,
    Term,
    Dimensions,
    Dimension,
    PricePerUnit,
    Ignore
};

class Handler
{
public:
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_object_size = std::size_t(-1);
    // Bounded so a malformed file cannot make one string eat the memory.
    static constexpr std::size_t max_string_size = 1u << 20;
    static constexpr std::size_t max_key_size = 1u << 16;

    explicit Handler(OfferVisitor &visitor) : mVisitor(visitor) {}

    bool on_document_begin(bj::error_code &) { return true; }
    bool on_document_end(bj::error_code &) { return true; }

    bool on_object_begin(bj::error_code &ec) { return enter(true, ec); }
    bool on_object_end(std::size_t, bj::error_code &ec) { return leave(ec); }
    bool on_array_begin(bj::error_code &ec) { return enter(false, ec); }
    bool on_array_end(std::size_t, bj::error_code &ec) { return leave(ec); }

    // A key may arrive in parts; the first part of the next key replaces the previous one.
    bool on_key_part(bj::string_view s, std::size_t, bj::error_code &)
    {
        if (mKeyComplete)
            mKey.clear();
        mKeyComplete = false;
        mKey.append(s.data(), s.size());
        return true;
    }
    bool on_key(bj::string_view s, std::size_t, bj::error_code &)
    {
        if (mKeyComplete)
            mKey.clear();
        mKey.append(s.data(), s.size());
        mKeyComplete = true;
        return true;
    }
    bool on_string_part(bj::string_view s, std::size_t, bj::error_code &)
    {
        if (wantsScalars())
            mValue.append(s.data(), s.size());
        return true;
    }
    bool on_string(bj::string_view s, std::size_t, bj::error_code &ec) { return scalar(s, ec); }
    bool on_number_part(bj::string_view s, bj::error_code &)
    {
        if (wantsScalars())
            mValue.append(s.data(), s.size());
        return true;
    }
    bool on_int64(std::int64_t, bj::string_view s, bj::error_code &ec) { return scalar(s, ec); }
    bool on_uint64(std::uint64_t, bj::string_view s, bj::error_code &ec) { return scalar(s, ec); }
    bool on_double(double, bj::string_view s, bj::error_code &ec) { return scalar(s, ec); }
    bool on_bool(bool, bj::error_code &) { return valueDone(); }
    bool on_null(bj::error_code &) { return valueDone(); }
    bool on_comment_part(bj::string_view, bj::error_code &) { return true; }
    bool on_comment(bj::string_view, bj::error_code &) { return true; }

private:
    Ctx top() const { return mStack.empty() ? Ctx::Ignore : mStack.back(); }

    bool wantsScalars() const
    {
        const Ctx ctx = top();
        return ctx != Ctx::Ignore && ctx != Ctx::Products && ctx != Ctx::Terms &&
               ctx != Ctx::OnDemand && ctx != Ctx::SkuTerms && ctx != Ctx::Dimensions;
    }

    bool valueDone()
    {
        mValue.clear();
        return true;
    }

    static bool refuse(bj::error_code &ec)
    {
        ec = bj::error::exception;
        return false;
    }

    Ctx child(Ctx parent)
    {
        switch (parent) {
        case Ctx::Root:
            if (mKey == "products")
                return Ctx::Products;
            return mKey == "terms" ? Ctx::Terms : Ctx::Ignore;
        case Ctx::Products:
            mProduct.clear();
            mProduct.sku = mKey;
            return Ctx::Product;
        case Ctx::Product:
            return mKey == "attributes" ? Ctx::Attributes : Ctx::Ignore;
        case Ctx::Terms:
            return mKey == "OnDemand" ? Ctx::OnDemand : Ctx::Ignore; // Reserved: skipped
        case Ctx::OnDemand:
            if (!mVisitor.wantsTerms(mKey))
                return Ctx::Ignore;
            mTermSku = mKey;
            return Ctx::SkuTerms;
        case Ctx::SkuTerms: {
            // Term keys are "SKU.TERMCODE"; only the on-demand code is read.
            const std::string_view key(mKey);
            const bool onDemand =
                key.size() > kOnDemandTermCode.size() &&
                key.substr(key.size() - kOnDemandTermCode.size()) == kOnDemandTermCode &&
                key[key.size() - kOnDemandTermCode.size() - 1] == '.';
            if (!onDemand)
                return Ctx::Ignore;
            mTerm = OfferTerm{mTermSku, {}};
            return Ctx::Term;
        }
        case Ctx::Term:
            return mKey == "priceDimensions" ? Ctx::Dimensions : Ctx::Ignore;
        case Ctx::Dimensions:
            mDimension = OfferDimension{};
            mDimension.rateCode = mKey;
            return Ctx::Dimension;
        case Ctx::Dimension:
            return mKey == "pricePerUnit" ? Ctx::PricePerUnit : Ctx::Ignore;
        case Ctx::Attributes:
        case Ctx::PricePerUnit:
        case Ctx::Ignore:
            break;
        }
        return Ctx::Ignore;
    }

    bool enter(bool isObject, bj::error_code &)
    {
        if (mStack.empty()) {
            // A root that is not an object is no offer file: read nothing from it.
            mStack.push_back(isObject ? Ctx::Root : Ctx::Ignore);
        } else {
            mStack.push_back(isObject ? child(top()) : Ctx::Ignore);
        }
        mValue.clear();
        return true;
    }

    bool leave(bj::error_code &ec)
    {
        const Ctx ctx = top();
        mStack.pop_back();
        switch (ctx) {
        case Ctx::Product:
            if (!mVisitor.product(mProduct))
                return refuse(ec);
            break;
        case Ctx::Products:
            if (!mVisitor.productsEnd())
                return refuse(ec);
            break;
        case Ctx::Dimension:
            mTerm.dimensions.push_back(std::move(mDimension));
            break;
        case Ctx::Term:
            if (!mVisitor.onDemandTerm(std::move(mTerm)))
                return refuse(ec);
            mTerm = OfferTerm{};
            break;
        default:
            break;
        }
        return true;
    }

    bool scalar(bj::string_view last, bj::error_code &ec)
    {
        const Ctx ctx = top();
        if (!wantsScalars())
            return valueDone();
        mValue.append(last.data(), last.size());
        const std::string_view key(mKey);
        switch (ctx) {
        case Ctx::Root:
            if (!mVisitor.header(key, mValue))
                return refuse(ec);
            break;
        case Ctx::Product:
            if (key == "sku")
                mProduct.sku = mValue;
            else if (key == "productFamily")
                mProduct.family = mValue;
            break;
        case Ctx::Attributes:
            mProduct.attributes.emplace_back(mKey, mValue);
            break;
        case Ctx::Dimension:
            if (key == "beginRange")
                mDimension.beginRange = mValue;
            else if (key == "endRange")
                mDimension.endRange = mValue;
            else if (key == "unit")
                mDimension.unit = mValue;
            else if (key == "description")
                mDimension.description = mValue;
            else if (key == "rateCode")
                mDimension.rateCode = mValue;
            break;
        case Ctx::PricePerUnit:
            if (key == "USD") {
                mDimension.usd = mValue;
                mDimension.hasUsd = true;
            }
            break;
        default:
            break;
        }
        return valueDone();
    }

    OfferVisitor &mVisitor;
    std::vector<Ctx> mStack;
    std::string mKey;
    bool mKeyComplete = true;
    std::string mValue;
    std::string mTermSku;
    OfferProduct mProduct;
    OfferTerm mTerm;
    OfferDimension mDimension;
};

QString describe(const bj::error_code &ec)
{
    if (ec == bj::error::incomplete)
        return QCoreApplication::translate("Aws", "the JSON text ends too early (truncated?)");
    if (ec == bj::error::extra_data)
        return QCoreApplication::translate("Aws",
                                           "unexpected text after the end of the JSON document");
    if (ec == bj::error::syntax)
        return QCoreApplication::translate("Aws", "invalid JSON syntax");
    if (ec == bj::error::too_deep)
        return QCoreApplication::translate("Aws", "nested too deeply");
    if (ec == bj::error::string_too_large || ec == bj::error::key_too_large)
        return QCoreApplication::translate("Aws", "a string is implausibly long");
    return QString::fromStdString(ec.message());
}

} // namespace

struct OfferStreamParser::Impl
{
    explicit Impl(OfferVisitor &visitor) : parser(bj::parse_options{}, visitor) {}
    bj::basic_parser<Handler> parser;
};

OfferStreamParser::OfferStreamParser(OfferVisitor &visitor) : d(std::make_unique<Impl>(visitor)) {}

OfferStreamParser::~OfferStreamParser() = default;

bool OfferStreamParser::write(const char *data, std::size_t size, bool more, std::size_t *consumed,
                              QString *error)
{
    bj::error_code ec;
    const std::size_t used = d->parser.write_some(more, data, size, ec);
    if (!ec && used < size)
        ec = bj::error::extra_data;
    if (consumed)
        *consumed = used;
    if (ec && error)
        *error = ec == bj::error::exception ? QString() : describe(ec);
    return !ec;
}

bool OfferStreamParser::done() const
{
    return d->parser.done();
}

} // namespace archstudio::aws::offer
