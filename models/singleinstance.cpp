// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QUrl>

#include <unistd.h>

namespace Folio {

namespace {

// A message is a 32-bit big-endian length and a JSON array of strings; the answer is "ok\n".
constexpr quint32 MaxMessageBytes = 1u << 20;
const QByteArray Acknowledgement = QByteArrayLiteral("ok\n");

QByteArray frame(const QStringList &arguments)
{
    const QByteArray json = QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact);
    QByteArray message;
    QDataStream stream(&message, QIODevice::WriteOnly);
    stream << quint32(json.size());
    message.append(json);
    return message;
}

// A file argument as the running folio must see it; links and other URLs stay as they are.
QString absolute(const QString &argument)
{
    const QUrl url(argument);
    if (url.isValid() && url.scheme().size() > 1) {
        return url.isLocalFile() ? url.toLocalFile() : argument;
    }
    return QFileInfo(argument).absoluteFilePath();
}

} // namespace

SingleInstance::SingleInstance(const QString &libraryPath, QObject *parent)
    : QObject(parent)
    , m_name(serverName(libraryPath))
    , m_server(new QLocalServer(this))
{
    // Only this user may connect: another user's process must not hand links or files to this one.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &libraryPath)
{
    const QFileInfo info(libraryPath);
    const QString canonical = info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(20);
    const QString file = QStringLiteral("folio-%1-%2").arg(::getuid()).arg(QString::fromLatin1(hash));
    // The user's runtime folder when the session has one (private to the user, emptied at logout); else
    // the temporary folder, where the user id in the name keeps users apart.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir()) {
        return QDir(runtime).filePath(file);
    }
    return QDir(QDir::tempPath()).filePath(file);
}

bool SingleInstance::forward(const QStringList &arguments, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs)) {
        return false;
    }
    QStringList absolutes;
    for (const QString &argument : arguments) {
        absolutes.append(absolute(argument));
    }
    socket.write(frame(absolutes));
    if (!socket.waitForBytesWritten(timeoutMs)) {
        return false;
    }
    QByteArray answer;
    while (answer.size() < Acknowledgement.size() && socket.waitForReadyRead(timeoutMs)) {
        answer.append(socket.readAll());
    }
    socket.disconnectFromServer();
    return answer.startsWith(Acknowledgement);
}

Result<void> SingleInstance::listen()
{
    if (m_server->isListening() || m_server->listen(m_name)) {
        return {};
    }
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(1000)) {
            probe.disconnectFromServer();
            return fail(Error::Code::Busy, tr("Another folio is already running on this library."), m_name);
        }
        // Nobody answers: a folio that crashed left its socket behind.
        QLocalServer::removeServer(m_name);
        if (m_server->listen(m_name)) {
            return {};
        }
    }
    return fail(Error::Code::Io, tr("Cannot make the socket %1: %2").arg(m_name, m_server->errorString()));
}

bool SingleInstance::isListening() const
{
    return m_server->isListening();
}

void SingleInstance::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
        if (socket->bytesAvailable() > 0) {
            readFrom(socket);
        }
    }
}

void SingleInstance::readFrom(QLocalSocket *socket)
{
    if (socket->bytesAvailable() < qint64(sizeof(quint32))) {
        return;
    }
    quint32 length = 0;
    {
        const QByteArray head = socket->peek(sizeof(quint32));
        QDataStream stream(head);
        stream >> length;
    }
    if (length > MaxMessageBytes) {
        socket->abort();
        return;
    }
    if (socket->bytesAvailable() < qint64(sizeof(quint32) + length)) {
        return; // the rest is on its way
    }
    socket->read(sizeof(quint32));
    const QJsonArray array = QJsonDocument::fromJson(socket->read(length)).array();
    QStringList arguments;
    for (qsizetype i = 0; i < array.size(); ++i) {
        arguments.append(array.at(i).toString());
    }
    socket->write(Acknowledgement);
    socket->flush();
    socket->disconnectFromServer();
    Q_EMIT argumentsReceived(arguments);
}

} // namespace Folio
