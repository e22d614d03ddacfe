// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/persona.h"
#include "validation/problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>

#include <optional>

namespace Pennon {

/// Personas from a file of contexts (Simulate ▸ Persona… ▸ Import…), one per row or line:
///
/// - **CSV**, as `pennonctl simulate --csv` reads it (CsvContexts): a header row of attribute
///   names, every cell a string attribute, an empty cell absent;
/// - **JSONL**: one native context object per line (`{"userId": "u-1", "age": 31,
///   "beta": true}`), typed by its JSON types (a number is a number attribute, true/false a
///   boolean, a list of strings its comma-joined text); blank lines are skipped.
///
/// The id attribute (userId) becomes the persona's user id and its name (else "Row N"),
/// currentTime its moment. Keys are made from the names: lower case, runs of anything but
/// letters, digits, '-', '_' and '.' as one '-', unique against `taken` and each other
/// (a -2, -3, ... suffix).
class PersonaImport final
{
    Q_DECLARE_TR_FUNCTIONS(PersonaImport)
public:
    enum class Format { Csv, Jsonl };
    /// Csv for a name ending in .csv (any case), else Jsonl.
    static Format formatOf(const QString &fileName);
    /// The personas in file order, or nullopt with every problem (line and column named).
    static std::optional<QList<Persona>> read(const QByteArray &bytes, Format format,
                                              const QSet<QString> &taken, Problems *problems);
    /// A key from a name, unique against taken (which it joins).
    static QString keyFor(const QString &name, QSet<QString> *taken);
};

} // namespace Pennon
