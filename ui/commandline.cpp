// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "commandline.h"

#include "appsettings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace Pennon {

using namespace Qt::StringLiterals;

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Pennon, the feature-flag manager. Opens the workspace named here, else $PENNON_DB, "
           "else the default workspace of the settings, else the per-user workspace."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption db(u"db"_s,
                                tr("The workspace database: sqlite:PATH or postgresql://[user@]host[:port]/dbname."),
                                tr("URL"));
    parser.addOption(db);
    parser.addPositionalArgument(u"FILE"_s, tr("A workspace's SQLite file (created when it does not exist)."),
                                 u"[--db URL | FILE]"_s);
    const QString program = arguments.isEmpty() ? u"pennon"_s : QFileInfo(arguments.first()).fileName();
    const auto fail = [&](const QString &message) {
        result.exitCode = 2;
        result.error = tr("%1: %2").arg(program, message) + u'\n'
                + tr("Try '%1 --help' for more information.").arg(program) + u'\n';
        return result;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help) || parser.isSet(u"help-all"_s)) {
        result.exitCode = 0;
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.exitCode = 0;
        result.output = u"%1 %2\n"_s.arg(program, QCoreApplication::applicationVersion());
        return result;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return fail(tr("one workspace at a time: %1").arg(files.join(u' ')));
    if (parser.isSet(db) && !files.isEmpty())
        return fail(tr("either --db URL or FILE, not both"));
    QString error;
    if (parser.isSet(db)) {
        const QStringList values = parser.values(db);
        if (values.size() > 1)
            return fail(tr("--db given more than once"));
        result.url = DatabaseUrl::parse(values.first(), &error);
        if (!result.url)
            return fail(tr("--db: %1").arg(error));
    } else if (!files.isEmpty()) {
        const QString file = files.first();
        if (file.isEmpty())
            return fail(tr("FILE: the name is empty"));
        result.url = DatabaseUrl::parse(u"sqlite:"_s + QDir::cleanPath(QFileInfo(file).absoluteFilePath()), &error);
        if (!result.url)
            return fail(tr("FILE \"%1\": %2").arg(file, error));
    }
    return result;
}

} // namespace Pennon
