// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "simulationcommand.h"

#include "personacommand.h"

#include <QStringList>

namespace Pennon {

using namespace Qt::StringLiterals;

QString SimulationCommand::simulateLine(const QString &database, const QString &environment, const QString &flag,
                                        const SimulationOptions &options, const QString &csvPath, bool byRule)
{
    const auto word = &PersonaCommand::shellWord;
    QStringList words{u"pennonctl"_s};
    if (!database.isEmpty())
        words << u"--db"_s << word(database);
    words << u"simulate"_s << u"--env"_s << word(environment) << u"--flag"_s << word(flag);
    if (!csvPath.isEmpty()) {
        words << u"--csv"_s << word(csvPath);
    } else {
        words << u"--users"_s << QString::number(options.users) << u"--id-pattern"_s << word(options.idPattern)
              << u"--id-attribute"_s << word(options.idAttribute);
        for (const AttributeGenerator &generator : options.generators)
            words << u"--attribute"_s << word(generator.spec());
    }
    if (byRule)
        words << u"--by-rule"_s;
    return words.join(u' ');
}

} // namespace Pennon
