// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcontroller.h"

#include "library/savedsearches.h"
#include "librarysession.h"

#include <QRegularExpression>

namespace Folio {

SearchController::SearchController(LibrarySession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_latest(std::make_shared<std::atomic_int>(0))
{ }

SearchController::~SearchController()
{
    m_latest->fetch_add(1); // work still queued need not run
}

void SearchController::search(const QString &query)
{
    const int generation = m_latest->fetch_add(1) + 1;
    m_busy = true;
    m_session.run<LibrarySearch::Ranking>(
        LibrarySession::Kind::Read,
        [query, generation, latest = m_latest](SessionContext &cx) -> Result<LibrarySearch::Ranking> {
            if (latest->load() != generation) {
                return std::unexpected(Error(Error::Code::Cancelled, {}));
            }
            auto search = cx.search();
            if (!search) {
                return std::unexpected(search.error());
            }
            return (*search)->rankItems(query);
        },
        this,
        [this, query, generation](const Result<LibrarySearch::Ranking> &ranking) {
            if (m_latest->load() != generation) {
                return;
            }
            m_busy = false;
            if (!ranking) {
                const Error &error = ranking.error();
                bool isColumn = false;
                const int column = error.detail().toInt(&isColumn);
                const bool parseError = error.code() == Error::Code::InvalidArgument && isColumn && column > 0;
                Q_EMIT failed(query, error.message(), parseError ? column : 0);
                return;
            }
            m_query = query;
            m_ranking = *ranking;
            Q_EMIT finished(query, ranking->total);
        });
}

void SearchController::cancel()
{
    m_latest->fetch_add(1);
    m_busy = false;
}

void SearchController::loadTerms()
{
    const int generation = ++m_termsGeneration;
    m_session.run<LibrarySearch::QueryTerms>(
        LibrarySession::Kind::Read,
        [](SessionContext &cx) -> Result<LibrarySearch::QueryTerms> {
            auto search = cx.search();
            if (!search) {
                return std::unexpected(search.error());
            }
            return (*search)->queryTerms();
        },
        this,
        [this, generation](const Result<LibrarySearch::QueryTerms> &terms) {
            // Completion keeps the older terms when reading failed: they are still mostly right.
            if (generation == m_termsGeneration && terms) {
                m_terms = *terms;
                Q_EMIT termsReady();
            }
        });
}

void SearchController::ensureTerms()
{
    if (!termsRequested()) {
        loadTerms();
    }
}

void SearchController::recordOpen(const QString &itemUuid)
{
    m_session.run<bool>(
        LibrarySession::Kind::Read,
        [itemUuid](SessionContext &cx) -> Result<bool> {
            auto search = cx.search();
            if (!search) {
                return std::unexpected(search.error());
            }
            if (auto recorded = (*search)->recordOpen(itemUuid); !recorded) {
                return std::unexpected(recorded.error());
            }
            return true;
        },
        this,
        [this, itemUuid](const Result<bool> &recorded) {
            // Analytics only: a failure to log an open is not worth interrupting the user for.
            if (recorded) {
                Q_EMIT openRecorded(itemUuid);
            } else {
                qWarning("Folio: the search log did not record an open: %s", qPrintable(recorded.error().toString()));
            }
        });
}

void SearchController::saveSmartCollection(const QString &name, const QString &query)
{
    m_session.run<QString>(
        LibrarySession::Kind::Mutation,
        [name, query](SessionContext &cx) -> Result<QString> {
            auto search = cx.search();
            if (!search) {
                return std::unexpected(search.error());
            }
            auto added = SavedSearches(cx.library()).add(name, query, **search);
            if (!added) {
                return std::unexpected(added.error());
            }
            return added->name;
        },
        this,
        [this](const Result<QString> &added) {
            if (added) {
                Q_EMIT saved(*added);
            } else {
                Q_EMIT saveFailed(added.error().message());
            }
        });
}

QString SearchController::facetField(const QString &facetName)
{
    if (facetName == QLatin1String("keywords")) {
        return QStringLiteral("tag");
    }
    if (facetName == QLatin1String("year")) {
        return QStringLiteral("created");
    }
    return facetName;
}

QString SearchController::facetTerm(const QString &facetName, const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[\\p{L}\\p{N}_][\\p{L}\\p{N}_.-]*$"));
    QString shown = value;
    shown.remove(QLatin1Char('"')); // a quote cannot appear inside quotes; the value is matched folded anyway
    if (!plain.match(shown).hasMatch()) {
        shown = QLatin1Char('"') + shown + QLatin1Char('"');
    }
    return facetField(facetName) + QLatin1Char(':') + shown;
}

namespace {

// Where TERM stands in QUERY as a whole term, or -1.
qsizetype termPosition(const QString &query, const QString &term)
{
    if (term.isEmpty()) {
        return -1;
    }
    for (qsizetype at = query.indexOf(term); at >= 0; at = query.indexOf(term, at + 1)) {
        const qsizetype end = at + term.size();
        const bool startsTerm = at == 0 || query.at(at - 1).isSpace() || query.at(at - 1) == QLatin1Char('(');
        const bool endsTerm = end == query.size() || query.at(end).isSpace() || query.at(end) == QLatin1Char(')');
        if (startsTerm && endsTerm) {
            return at;
        }
    }
    return -1;
}

} // namespace

bool SearchController::containsTerm(const QString &query, const QString &term)
{
    return termPosition(query, term) >= 0;
}

QString SearchController::toggleTerm(const QString &query, const QString &term)
{
    if (const qsizetype at = termPosition(query, term); at >= 0) {
        QString rest = query;
        qsizetype end = at + term.size();
        qsizetype start = at;
        // One separating space goes with the term, so "a b c" without b is "a c".
        if (end < rest.size() && rest.at(end).isSpace()) {
            ++end;
        } else if (start > 0 && rest.at(start - 1).isSpace()) {
            --start;
        }
        rest.remove(start, end - start);
        return rest.trimmed();
    }
    const QString trimmed = query.trimmed();
    if (trimmed.isEmpty()) {
        return term;
    }
    static const QRegularExpression hasOr(QStringLiteral("(^|\\s)(OR|\\|)(\\s|$)|\\|"));
    const QString base
        = hasOr.match(trimmed).hasMatch() ? QString(QLatin1Char('(') + trimmed + QLatin1Char(')')) : trimmed;
    return base + QLatin1Char(' ') + term;
}

} // namespace Folio
