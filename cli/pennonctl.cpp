// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "pennonctl.h"

#include "validation/validator.h"

#include "cli/dbcommands.h"
#include "cli/evalcommand.h"
#include "cli/exportcommand.h"
#include "cli/flagcommand.h"
#include "cli/importcommand.h"
#include "cli/inputfile.h"
#include "cli/impactcommand.h"
#include "cli/simulatecommand.h"
#include "formats/pennonjson.h"

#include <QCommandLineParser>

namespace Pennon {

using namespace Qt::StringLiterals;

PennonCtl::PennonCtl(QTextStream &out, QTextStream &err)
    : m_out(out), m_err(err)
{
}

QString PennonCtl::helpText() const
{
    // One message per line or description, so that adding a command touches only its own
    // lines in the translations. Option syntax is not translated.
    struct Command {
        const char *name;
        QString description;
        const char *synopsis;
    };
    const Command commands[] = {
        {"validate FILE|-", tr("check a Pennon JSON workspace; one line per problem"), nullptr},
        {"eval", tr("evaluate flags for contexts (JSON Lines out)"),
         "[--from FILE [--format native|unleash|flagd]] [--env ENV] [--flag KEY]\n"
         "(--context JSON | --contexts FILE.jsonl|-) [--dialect native|unleash] [--trace]"},
        {"simulate", tr("one flag over many users: observed vs configured split"),
         "[--from FILE [--format F]] [--env ENV] --flag KEY (--users N | --csv FILE)\n"
         "[--id-pattern 'user-{n}'] [--id-attribute ATTR] [--attributes JSON]\n"
         "[--attribute NAME=GENERATOR]... [--threads T] [--by-rule]"},
        {"impact", tr("one flag, the same users, two configurations: who changes variation"),
         "[--from FILE [--format F]] [--env ENV] --flag KEY (--to FILE [--to-format F] | --to-env ENV2)\n"
         "(--users N | --csv FILE) [user options as simulate] [--samples N]"},
        {"export", tr("write the workspace as Pennon JSON, flagd, Unleash or CSV (deterministic bytes)"),
         "[--from FILE [--from-format native|unleash|flagd]] [--format native|flagd|unleash|csv] [--env ENV]\n"
         "[--lenient] [--with-versions] [-o FILE]"},
        {"init", tr("create or migrate the database's schema (idempotent)"), nullptr},
        {"import", tr("validate a workspace file, then write it in one transaction"),
         "[--format native|unleash|flagd] [--env ENV] [--dry-run] [--replace] [--comment TEXT] FILE|-"},
        {"flag list", tr("the flags: key, type, on/off per environment, name"), "[--json]"},
        {"flag get KEY", tr("Pennon JSON of one flag, all environments, with \"version\""), nullptr},
        {"flag put FILE|-", tr("create or update one flag; a \"version\" field makes it conditional"),
         "[--comment TEXT]"},
        {"history [KEY]", tr("the audit history, newest first"), "[--json] [--limit N]"},
        {"revert CHANGE_ID", tr("undo one change (recorded as a change of its own)"), "[--comment TEXT]"},
    };
    const auto row = [](const QString &left, const QString &right) -> QString {
        return u"  "_s + left.leftJustified(18) + u' ' + right + u'\n';
    };
    QString text = tr("Usage: pennonctl [--db URL] COMMAND ...") + u"\n\n"_s
        + tr("Pennon's headless tool: validate, evaluate, import and export feature flags.") + u"\n\n"_s
        + tr("Commands:") + u'\n';
    for (const Command &command : commands) {
        text += row(QString::fromLatin1(command.name), command.description);
        if (command.synopsis) {
            for (const QString &line : QString::fromLatin1(command.synopsis).split(u'\n'))
                text += u"      "_s + line + u'\n';
        }
    }
    text += u'\n' + tr("'pennonctl COMMAND --help' describes a command's options.") + u"\n\n"_s
        + tr("Options:") + u'\n'
        + row(u"--db URL"_s, tr("workspace database (sqlite:PATH or postgresql://...); default $PENNON_DB, else the per-user workspace"))
        + row(u"-h, --help"_s, tr("show this help"))
        + row(u"-v, --version"_s, tr("show the version"))
        + u'\n' + tr("Exit codes: 0 success, 1 runtime failure, 2 bad input, 3 conflict.") + u'\n';
    return text;
}

int PennonCtl::usage(const QString &message)
{
    m_err << tr("pennonctl: %1").arg(message) << '\n'
          << tr("Try 'pennonctl --help' for more information.") << '\n';
    m_err.flush();
    return ExitBadInput;
}

int PennonCtl::run(const QStringList &arguments)
{
    // Global options come before the command; everything after it belongs to the command.
    qsizetype i = 1;
    for (; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"-h" || arg == u"--help" || arg == u"help") {
            m_out << helpText();
            return ExitSuccess;
        }
        if (arg == u"-v" || arg == u"--version") {
            m_out << "pennonctl " << QStringLiteral(PENNON_VERSION) << '\n';
            return ExitSuccess;
        }
        if (arg == u"--db") {
            if (i + 1 >= arguments.size())
                return usage(tr("option --db needs a database URL"));
            m_db = arguments.at(++i);
            continue;
        }
        if (arg.startsWith(u"--db=")) {
            m_db = arg.mid(5);
            continue;
        }
        if (arg.startsWith(u'-') && arg != u"-")
            return usage(tr("unknown option '%1'").arg(arg));
        break;
    }
    if (i >= arguments.size())
        return usage(tr("no command given"));
    const QString command = arguments.at(i);
    const QStringList rest = arguments.mid(i); // rest[0] is the command
    if (command == u"validate")
        return commandValidate(rest);
    if (command == u"eval")
        return EvalCommand::run(rest, m_db, m_out, m_err);
    if (command == u"simulate")
        return SimulateCommand::run(rest, m_db, m_out, m_err);
    if (command == u"impact")
        return ImpactCommand::run(rest, m_db, m_out, m_err);
    if (command == u"export")
        return ExportCommand::run(rest, m_db, m_out, m_err);
    if (command == u"init")
        return DbCommands::init(rest, m_db, m_out, m_err);
    if (command == u"import")
        return ImportCommand::run(rest, m_db, m_out, m_err);
    if (command == u"flag")
        return FlagCommand::run(rest, m_db, m_out, m_err);
    if (command == u"history")
        return DbCommands::history(rest, m_db, m_out, m_err);
    if (command == u"revert")
        return DbCommands::revert(rest, m_db, m_out, m_err);
    return usage(tr("unknown command '%1'").arg(command));
}

