// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

// Runs the real pennonctl binary for tests: arguments, standard input, exit code, output.

#include <QProcess>
#include <QString>
#include <QStringList>

struct CtlRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CtlRun runPennonCtl(const QStringList &arguments, const QByteArray &input = {},
                           const QString &language = QStringLiteral("en"))
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), language);
    env.insert(QStringLiteral("LC_ALL"), language == QStringLiteral("de") ? QStringLiteral("de_DE.UTF-8") : QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("PENNON_PLUGIN_PATH"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PENNONCTL_PATH), arguments);
    if (!input.isNull()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(120000))
        return {};
    CtlRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
