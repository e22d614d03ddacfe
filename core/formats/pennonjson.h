// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/workspace.h"
#include "validation/problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace Pennon {

/// Pennon JSON, the lossless native format: {"format": "pennon", "version": 1, ...}.
/// Writing is deterministic: write, read, write gives identical bytes. Reading checks the
/// structure (types, names, unknown fields) and then validates the whole workspace; any
/// problem means no result at all.
class PennonJson final
{
    Q_DECLARE_TR_FUNCTIONS(PennonJson)
public:
    static constexpr int FormatVersion = 1;

    static QByteArray write(const Workspace &workspace);
    /// A workspace, or nullopt with every problem found (JSON paths included).
    static std::optional<Workspace> read(const QByteArray &bytes, Problems *problems);
    /// Structure only, no semantic validation (for tools that report both separately).
    static std::optional<Workspace> decode(const QByteArray &bytes, Problems *problems);

    /// One flag as a JSON object (top-level key, name, description, version, ...).
    static QJsonObject flagToJson(const Flag &flag);
    static QByteArray writeFlag(const Flag &flag);
    /// Decodes one flag (its "version" may be left out: 0); problems get paths below pathPrefix.
    static std::optional<Flag> flagFromJson(const QJsonValue &value, const QString &pathPrefix,
                                            Problems *problems);

    /// The other objects of a workspace, one at a time (the audit history stores them so).
    static QByteArray writeEnvironment(const Environment &environment);
    static QByteArray writeActivation(const Activation &activation);
    static QByteArray writeSegment(const Segment &segment);
    static QByteArray writePersona(const Persona &persona);
    static std::optional<Environment> environmentFromJson(const QJsonValue &value, const QString &path,
                                                          Problems *problems);
    static std::optional<Activation> activationFromJson(const QJsonValue &value, const QString &path,
                                                        Problems *problems);
    static std::optional<Segment> segmentFromJson(const QJsonValue &value, const QString &path,
                                                  Problems *problems);
    /// A persona (its "version" may be left out: 0); structure only, see Validator::validatePersona.
    static std::optional<Persona> personaFromJson(const QJsonValue &value, const QString &path,
                                                  Problems *problems);
    /// A persona's attributes, [{"name", "type", "value"}...], as compact one-line JSON text
    /// (storage and the settings keep them so), and back.
    static QByteArray personaAttributesText(const QList<PersonaAttribute> &attributes);
    static std::optional<QList<PersonaAttribute>> personaAttributesFromJson(const QJsonValue &value,
                                                                           const QString &path,
                                                                           Problems *problems);

    static QJsonObject conditionToJson(const Condition &condition);
    /// One condition or serve as compact one-line JSON text (storage keeps them as text).
    static QByteArray conditionText(const Condition &condition);
    static QByteArray serveText(const Serve &serve);
    static std::optional<Serve> serveFromJson(const QJsonValue &value, const QString &path,
                                              Problems *problems);
    static std::optional<Condition> conditionFromJson(const QJsonValue &value,
                                                      const QString &path, Problems *problems);
};

} // namespace Pennon
