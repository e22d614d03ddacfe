// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "commandline.h"

#include "cli/pennonctl.h"

namespace Pennon {

using namespace Qt::StringLiterals;

CommandLine::CommandLine(const QString &command, QTextStream &out, QTextStream &err)
    : m_command(command), m_out(out), m_err(err)
{
    m_parser.addHelpOption();
}

std::optional<int> CommandLine::parse(const QStringList &arguments, qsizetype maxPositionals)
{
    if (!m_parser.parse(arguments))
        return usage(m_parser.errorText());
    if (m_parser.isSet(u"help"_s)) {
        m_out << m_parser.helpText();
        return int(ExitSuccess);
    }
    const QStringList positionals = m_parser.positionalArguments();
    if (positionals.size() > maxPositionals)
        return usage(tr("unexpected argument '%1'").arg(positionals.at(maxPositionals)));
    return std::nullopt;
}

int CommandLine::usage(const QString &message) const
{
    m_err << tr("pennonctl: %1").arg(message) << '\n'
          << tr("Try 'pennonctl %1 --help' for more information.").arg(m_command) << '\n';
    return ExitBadInput;
}

} // namespace Pennon
