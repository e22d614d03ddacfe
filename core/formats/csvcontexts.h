// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "engine/context.h"
#include "validation/problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Pennon {

/// Evaluation contexts from CSV (RFC 4180), one per row, for the simulator and `pennonctl
/// simulate --csv`:
///
///     userId,country,appVersion
///     alice,DE,2.3.0
///     "smith, bob",,2.4.1
///
/// The first row names the attributes (names are trimmed; empty or repeated names are
/// errors). Every cell is a string attribute; an empty cell means the attribute is absent
/// (quoted or not, so that files whose writer quotes every cell read the same). Cells may be
/// quoted with `"`, contain commas and line breaks when quoted, and write a quote as `""`.
/// Lines end in CRLF or LF; blank lines are skipped; a UTF-8 byte order mark is ignored.
class CsvContexts final
{
    Q_DECLARE_TR_FUNCTIONS(CsvContexts)
public:
    /// The contexts in row order, or nullopt with every problem found. Messages name the line
    /// and column (1-based, columns in characters) where reading failed: "line 4, column 7: ...".
    static std::optional<QList<Context>> readCsv(const QByteArray &bytes, Problems *problems);
};

} // namespace Pennon
