// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "useroptions.h"

#include "cli/commandline.h"
#include "cli/inputfile.h"
#include "cli/pennonctl.h"
#include "formats/csvcontexts.h"
#include "json/jsonreader.h"

namespace Pennon {

using namespace Qt::StringLiterals;

void UserOptions::addOptions(QCommandLineParser *parser)
{
    parser->addOption({u"users"_s, tr("Number of synthetic users."), u"N"_s});
    parser->addOption({u"id-pattern"_s, tr("Synthetic ids; {n} runs from 0 to N-1 (default user-{n})."), u"PATTERN"_s, u"user-{n}"_s});
    parser->addOption({u"id-attribute"_s, tr("Attribute that receives the id (default userId)."), u"ATTR"_s, u"userId"_s});
    parser->addOption({u"attributes"_s, tr("Constant attributes for every user, as a JSON object."), u"JSON"_s});
    parser->addOption({u"attribute"_s, tr("An attribute generated per user (repeatable): NAME=VALUE, NAME=choice(A:3,B:1), NAME=range(LOW,HIGH) or NAME=version(LOW,HIGH)."), u"NAME=GENERATOR"_s});
    parser->addOption({u"csv"_s, tr("Real contexts from a CSV file whose header row names the attributes."), u"FILE"_s});
    parser->addOption({u"threads"_s, tr("Worker threads (default: all cores)."), u"T"_s});
}

std::optional<int> UserOptions::read(const CommandLine &cli, const QCommandLineParser &parser,
                                     QTextStream &err, SimulationOptions *options)
{
    if (parser.isSet(u"users"_s) == parser.isSet(u"csv"_s))
        return cli.usage(tr("give exactly one of --users N and --csv FILE"));
    if (parser.isSet(u"users"_s)) {
        bool ok = false;
        options->users = parser.value(u"users"_s).toLongLong(&ok);
        if (!ok || options->users < 1 || options->users > 1'000'000'000'000LL)
            return cli.usage(tr("--users must be a whole number from 1 to 10^12, not '%1'").arg(parser.value(u"users"_s)));
    }
    if (parser.isSet(u"threads"_s)) {
        bool ok = false;
        options->threads = parser.value(u"threads"_s).toInt(&ok);
        if (!ok || options->threads < 1 || options->threads > 1024)
            return cli.usage(tr("--threads must be a whole number from 1 to 1024, not '%1'").arg(parser.value(u"threads"_s)));
    }
    options->idPattern = parser.value(u"id-pattern"_s);
    if (parser.isSet(u"users"_s) && !options->idPattern.contains(u"{n}"))
        return cli.usage(tr("--id-pattern must contain {n}, not '%1'").arg(options->idPattern));
    options->idAttribute = parser.value(u"id-attribute"_s);
    if (options->idAttribute.isEmpty())
        return cli.usage(tr("--id-attribute must not be empty"));
    for (const QString &spec : parser.values(u"attribute"_s)) {
        QString error;
        const std::optional<AttributeGenerator> generator = AttributeGenerator::parse(spec, &error);
        if (!generator)
            return cli.usage(u"--attribute "_s + error);
        options->generators.append(*generator);
    }
    if (parser.isSet(u"attributes"_s)) {
        Problem problem;
        const std::optional<QJsonValue> json = JsonReader::parse(parser.value(u"attributes"_s).toUtf8(), &problem);
        Problems problems;
        if (!json)
            problems.append(problem);
        const std::optional<Context> constants = json ? Context::fromJson(*json, QString(), &problems) : std::nullopt;
        if (!constants) {
            for (const Problem &p : std::as_const(problems))
                err << u"--attributes:"_s << p.toString() << '\n';
            return ExitBadInput;
        }
        options->constants = *constants;
    }
    if (parser.isSet(u"csv"_s)) {
        const InputFile input = InputFile::read(parser.value(u"csv"_s));
        if (!input.error.isEmpty()) {
            err << tr("pennonctl: %1").arg(input.error) << '\n';
            return ExitFailure;
        }
        Problems problems;
        options->contexts = CsvContexts::readCsv(input.bytes, &problems);
        if (!options->contexts) {
            for (const Problem &problem : std::as_const(problems))
                err << input.displayName << ':' << problem.toString() << '\n';
            return ExitBadInput;
        }
    }
    return std::nullopt;
}

} // namespace Pennon
