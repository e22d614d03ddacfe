// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "inputfile.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace Pennon {

InputFile InputFile::read(const QString &path)
{
    InputFile input;
    QFile file;
    if (path == u"-") {
        input.displayName = QStringLiteral("<stdin>");
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            input.error = tr("cannot read standard input: %1").arg(file.errorString());
            return input;
        }
    } else {
        input.displayName = path;
        if (QFileInfo(path).isDir()) {
            input.error = tr("%1: is a directory, not a file").arg(path);
            return input;
        }
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            input.error = tr("cannot read %1: %2").arg(path, file.errorString());
            return input;
        }
    }
    input.bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        input.error = tr("cannot read %1: %2").arg(input.displayName, file.errorString());
    return input;
}

} // namespace Pennon
