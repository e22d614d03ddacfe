// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "flagcommand.h"

#include "cli/inputfile.h"
#include "cli/pennonctl.h"
#include "cli/workspacesource.h"
#include "formats/pennonjson.h"
#include "json/jsonreader.h"
#include "json/jsonwriter.h"
#include "storage/repository.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

int usageError(QTextStream &err, const QString &message, const QString &subcommand)
{
    err << FlagCommand::tr("pennonctl: %1").arg(message) << '\n'
        << FlagCommand::tr("Try 'pennonctl flag %1 --help' for more information.").arg(subcommand) << '\n';
    return ExitBadInput;
}

} // namespace

int FlagCommand::run(const QStringList &arguments, const QString &database, QTextStream &out,
                     QTextStream &err)
{
    const QString subcommand = arguments.value(1);
    if (subcommand == u"list")
        return list(arguments.mid(1), database, out, err);
    if (subcommand == u"get")
        return get(arguments.mid(1), database, out, err);
    if (subcommand == u"put")
        return put(arguments.mid(1), database, out, err);
    if (subcommand == u"-h" || subcommand == u"--help") {
        out << tr("Usage: pennonctl flag list [--json] | get KEY | put FILE|-") << '\n'
            << tr("'pennonctl flag SUBCOMMAND --help' describes a subcommand's options.") << '\n';
        return ExitSuccess;
    }
    err << tr("pennonctl: %1").arg(subcommand.isEmpty() ? tr("flag needs a subcommand: list, get or put")
                                                        : tr("unknown flag subcommand '%1' (expected list, get or put)").arg(subcommand))
        << '\n' << tr("Try 'pennonctl flag --help' for more information.") << '\n';
    return ExitBadInput;
}

int FlagCommand::list(const QStringList &arguments, const QString &database, QTextStream &out,
                      QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the workspace's flags: key, type, on/off per environment, name."));
    parser.addHelpOption();
    parser.addOption({u"json"_s, tr("A JSON array of {key, name, type, archived, version, environments: {ENV: on}}.")});
    if (!parser.parse(arguments))
        return usageError(err, parser.errorText(), u"list"_s);
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return ExitSuccess;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(err, tr("unexpected argument '%1'").arg(parser.positionalArguments().first()), u"list"_s);

    int exitCode = ExitSuccess;
    std::unique_ptr<WorkspaceRepository> repository = WorkspaceSource::openRepository(database, err, &exitCode);
    if (!repository)
        return exitCode;
    StorageError error;
    const std::optional<Workspace> workspace = repository->load(&error);
    if (!workspace)
        return WorkspaceSource::reportStorageError(error, err);

    if (parser.isSet(u"json"_s)) {
        JsonWriter w;
        w.beginArray();
        for (const Flag &flag : workspace->flags) {
            w.beginObject();
            w.key(u"key");
            w.string(flag.key);
            w.key(u"name");
            w.string(flag.name);
            w.key(u"type");
            w.string(flagTypeName(flag.type));
            w.key(u"archived");
            w.boolean(flag.archived);
            w.key(u"version");
            w.integer(flag.version);
            w.key(u"environments");
            w.beginObject();
            for (const Environment &environment : workspace->environments) {
                w.key(environment.key);
                w.boolean(flag.environments.value(environment.key).on);
            }
            w.endObject();
            w.endObject();
        }
        w.endArray();
        out << QString::fromUtf8(w.finish());
        return ExitSuccess;
    }

    // A plain table: columns as wide as their widest cell.
    QList<QStringList> rows;
    QStringList header = {tr("KEY"), tr("TYPE")};
    for (const Environment &environment : workspace->environments)
        header.append(environment.key);
    header.append(tr("NAME"));
    rows.append(header);
    for (const Flag &flag : workspace->flags) {
        QStringList row = {flag.key, flagTypeName(flag.type)};
        for (const Environment &environment : workspace->environments)
            row.append(flag.environments.value(environment.key).on ? tr("on") : tr("off"));
        row.append(flag.archived ? tr("%1 (archived)").arg(flag.name) : flag.name);
        rows.append(row);
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (column + 1 == row.size())
                line += row.at(column);
            else
                line += row.at(column).leftJustified(widths.at(column)) + u"  "_s;
        }
        out << line << '\n';
    }
    return ExitSuccess;
}

