// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/indexsnapshot.h"

#include "search/indexsnapshotstream.h"

#include "util/durablefile.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <cstring>
#include <type_traits>

static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "search index snapshots store raw little-endian arrays");

namespace Folio::Search::Internal {

namespace {

constexpr char Magic[8] = { 'F', 'O', 'L', 'I', 'O', 'S', 'I', 'X' };
constexpr char EndMagic[8] = { 'F', 'O', 'L', 'I', 'O', 'E', 'N', 'D' };
constexpr qint64 HeaderSize = 32;
constexpr qint64 SectionHeaderSize = 16;
constexpr qint64 TrailerSize = 16;

enum SectionTag : quint32 { Documents = 1, Terms, Words, PhraseFilters, ExactValues, Numbers, Flags, Facets, Titles };
constexpr quint32 SectionCount = 9;

} // namespace

namespace {

void writeSections(IndexSnapshotWriter &out, const IndexData &data)
{
    out.beginSection(Documents);
    out.value(data.m_slotCount);
    out.value(quint64(data.m_liveCount));
    out.value(quint64(data.m_deadCount));
    out.vector(data.m_itemOfSlot);
    out.bitmap(data.m_live);
    out.bitmap(data.m_dead);
    out.vector(data.m_freeSlots);
    out.column(data.m_slotOfItem);
    out.endSection();

    out.beginSection(Terms);
    out.value(quint64(data.m_terms.size()));
    for (std::size_t i = 0; i < data.m_terms.size(); ++i) {
        out.string(data.m_terms[i]);
        const TermPostings &postings = data.m_postings[i];
        for (const IndexBitmap &bitmap : postings.fields) {
            out.bitmap(bitmap);
        }
        out.bitmap(postings.bodyRepeated3);
        out.bitmap(postings.bodyRepeated8);
    }
    out.endSection();

    out.beginSection(Words);
    out.value(quint64(data.m_words.size()));
    for (const auto &[word, terms] : data.m_words) {
        out.string(word);
        out.vector(terms);
    }
    out.endSection();

    out.beginSection(PhraseFilters);
    out.arena(data.m_phraseFilters);
    out.endSection();

    out.beginSection(ExactValues);
    out.value(quint64(data.m_exact.size()));
    for (const auto &[name, field] : data.m_exact) {
        out.string(name);
        out.value(quint64(field.names.size()));
        for (std::size_t i = 0; i < field.names.size(); ++i) {
            out.string(field.names[i]);
            out.bitmap(field.bitmaps[i]);
        }
    }
    out.endSection();

    out.beginSection(Numbers);
    out.value(quint64(data.m_numbers.size()));
    for (const auto &[name, column] : data.m_numbers) {
        out.string(name);
        out.value(quint8(column.isWide() ? 1 : 0));
        if (column.isWide()) {
            out.column(column.doubles());
        } else {
            out.column(column.integers());
        }
    }
    out.endSection();

    out.beginSection(Flags);
    out.value(quint64(data.m_flags.size()));
    for (const auto &[name, bitmap] : data.m_flags) {
        out.string(name);
        out.bitmap(bitmap);
    }
    out.endSection();

    out.beginSection(Facets);
    for (int facet = 0; facet < ColumnFacetCount; ++facet) {
        out.column(data.m_facetFirst[facet]);
        out.arena(data.m_facetMore[facet]);
    }
    out.endSection();

    out.beginSection(Titles);
    out.column(data.m_titleKeys);
    out.arena(data.m_titles);
    out.endSection();
}

// Every list of ARENA lies inside its pool, and every value is below LIMIT when one is given.
template<typename T> bool arenaIsSound(const ArenaColumn<T> &arena, quint64 limit = 0)
{
    const auto &entries = arena.entries();
    const std::size_t poolSize = arena.pool().size();
    for (quint32 page = 0; page < entries.pageCount(); ++page) {
        const std::uint64_t *values = entries.page(page);
        for (quint32 i = 0; values && i < PagedColumn<std::uint64_t>::PageSize; ++i) {
            if ((values[i] >> 16) + (values[i] & 0xFFFF) > poolSize) {
                return false;
            }
        }
    }
    if (limit > 0) {
        for (const T value : arena.pool()) {
            if (quint64(value) >= limit) {
                return false;
            }
        }
    }
    return true;
}

// Every value of COLUMN is below LIMIT.
template<typename T> bool columnIsBelow(const PagedColumn<T> &column, quint64 limit)
{
    for (quint32 page = 0; page < column.pageCount(); ++page) {
        const T *values = column.page(page);
        for (quint32 i = 0; values && i < PagedColumn<T>::PageSize; ++i) {
            if (quint64(values[i]) >= limit) {
                return false;
            }
        }
    }
    return true;
}

// Reads the payload of section TAG into DATA; false when it is malformed.
bool readSection(quint32 tag, IndexSnapshotReader &in, IndexData &data)
{
    switch (SectionTag(tag)) {
    case Documents:
        data.m_slotCount = in.value<quint32>();
        data.m_liveCount = in.value<quint64>();
        data.m_deadCount = in.value<quint64>();
        data.m_itemOfSlot = in.vector<std::uint32_t>();
        data.m_live = in.bitmap();
        data.m_dead = in.bitmap();
        data.m_freeSlots = in.vector<std::uint32_t>();
        in.column(data.m_slotOfItem);
        return in.ok() && data.m_itemOfSlot.size() == data.m_slotCount && data.m_live.cardinality() == data.m_liveCount
            && data.m_dead.cardinality() == data.m_deadCount;
    case Terms: {
        const auto count = in.value<quint64>();
        for (quint64 i = 0; in.ok() && i < count; ++i) {
            QString term = in.string();
            TermPostings postings;
            for (IndexBitmap &bitmap : postings.fields) {
                bitmap = in.bitmap();
            }
            postings.bodyRepeated3 = in.bitmap();
            postings.bodyRepeated8 = in.bitmap();
            data.m_termIds.insert(term, std::uint32_t(i));
            data.m_terms.push_back(std::move(term));
            data.m_postings.push_back(std::move(postings));
        }
        return in.ok() && quint64(data.m_termIds.size()) == count;
    }
    case Words: {
        const auto count = in.value<quint64>();
        for (quint64 i = 0; in.ok() && i < count; ++i) {
            QString word = in.string();
            std::vector<std::uint32_t> terms = in.vector<std::uint32_t>();
            for (const std::uint32_t term : terms) {
                if (term >= data.m_terms.size()) {
                    return false;
                }
            }
            data.m_words.emplace_hint(data.m_words.end(), std::move(word), std::move(terms));
        }
        return in.ok();
    }
    case PhraseFilters: in.arena(data.m_phraseFilters); return in.ok() && arenaIsSound(data.m_phraseFilters);
    case ExactValues: {
        const auto count = in.value<quint64>();
        for (quint64 i = 0; in.ok() && i < count; ++i) {
            ExactField &field = data.m_exact[in.string()];
            const auto values = in.value<quint64>();
            for (quint64 v = 0; in.ok() && v < values; ++v) {
                const std::uint32_t id = field.intern(in.string());
                field.bitmaps[id] = in.bitmap();
            }
        }
        return in.ok();
    }
    case Numbers: {
        const auto count = in.value<quint64>();
        for (quint64 i = 0; in.ok() && i < count; ++i) {
            IndexNumberColumn &column = data.m_numbers[in.string()];
            const auto wide = in.value<quint8>();
            if (wide > 1) {
                return false;
            }
            column.setWide(wide == 1);
            if (wide) {
                in.column(column.doubles());
            } else {
                in.column(column.integers());
            }
        }
        return in.ok();
    }
    case Flags: {
        const auto count = in.value<quint64>();
        for (quint64 i = 0; in.ok() && i < count; ++i) {
            const QString name = in.string();
            data.m_flags[name] = in.bitmap();
        }
        return in.ok();
    }
    case Facets:
        for (int facet = 0; facet < ColumnFacetCount; ++facet) {
            in.column(data.m_facetFirst[facet]);
            in.arena(data.m_facetMore[facet]);
            const auto field = data.m_exact.find(QLatin1String(IndexData::columnFacetField(ColumnFacet(facet))));
            const quint64 values = field == data.m_exact.end() ? 0 : field->second.names.size();
            if (!in.ok() || !arenaIsSound(data.m_facetMore[facet], std::max<quint64>(values, 1))
                || !columnIsBelow(data.m_facetFirst[facet], values + 1)) {
                return false;
            }
        }
        return true;
    case Titles:
        in.column(data.m_titleKeys);
        in.arena(data.m_titles);
        return in.ok() && arenaIsSound(data.m_titles);
    }
    return false;
}

// No bitmap may name a slot the columns do not have (search reads per-slot arrays without checks).
bool slotsAreSound(const IndexData &data)
{
    const auto fits
        = [&](const IndexBitmap &bitmap) { return bitmap.isEmpty() || bitmap.maximum() < data.m_slotCount; };
    bool sound = fits(data.m_live) && fits(data.m_dead);
    for (const TermPostings &postings : data.m_postings) {
        for (const IndexBitmap &bitmap : postings.fields) {
            sound = sound && fits(bitmap);
        }
        sound = sound && fits(postings.bodyRepeated3) && fits(postings.bodyRepeated8);
    }
    for (const auto &[name, field] : data.m_exact) {
        for (const IndexBitmap &bitmap : field.bitmaps) {
            sound = sound && fits(bitmap);
        }
    }
    for (const auto &[name, bitmap] : data.m_flags) {
        sound = sound && fits(bitmap);
    }
    for (const std::uint32_t slot : data.m_freeSlots) {
        sound = sound && slot < data.m_slotCount;
    }
    return sound;
}

} // namespace

Result<void> IndexSnapshot::save(const IndexData &data, const QString &path, qint64 changeSeq)
{
    const QString temp = path + QStringLiteral(".part");
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return fail(
            Error::Code::Io, tr("Could not write the search index snapshot %1: %2").arg(temp, file.errorString()));
    }
    const auto failed = [&](const QString &reason) {
        file.close();
        QFile::remove(temp);
        return fail(Error::Code::Io, tr("Could not write the search index snapshot %1: %2").arg(temp, reason));
    };
    char header[HeaderSize] = {};
    std::memcpy(header, Magic, 8);
    const quint32 version = FormatVersion;
    const quint32 sections = SectionCount;
    std::memcpy(header + 8, &version, 4);
    std::memcpy(header + 12, &sections, 4);
    std::memcpy(header + 16, &changeSeq, 8);
    IndexChecksum headerChecksum;
    headerChecksum.update(header, 24);
    const quint64 headerHash = headerChecksum.finish();
    std::memcpy(header + 24, &headerHash, 8);
    if (file.write(header, HeaderSize) != HeaderSize) {
        return failed(file.errorString());
    }
    IndexSnapshotWriter out(file);
    writeSections(out, data);
    out.flush();
    const quint64 length = quint64(file.pos()) + TrailerSize;
    if (!out.ok() || file.write(EndMagic, 8) != 8 || file.write(reinterpret_cast<const char *>(&length), 8) != 8
        || !file.flush()) {
        return failed(file.errorString());
    }
    if (Result<void> synced = DurableFile::syncDescriptor(file.handle(), temp); !synced) {
        const Error error = synced.error();
        file.close();
        QFile::remove(temp);
        return std::unexpected(error);
    }
    file.close();
    if (Result<void> renamed = DurableFile::renameDurably(temp, path); !renamed) {
        QFile::remove(temp);
        return renamed;
    }
    return {};
}

