// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Pennon {

/// The whole content of a file named on the command line, or of standard input for "-".
struct InputFile {
    Q_DECLARE_TR_FUNCTIONS(InputFile)
public:
    QString displayName;  ///< the path as given, or "<stdin>"
    QByteArray bytes;
    QString error;        ///< empty on success, else why it could not be read

    static InputFile read(const QString &path);
};

} // namespace Pennon