int PennonCtl::commandValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check a Pennon JSON workspace file."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"file"_s, tr("Pennon JSON file, or - for standard input"));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        m_out << parser.helpText();
        return ExitSuccess;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usage(tr("validate takes exactly one FILE (or - for standard input)"));

    const InputFile input = InputFile::read(files.first());
    if (!input.error.isEmpty()) {
        m_err << tr("pennonctl: %1").arg(input.error) << '\n';
        return ExitFailure;
    }
    Problems problems;
    const std::optional<Workspace> workspace = PennonJson::read(input.bytes, &problems);
    if (!workspace) {
        for (const Problem &problem : std::as_const(problems))
            m_out << input.displayName << ':' << problem.toString() << '\n';
        m_out.flush();
        return ExitBadInput;
    }
    const QStringList counts = {
        tr("%n environment(s)", nullptr, int(workspace->environments.size())),
        tr("%n flag(s)", nullptr, int(workspace->flags.size())),
        tr("%n activation(s)", nullptr, int(workspace->activations.size())),
        tr("%n segment(s)", nullptr, int(workspace->segments.size())),
    };
    m_out << tr("%1: valid Pennon workspace: %2").arg(input.displayName, counts.join(u", ")) << '\n';
    // What an import kept as its source evaluates it: valid, but worth a word.
    for (const Problem &warning : Validator::warnings(*workspace))
        m_out << tr("%1:%2: warning: %3").arg(input.displayName, warning.path, warning.message) << '\n';
    return ExitSuccess;
}

} // namespace Pennon
