// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

// The Unleash client specification (@unleash/client-specification, installed from npm into the
// build folder by the interop_npm fixture; CTest names its folder in PENNON_UNLEASH_SPEC_DIR):
// every file its index lists but the delta-API ones, which describe a protocol, not evaluation.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

inline QString unleashSpecDir()
{
    return qEnvironmentVariable("PENNON_UNLEASH_SPEC_DIR");
}

inline QStringList unleashSpecFiles()
{
    QFile index(QDir(unleashSpecDir()).filePath(QStringLiteral("index.json")));
    if (!index.open(QIODevice::ReadOnly))
        return {};
    QStringList files;
    for (const QJsonValue &name : QJsonDocument::fromJson(index.readAll()).array()) {
        if (!name.toString().contains(QStringLiteral("delta")))
            files.append(name.toString());
    }
    return files;
}
