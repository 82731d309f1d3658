// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportingmimedata.h"

#include <chrono>

namespace Folio {

namespace {
const QString UriList = QStringLiteral("text/uri-list");
}

ExportingMimeData::ExportingMimeData(std::shared_ptr<ExportState> state, int waitMs)
    : m_state(std::move(state))
    , m_waitMs(waitMs)
{ }

QStringList ExportingMimeData::formats() const
{
    QStringList all = QMimeData::formats();
    if (!all.contains(UriList)) {
        all.append(UriList);
    }
    return all;
}

bool ExportingMimeData::hasFormat(const QString &mimeType) const
{
    return mimeType == UriList || QMimeData::hasFormat(mimeType);
}

bool ExportingMimeData::isExported() const
{
    const std::lock_guard lock(m_state->mutex);
    return m_state->done;
}

QStringList ExportingMimeData::errors() const
{
    const std::lock_guard lock(m_state->mutex);
    return m_state->errors;
}

QVariant ExportingMimeData::retrieveData(const QString &mimeType, QMetaType type) const
{
    if (mimeType != UriList) {
        return QMimeData::retrieveData(mimeType, type);
    }
    QList<QUrl> urls;
    {
        // The drop asks now: the copies were started with the drag, so this is the rest of the copying
        // at most. Files not complete by the deadline are left out rather than handed over half written.
        std::unique_lock lock(m_state->mutex);
        m_state->ready.wait_for(lock, std::chrono::milliseconds(m_waitMs), [this] { return m_state->done; });
        urls = m_state->urls;
    }
    if (type.id() == QMetaType::QByteArray || type.id() == QMetaType::QString) {
        QByteArray text;
        for (const QUrl &url : std::as_const(urls)) {
            text += url.toEncoded() + "\r\n";
        }
        return type.id() == QMetaType::QString ? QVariant(QString::fromUtf8(text)) : QVariant(text);
    }
    QVariantList list;
    for (const QUrl &url : std::as_const(urls)) {
        list.append(url);
    }
    return list;
}

} // namespace Folio
