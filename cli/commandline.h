// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <limits>
#include <optional>

namespace Pennon {

/// What every pennonctl command does with its arguments: parse them, answer --help, and
/// report a usage error with a pointer to the command's help (exit code 2).
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    /// command as users type it ("eval", "flag put").
    CommandLine(const QString &command, QTextStream &out, QTextStream &err);

    /// For commands that check their positional arguments themselves.
    static constexpr qsizetype AnyPositionals = std::numeric_limits<qsizetype>::max();

    QCommandLineParser &parser() { return m_parser; }

    /// Parses arguments (the first is the command itself). Returns the exit code to end with
    /// when the command should not go on (help shown: 0; usage error reported: 2), else
    /// nullopt. Positional arguments beyond maxPositionals are a usage error.
    std::optional<int> parse(const QStringList &arguments, qsizetype maxPositionals = 0);
    /// Reports a usage error and returns the exit code for it.
    int usage(const QString &message) const;

private:
    QString m_command;
    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser m_parser;
};

} // namespace Pennon