int FlagCommand::get(const QStringList &arguments, const QString &database, QTextStream &out,
                     QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print one flag as Pennon JSON, all environments, with its \"version\"."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"key"_s, tr("The flag's key"));
    if (!parser.parse(arguments))
        return usageError(err, parser.errorText(), u"get"_s);
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return ExitSuccess;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(err, tr("flag get takes exactly one KEY"), u"get"_s);
    const QString key = parser.positionalArguments().first();

    int exitCode = ExitSuccess;
    std::unique_ptr<WorkspaceRepository> repository = WorkspaceSource::openRepository(database, err, &exitCode);
    if (!repository)
        return exitCode;
    StorageError error;
    const std::optional<Flag> flag = repository->flag(key, &error);
    if (!flag) {
        if (error.kind == StorageError::Kind::NotFound || error.kind == StorageError::Kind::None) {
            err << tr("pennonctl: unknown flag '%1'").arg(key) << '\n';
            return ExitBadInput;
        }
        return WorkspaceSource::reportStorageError(error, err);
    }
    out << QString::fromUtf8(PennonJson::writeFlag(*flag));
    return ExitSuccess;
}

int FlagCommand::put(const QStringList &arguments, const QString &database, QTextStream &out,
                     QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create or update one flag from Pennon JSON. With a \"version\" field the save is conditional: it happens only while the stored version is that one (0: only if the flag does not exist yet); without one the flag is created or overwritten."));
    parser.addHelpOption();
    parser.addOption({u"comment"_s, tr("Comment stored with the change in the history."), u"TEXT"_s});
    parser.addPositionalArgument(u"file"_s, tr("Pennon JSON of one flag, or - for standard input"));
    if (!parser.parse(arguments))
        return usageError(err, parser.errorText(), u"put"_s);
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return ExitSuccess;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(err, tr("flag put takes exactly one FILE (or - for standard input)"), u"put"_s);

    const InputFile input = InputFile::read(parser.positionalArguments().first());
    if (!input.error.isEmpty()) {
        err << tr("pennonctl: %1").arg(input.error) << '\n';
        return ExitFailure;
    }
    Problem syntax;
    const std::optional<QJsonValue> json = JsonReader::parse(input.bytes, &syntax);
    if (!json) {
        err << input.displayName << ':' << syntax.toString() << '\n';
        return ExitBadInput;
    }
    Problems problems;
    const std::optional<Flag> flag = PennonJson::flagFromJson(*json, QString(), &problems);
    if (!flag) {
        for (const Problem &problem : std::as_const(problems))
            err << input.displayName << ':' << problem.toString() << '\n';
        return ExitBadInput;
    }
    // A "version" field makes the save conditional on the stored version being that one.
    const qint64 expectedVersion = json->toObject().contains(u"version"_s) ? flag->version : -1;
    if (expectedVersion < -1) {
        err << input.displayName << ':' << Problem{u"/version"_s, tr("a version is 0 or more")}.toString() << '\n';
        return ExitBadInput;
    }

    int exitCode = ExitSuccess;
    std::unique_ptr<WorkspaceRepository> repository = WorkspaceSource::openRepository(database, err, &exitCode);
    if (!repository)
        return exitCode;
    StorageError error;
    const std::optional<qint64> version =
        repository->saveFlag(*flag, expectedVersion, parser.value(u"comment"_s), &error);
    if (!version)
        return WorkspaceSource::reportStorageError(error, err, input.displayName);
    out << tr("saved flag %1: version %2").arg(flag->key).arg(*version) << '\n';
    return ExitSuccess;
}

} // namespace Pennon
