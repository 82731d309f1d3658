// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The kinds of things a synthetic library holds and how each looks (for SyntheticCorpus): photos,
// graphics (logos, banners, icons…), video, audio and fonts; reports, contracts, invoices, policies and
// the other classes of document — their file types, titles, folders, sizes, technical numbers,
// classification and, for documents, their text. Internal to SyntheticCorpus: documents and the shared
// helpers are in syntheticcatalog.cpp, assets in syntheticassets.cpp.
//
// Thread safety: stateless functions over immutable tables; each call uses only the context it is given.

#include "search/syntheticcorpus.h"
#include "search/syntheticvocabulary.h"

#include <QDateTime>
#include <QString>

namespace Folio::Search {

// What the corpus decided before the catalog fills in an item, and what the catalog tells it back.
struct CatalogContext
{
    SyntheticRandom &random;
    const Lexicon &lexicon; // the item's language
    QDateTime createdAt;
    QString company;
    QString region;
    QString person;
    QString product;
    QString campaign;
    // Set by the catalog.
    double productLikelihood = 0.3; // how likely the item names a product
    double campaignLikelihood = 0.15; // how likely it belongs to a campaign
    QString classification = QStringLiteral("internal");
};

namespace SyntheticCatalog {

// Fill ITEM's category, title, folder, file name, type, size, technical numbers, category-specific
// metadata and extracted fields (and a document's text) from CONTEXT.
void makeAsset(GeneratedItem &item, CatalogContext &context);
void makeDocument(GeneratedItem &item, CatalogContext &context);

// Helpers shared by the asset and document halves of the catalog.
// Expands the {…} placeholders of a title or folder template ({Y}, {Q}, {M}, {P}, {C}, {CAMP}, {T}, …).
QString fill(const QString &pattern, CatalogContext &context, const QString &noun = {});
// A file name stem made of TITLE: lower case, words joined by '-'.
QString slug(const QString &title);
// Adds a description of LOW to HIGH words in the item's language.
void addDescription(GeneratedItem &item, CatalogContext &context, int low, int high);

inline const QString &pickOne(const QStringList &list, SyntheticRandom &random)
{
    return list.at(qsizetype(random.below(quint64(list.size()))));
}

// An entry of TABLE, each chosen with probability weight / sum of weights.
template<typename Table> const auto &pickWeighted(const Table &table, SyntheticRandom &random)
{
    double total = 0;
    for (const auto &entry : table) {
        total += entry.weight;
    }
    double pick = random.uniform() * total;
    for (const auto &entry : table) {
        if (pick < entry.weight) {
            return entry;
        }
        pick -= entry.weight;
    }
    return *std::begin(table);
}

// Appends about WORDS words of running text in CONTEXT's language: sentences of Zipf-distributed words
// with business phrases (BIAS more often than the others when given) and numbers among them.
void appendText(QString &out, CatalogContext &context, int words, const QString &bias = {});

} // namespace SyntheticCatalog

} // namespace Folio::Search
