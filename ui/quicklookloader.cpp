// SPDX-License-Identifier: GPL-3.0-or-later
#include "quicklookloader.h"

#include "ingest/extractors/windows1252.h"

#include <QFile>
#include <QFutureWatcher>
#include <QImageReader>
#include <QStringDecoder>
#include <QtConcurrent/QtConcurrentRun>

namespace Folio {

namespace {

template<typename T> void runThen(QObject *context, std::function<T()> work, std::function<void(const T &)> done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace

QuickLookLoader::Picture QuickLookLoader::readImage(const QString &path, const QString &name)
{
    Picture picture;
    QImageReader reader(path);
    const QSize size = reader.size();
    if (!size.isValid() || qint64(size.width()) * size.height() > MaxRenditionPixels) {
        picture.error = size.isValid() ? tr("The preview of \"%1\" is larger than a preview may be.").arg(name)
                                       : tr("The preview of \"%1\" cannot be read: %2").arg(name, reader.errorString());
        return picture;
    }
    if (!reader.read(&picture.image)) {
        picture.error = tr("The preview of \"%1\" cannot be read: %2").arg(name, reader.errorString());
    }
    return picture;
}

QuickLookLoader::Text QuickLookLoader::readText(const QString &path, const QString &name)
{
    Text text;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        text.error = tr("Cannot read \"%1\": %2").arg(name, file.errorString());
        return text;
    }
    const QByteArray bytes = file.read(TextLimit);
    text.truncated = !file.atEnd();
    // Stateful: a character cut at the limit is held back, not an error; only bytes that are no UTF-8 are.
    QStringDecoder utf8(QStringDecoder::Utf8);
    text.text = utf8.decode(bytes);
    if (utf8.hasError()) {
        text.text = Internal::decodeWindows1252(bytes);
        text.windows1252 = true;
    }
    return text;
}

void QuickLookLoader::image(
    const QString &path, const QString &name, QObject *context, std::function<void(const Picture &)> done)
{
    runThen<Picture>(
        context, [path, name] { return readImage(path, name); }, std::move(done));
}

void QuickLookLoader::text(
    const QString &path, const QString &name, QObject *context, std::function<void(const Text &)> done)
{
    runThen<Text>(
        context, [path, name] { return readText(path, name); }, std::move(done));
}

} // namespace Folio
