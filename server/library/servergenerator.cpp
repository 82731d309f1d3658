// SPDX-License-Identifier: GPL-3.0-or-later
#include "servergenerator.h"

#include "blobs/serverblobstore.h"
#include "domain/ids.h"
#include "libraryservice.h"
#include "opapplier.h"
#include "search/syntheticcorpus.h"
#include "store/serverstore.h"

#include <QCryptographicHash>
#include <QHash>

namespace Folio::Server {

namespace {

constexpr int opsPerBatch = 1000;
constexpr int poolSize = 1024;

QByteArray poolContent(quint64 seed, int slot)
{
    const QByteArray line = QStringLiteral("folio synthetic content, seed %1, slot %2\n").arg(seed).arg(slot).toUtf8();
    return line.repeated(4096 / line.size() + 1).left(4096);
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

Result<ServerGenerateReport> ServerGenerator::generate(
    qint64 items, quint64 seed, const std::function<void(qint64, qint64)> &progress)
{
    const QString generatorName = QStringLiteral("dev-generator");
    auto user = m_store.user(generatorName);
    if (!user) {
        // Not a usable password: nobody signs in as the generator.
        user = m_store.addUser(generatorName, QStringLiteral("admin"),
            QStringLiteral("$argon2id$unusable-") + Ids::newUuid(), QStringLiteral("foliod-dev-generate"));
        if (!user) {
            return std::unexpected(user.error());
        }
    }
    auto caller = m_library.caller(user->uuid);
    if (!caller) {
        return std::unexpected(caller.error());
    }

    ServerGenerateReport report;
    QList<QString> pool;
    QList<QPair<QString, QByteArray>> contents;
    for (int slot = 0; slot < poolSize; ++slot) {
        const QByteArray content = poolContent(seed, slot);
        pool.append(sha256(content));
        contents.append({ pool.last(), content });
    }
    if (m_blobs) {
        auto stored = m_blobs->putMany(user->uuid, contents);
        if (!stored) {
            return std::unexpected(stored.error());
        }
        report.blobs = poolSize;
    }

    Search::SyntheticCorpusOptions options;
    options.count = items;
    Search::SyntheticCorpus corpus(seed, options);
    QHash<QString, QString> folders; // path → uuid
    QList<Op> ops;
    const auto flush = [&]() -> Result<void> {
        if (ops.isEmpty()) {
            return {};
        }
        auto results = m_library.applyOps(*caller, ops);
        if (!results) {
            return std::unexpected(results.error());
        }
        for (const OpResult &result : std::as_const(*results)) {
            if (result.isRejected() && result.code != QLatin1String("exists")) {
                return fail(
                    Error::Code::Validation, tr("A generated op was refused (%1): %2").arg(result.code, result.reason));
            }
        }
        report.ops += ops.size();
        ops.clear();
        return {};
    };
    // The folder of PATH, creating it and its parents with ops when new.
    std::function<QString(const QString &)> folderOf = [&](const QString &path) -> QString {
        if (path.isEmpty() || path == QLatin1String("/")) {
            return {};
        }
        if (auto known = folders.constFind(path); known != folders.constEnd()) {
            return *known;
        }
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        const QString parent = folderOf(path.left(slash));
        const QString uuid = Ids::newUuid();
        QJsonObject fields { { QStringLiteral("name"), path.mid(slash + 1) } };
        if (!parent.isEmpty()) {
            fields.insert(QStringLiteral("parent"), parent);
        }
        ops.append(Op { Ids::newUuid(), QStringLiteral("folder.create"), uuid, 0, fields });
        folders.insert(path, uuid);
        ++report.folders;
        return uuid;
    };
    while (!corpus.atEnd()) {
        const Search::GeneratedItem item = corpus.next();
        QJsonObject fields { { QStringLiteral("title"), item.title }, { QStringLiteral("kind"), item.kind },
            { QStringLiteral("type"), item.mimeType }, { QStringLiteral("status"), item.status },
            { QStringLiteral("classification"), item.classification }, { QStringLiteral("language"), item.language },
            { QStringLiteral("created"), Ids::format(item.createdAt) } };
        const QString folder = folderOf(item.folder);
        if (!folder.isEmpty()) {
            fields.insert(QStringLiteral("folder"), folder);
        }
        if (item.rating >= 0) {
            fields.insert(QStringLiteral("rating"), item.rating);
        }
        for (const auto &[key, value] : item.metadata) {
            const QString name = key.toLower();
            if (!fields.contains(name)) {
                fields.insert(name, value);
            }
        }
        ops.append(Op { Ids::newUuid(), QStringLiteral("item.create"), item.uuid, 0, fields });
        ops.append(Op { Ids::newUuid(), QStringLiteral("version.add"), item.versionUuid, 0,
            QJsonObject { { QStringLiteral("item"), item.uuid },
                { QStringLiteral("sha256"), pool.at(int(item.contentKey % quint64(poolSize))) },
                { QStringLiteral("size"), double(item.size) }, { QStringLiteral("filename"), item.filename } } });
        ++report.items;
        if (ops.size() >= opsPerBatch) {
            if (auto ok = flush(); !ok) {
                return std::unexpected(ok.error());
            }
            if (progress) {
                progress(report.items, items);
            }
        }
    }
    if (auto ok = flush(); !ok) {
        return std::unexpected(ok.error());
    }
    if (progress) {
        progress(report.items, items);
    }
    return report;
}

} // namespace Folio::Server