Result<void> IndexSnapshot::load(const QString &path, IndexData *data, qint64 *changeSeq)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(file.exists() ? Error::Code::Io : Error::Code::NotFound,
            tr("Could not read the search index snapshot %1: %2").arg(path, file.errorString()));
    }
    const auto corrupt = [&](const QString &why) {
        return fail(Error::Code::Corrupt,
            tr("The search index snapshot %1 is damaged (%2); the index will be rebuilt")
                .arg(QFileInfo(path).absoluteFilePath(), why));
    };
    const qint64 size = file.size();
    if (size < HeaderSize + TrailerSize) {
        return corrupt(tr("it is too short"));
    }
    const uchar *bytes = file.map(0, size);
    if (!bytes) {
        return fail(
            Error::Code::Io, tr("Could not read the search index snapshot %1: %2").arg(path, file.errorString()));
    }
    if (std::memcmp(bytes, Magic, 8) != 0) {
        return corrupt(tr("it is not a search index snapshot"));
    }
    IndexChecksum headerChecksum;
    headerChecksum.update(bytes, 24);
    quint64 storedHeaderHash;
    std::memcpy(&storedHeaderHash, bytes + 24, 8);
    if (headerChecksum.finish() != storedHeaderHash) {
        return corrupt(tr("its header fails its checksum"));
    }
    quint32 version;
    quint32 sections;
    std::memcpy(&version, bytes + 8, 4);
    std::memcpy(&sections, bytes + 12, 4);
    if (version != FormatVersion) {
        return fail(Error::Code::Unsupported,
            tr("The search index snapshot %1 has format version %2; this Folio reads version %3")
                .arg(path)
                .arg(version)
                .arg(FormatVersion));
    }
    quint64 storedLength;
    std::memcpy(&storedLength, bytes + size - 8, 8);
    if (std::memcmp(bytes + size - TrailerSize, EndMagic, 8) != 0 || storedLength != quint64(size)) {
        return corrupt(tr("it is truncated or has bytes appended"));
    }
    if (sections != SectionCount) {
        return corrupt(tr("it has %1 sections instead of %2").arg(sections).arg(SectionCount));
    }

    IndexData loaded;
    qint64 at = HeaderSize;
    for (quint32 expected = 1; expected <= SectionCount; ++expected) {
        if (at + SectionHeaderSize > size - TrailerSize) {
            return corrupt(tr("section %1 is missing").arg(expected));
        }
        quint32 tag;
        quint32 reserved; // zero in this version
        quint64 length;
        std::memcpy(&tag, bytes + at, 4);
        std::memcpy(&reserved, bytes + at + 4, 4);
        std::memcpy(&length, bytes + at + 8, 8);
        const qint64 payload = at + SectionHeaderSize;
        if (tag != expected || reserved != 0 || length > quint64(size - TrailerSize - payload) - 8) {
            return corrupt(tr("section %1 has a bad header").arg(expected));
        }
        IndexChecksum checksum;
        checksum.update(bytes + payload, length);
        quint64 stored;
        std::memcpy(&stored, bytes + payload + qint64(length), 8);
        if (sectionChecksum(tag, length, checksum.finish()) != stored) {
            return corrupt(tr("section %1 fails its checksum").arg(expected));
        }
        IndexSnapshotReader in(bytes + payload, length);
        if (!readSection(tag, in, loaded) || !in.atEnd()) {
            return corrupt(tr("section %1 is malformed").arg(expected));
        }
        at = payload + qint64(length) + 8;
    }
    if (at != size - TrailerSize) {
        return corrupt(tr("it has unexpected bytes after its sections"));
    }
    if (!slotsAreSound(loaded)) {
        return corrupt(tr("a bitmap names a document slot that does not exist"));
    }
    std::memcpy(changeSeq, bytes + 16, 8);
    *data = std::move(loaded);
    return {};
}

} // namespace Folio::Search::Internal
