// SPDX-License-Identifier: GPL-3.0-or-later
// Replays a fuzz target over saved inputs without libFuzzer: every file in the folders (recursively)
// and files given as arguments goes through LLVMFuzzerTestOneInput once, in name order. A crash fails
// the ctest; so does finding no input at all, which means the seed folder moved.

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char *argv[])
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(path).isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                found.append(it.next());
            }
            found.sort();
            files.append(found);
        } else {
            files.append(path);
        }
    }
    int ran = 0;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
            return 2;
        }
        const QByteArray data = file.readAll();
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
        ++ran;
    }
    std::printf("%d inputs replayed\n", ran);
    if (ran == 0) {
        std::fprintf(stderr, "no inputs found in the given paths\n");
        return 1;
    }
    return 0;
}
