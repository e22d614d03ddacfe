// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "evalcommand.h"

#include "cli/inputfile.h"
#include "cli/commandline.h"
#include "cli/pennonctl.h"
#include "cli/workspacesource.h"
#include "engine/engine.h"
#include "engine/unleashdialect.h"
#include "json/jsonreader.h"
#include "json/jsonwriter.h"

#include <QCommandLineParser>
#include <QJsonObject>

#include <QJsonDocument>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

void writeTrace(JsonWriter &w, const Trace &trace)
{
    w.key(u"trace");
    w.beginArray();
    for (const QJsonValue &step : trace.toJson()) {
        // Steps in a fixed, readable order rather than QJsonObject's sorted one.
        const QJsonObject o = step.toObject();
        w.beginObject();
        for (const char16_t *field : {u"step", u"depth", u"what", u"attribute", u"seen", u"bucket", u"detail", u"outcome"}) {
            const QString name = QString::fromUtf16(field);
            if (o.contains(name)) {
                w.key(name);
                w.value(o.value(name));
            }
        }
        w.endObject();
    }
    w.endArray();
}

QByteArray nativeLine(const Engine &engine, int flagIndex, const QString &flagKey,
                      const EvaluationResult &result, const Trace *trace)
{
    JsonWriter w(JsonWriter::Compact);
    w.beginObject();
    w.key(u"flag");
    w.string(flagIndex >= 0 ? engine.flag(flagIndex).key : flagKey);
    w.key(u"variation");
    if (result.variation >= 0)
        w.string(engine.variationKey(result));
    else
        w.null();
    w.key(u"value");
    if (result.variation >= 0)
        w.value(engine.value(result));
    else
        w.null();
    w.key(u"reason");
    w.string(reasonName(result.reason));
    if (result.error != ErrorCode::None) {
        w.key(u"errorCode");
        w.string(errorCodeName(result.error));
    }
    if (result.rule >= 0) {
        w.key(u"rule");
        w.beginObject();
        w.key(u"index");
        w.integer(result.rule);
        w.key(u"id");
        w.string(engine.ruleId(result));
        w.endObject();
    }
    if (trace)
        writeTrace(w, *trace);
    w.endObject();
    return w.finish();
}

} // namespace

