// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

// Helpers shared by the export tests: workspaces written as Pennon JSON fragments, and JSON
// compared in one normal form.

#include "formats/pennonjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace ExportTest {

/// Parses JSON text (any value), failing the whole test run on a typo in a row.
inline QJsonValue json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in a test row: %s in %s", qPrintable(error.errorString()), text.constData());
    return document.array().at(0);
}

/// One normal form (compact, keys sorted) for comparing JSON values.
inline QString compact(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

inline QString problemsText(const Pennon::Problems &problems)
{
    QStringList lines;
    for (const Pennon::Problem &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

/// A workspace from Pennon JSON: flags (a JSON array of flag objects, "version" may be left
/// out), segments and activations; environments `prod` (and `dev` when twoEnvironments).
inline Pennon::Workspace workspace(const QByteArray &flags, const QByteArray &segments = "[]",
                                   const QByteArray &activations = "[]", bool twoEnvironments = false)
{
    QJsonArray flagArray = json(flags).toArray();
    for (qsizetype i = 0; i < flagArray.size(); ++i) {
        QJsonObject flag = flagArray.at(i).toObject();
        if (!flag.contains(QStringLiteral("version")))
            flag.insert(QStringLiteral("version"), 0);
        flagArray[i] = flag;
    }
    const QByteArray environments = twoEnvironments
        ? R"([{"key": "prod", "name": "Production"}, {"key": "dev", "name": "Development"}])"
        : R"([{"key": "prod", "name": "Production"}])";
    const QByteArray text = "{\"format\": \"pennon\", \"version\": 1, \"environments\": " + environments
        + ", \"activations\": " + activations + ", \"segments\": " + segments + ", \"flags\": "
        + QJsonDocument(flagArray).toJson(QJsonDocument::Compact) + "}";
    Pennon::Problems problems;
    const std::optional<Pennon::Workspace> result = Pennon::PennonJson::read(text, &problems);
    if (!result)
        qFatal("bad workspace in a test row: %s", qPrintable(problemsText(problems)));
    return *result;
}

} // namespace ExportTest
