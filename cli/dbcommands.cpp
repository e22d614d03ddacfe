// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "dbcommands.h"

#include "cli/pennonctl.h"
#include "cli/workspacesource.h"
#include "json/jsonwriter.h"
#include "storage/repository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

int usageError(QTextStream &err, const QString &message, const QString &command)
{
    err << DbCommands::tr("pennonctl: %1").arg(message) << '\n'
        << DbCommands::tr("Try 'pennonctl %1 --help' for more information.").arg(command) << '\n';
    return ExitBadInput;
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

/// A stored state (Pennon JSON of one object) as a JSON value for the history's output.
QJsonValue storedState(const QByteArray &bytes)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return QString::fromUtf8(bytes);
}

QString versions(const Change &change)
{
    // 0 before: created; 0 after: deleted.
    return QString::number(change.versionBefore) + u"->"_s + QString::number(change.versionAfter);
}

} // namespace

int DbCommands::init(const QStringList &arguments, const QString &database, QTextStream &out,
                     QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create the workspace database's schema, or migrate it to this Pennon's version. Running it again changes nothing."));
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(err, parser.errorText(), u"init"_s);
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return ExitSuccess;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(err, tr("unexpected argument '%1'").arg(parser.positionalArguments().first()), u"init"_s);
    int exitCode = ExitSuccess;
    QString name;
    std::unique_ptr<WorkspaceRepository> repository = WorkspaceSource::openRepository(database, err, &exitCode, &name);
    if (!repository)
        return exitCode;
    out << tr("workspace database ready: %1").arg(name) << '\n';
    return ExitSuccess;
}

int DbCommands::history(const QStringList &arguments, const QString &database, QTextStream &out,
                        QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The audit history, newest first: every change with who, when, the versions and the comment."));
    parser.addHelpOption();
    parser.addOption({u"json"_s, tr("A JSON array of {id, time, actor, kind, key, versionBefore, versionAfter, comment, revertOf, before?, after?}.")});
    parser.addOption({u"limit"_s, tr("At most N changes."), u"N"_s});
    parser.addPositionalArgument(u"key"_s, tr("Only the changes of this object"), u"[KEY]"_s);
    if (!parser.parse(arguments))
        return usageError(err, parser.errorText(), u"history"_s);
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return ExitSuccess;
    }
    if (parser.positionalArguments().size() > 1)
        return usageError(err, tr("history takes at most one KEY"), u"history"_s);
    int limit = 0;
    if (parser.isSet(u"limit"_s)) {
        bool ok = false;
        limit = parser.value(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1)
            return usageError(err, tr("--limit must be a whole number of 1 or more, not '%1'").arg(parser.value(u"limit"_s)), u"history"_s);
    }
    const QString key = parser.positionalArguments().value(0);

    int exitCode = ExitSuccess;
    std::unique_ptr<WorkspaceRepository> repository = WorkspaceSource::openRepository(database, err, &exitCode);
    if (!repository)
        return exitCode;
    StorageError error;
    const std::optional<QList<Change>> changes = repository->history(key, limit, &error);
    if (!changes)
        return WorkspaceSource::reportStorageError(error, err);

    if (parser.isSet(u"json"_s)) {
        JsonWriter w;
        w.beginArray();
        for (const Change &change : *changes) {
            w.beginObject();
            w.key(u"id");
            w.integer(change.id);
            w.key(u"time");
            w.string(isoTime(change.time));
            w.key(u"actor");
            w.string(change.actor);
            w.key(u"kind");
            w.string(objectKindName(change.kind));
            w.key(u"key");
            w.string(change.key);
            w.key(u"versionBefore");
            w.integer(change.versionBefore);
            w.key(u"versionAfter");
            w.integer(change.versionAfter);
            w.key(u"comment");
            w.string(change.comment);
            w.key(u"revertOf");
            w.integer(change.revertOf);
            if (!change.before.isEmpty()) {
                w.key(u"before");
                w.value(storedState(change.before));
            }
            if (!change.after.isEmpty()) {
                w.key(u"after");
                w.value(storedState(change.after));
            }
            w.endObject();
        }
        w.endArray();
        out << QString::fromUtf8(w.finish());
        return ExitSuccess;
    }
    for (const Change &change : *changes) {
        QString line = QString::number(change.id) + u"  "_s + isoTime(change.time) + u"  "_s
            + change.actor + u"  "_s + objectKindName(change.kind) + u' ' + change.key
            + u"  "_s + versions(change);
        if (change.revertOf != 0)
            line += u"  "_s + tr("(reverts %1)").arg(change.revertOf);
        if (!change.comment.isEmpty())
            line += u"  "_s + change.comment;
        out << line << '\n';
    }
    return ExitSuccess;
}

int DbCommands::revert(const QStringList &arguments, const QString &database, QTextStream &out,
                       QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Revert one change of the history. The revert is a change of its own; it is refused when the object has changed since."));
    parser.addHelpOption();
    parser.addOption({u"comment"_s, tr("Comment stored with the revert in the history."), u"TEXT"_s});
    parser.addPositionalArgument(u"change"_s, tr("The id of the change (see pennonctl history)"), u"CHANGE_ID"_s);
    if (!parser.parse(arguments))
        return usageError(err, parser.errorText(), u"revert"_s);
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return ExitSuccess;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(err, tr("revert takes exactly one CHANGE_ID"), u"revert"_s);
    bool ok = false;
    const qint64 id = parser.positionalArguments().first().toLongLong(&ok);
    if (!ok || id < 1)
        return usageError(err, tr("a change id is a whole number of 1 or more, not '%1'").arg(parser.positionalArguments().first()), u"revert"_s);

    int exitCode = ExitSuccess;
    std::unique_ptr<WorkspaceRepository> repository = WorkspaceSource::openRepository(database, err, &exitCode);
    if (!repository)
        return exitCode;
    StorageError error;
    const std::optional<Change> change = repository->revert(id, parser.value(u"comment"_s), &error);
    if (!change) {
        if (error.kind == StorageError::Kind::NotFound) {
            err << tr("pennonctl: unknown change %1").arg(id) << '\n';
            return ExitBadInput;
        }
        return WorkspaceSource::reportStorageError(error, err);
    }
    out << tr("reverted change %1 as change %2: %3 %4 %5")
               .arg(QString::number(id), QString::number(change->id), objectKindName(change->kind),
                    change->key, versions(*change))
        << '\n';
    return ExitSuccess;
}

} // namespace Pennon