int EvalCommand::run(const QStringList &arguments, const QString &database, QTextStream &out,
                     QTextStream &err)
{
    CommandLine cli(u"eval"_s, out, err);
    QCommandLineParser &parser = cli.parser();
    parser.setApplicationDescription(tr("Evaluate flags for contexts; one JSON object per line for each (context, flag) pair, in input order."));
    WorkspaceSource::addOptions(&parser);
    parser.addOption({u"flag"_s, tr("Evaluate this flag only (default: every flag)."), u"KEY"_s});
    parser.addOption({u"context"_s, tr("One context as a JSON object."), u"JSON"_s});
    parser.addOption({u"contexts"_s, tr("Contexts as JSON Lines, one object per line (- for standard input)."), u"FILE"_s});
    parser.addOption({u"persona"_s, tr("The context of a persona saved in the workspace (Simulate ▸ Persona…)."), u"KEY"_s});
    parser.addOption({u"dialect"_s, tr("native (default) or unleash: Unleash-shaped contexts and answers."), u"DIALECT"_s, u"native"_s});
    parser.addOption({u"trace"_s, tr("Add the trace of every rule and condition visited.")});
    if (const std::optional<int> done = cli.parse(arguments, 0))
        return *done;
    const QString dialect = parser.value(u"dialect"_s);
    if (dialect != u"native" && dialect != u"unleash")
        return cli.usage(tr("unknown dialect '%1' (expected native or unleash)").arg(dialect));
    const bool unleash = dialect == u"unleash";
    if (int(parser.isSet(u"context"_s)) + int(parser.isSet(u"contexts"_s)) + int(parser.isSet(u"persona"_s)) != 1)
        return cli.usage(tr("give exactly one of --context JSON, --contexts FILE and --persona KEY"));
    if (unleash && parser.isSet(u"trace"_s))
        return cli.usage(tr("--trace is available in the native dialect only"));

    // Read every context first, so that a bad line is reported before any output.
    QList<Context> contexts;
    QStringList problems; // "LINE:/pointer: reason", LINE only for --contexts
    const auto parseContext = [&](const QByteArray &bytes, int line) {
        const QString prefix = line > 0 ? QString::number(line) + u':' : QString();
        Problems found;
        Problem problem;
        const std::optional<QJsonValue> json = JsonReader::parse(bytes, &problem);
        if (!json)
            found.append(problem);
        const std::optional<Context> context = !json ? std::nullopt
            : unleash ? Context::fromUnleashJson(*json, QString(), &found)
                      : Context::fromJson(*json, QString(), &found);
        if (context)
            contexts.append(*context);
        for (const Problem &p : std::as_const(found))
            problems.append(prefix + p.toString());
    };
    QString inputName = u"--context"_s;
    if (parser.isSet(u"context"_s)) {
        parseContext(parser.value(u"context"_s).toUtf8(), 0);
    } else if (parser.isSet(u"persona"_s)) {
        // Read with the workspace, below.
    } else {
        const InputFile input = InputFile::read(parser.value(u"contexts"_s));
        if (!input.error.isEmpty()) {
            err << tr("pennonctl: %1").arg(input.error) << '\n';
            return ExitFailure;
        }
        inputName = input.displayName;
        const QList<QByteArray> lines = input.bytes.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            if (line.isEmpty())
                continue; // blank lines (and the final newline) carry no context
            parseContext(line, int(i + 1));
        }
    }
    if (!problems.isEmpty()) {
        for (const QString &problem : std::as_const(problems))
            err << inputName << ':' << problem << '\n';
        return ExitBadInput;
    }

    int exitCode = ExitSuccess;
    const std::optional<WorkspaceSource::Loaded> loaded = WorkspaceSource::load(parser, database, err, &exitCode);
    if (!loaded)
        return exitCode;
    if (parser.isSet(u"persona"_s)) {
        const QString key = parser.value(u"persona"_s);
        const Persona *persona = loaded->workspace.persona(key);
        if (!persona) {
            QStringList keys;
            for (const Persona &saved : loaded->workspace.personas)
                keys.append(saved.key);
            err << tr("pennonctl: no persona '%1' in the workspace (saved personas: %2)")
                           .arg(key, keys.isEmpty() ? tr("none") : keys.join(u", "_s))
                << '\n';
            return ExitBadInput;
        }
        parseContext(QJsonDocument(persona->contextJson()).toJson(QJsonDocument::Compact), 0);
        if (!problems.isEmpty()) {
            for (const QString &problem : std::as_const(problems))
                err << u"--persona "_s << key << ':' << problem << '\n';
            return ExitBadInput;
        }
    }
    const std::shared_ptr<const Engine> engine = WorkspaceSource::compile(*loaded, err);

    QList<int> flags;
    QString requestedKey;
    if (parser.isSet(u"flag"_s)) {
        requestedKey = parser.value(u"flag"_s);
        flags.append(engine->flagIndex(requestedKey));
    } else {
        for (int i = 0; i < engine->flagCount(); ++i) {
            if (!engine->flag(i).archived)
                flags.append(i);
        }
    }
    const bool wantTrace = parser.isSet(u"trace"_s);
    for (const Context &context : std::as_const(contexts)) {
        const BoundContext bound = engine->bind(context);
        for (const int flagIndex : std::as_const(flags)) {
            Trace trace;
            const EvaluationResult result = engine->evaluate(flagIndex, bound, wantTrace ? &trace : nullptr);
            if (unleash)
                out << UnleashDialect::answerLine(*engine, result, requestedKey);
            else
                out << nativeLine(*engine, flagIndex, requestedKey, result, wantTrace ? &trace : nullptr);
        }
    }
    return ExitSuccess;
}

} // namespace Pennon
