// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "sqlrows.h"

#include "formats/pennonjson.h"
#include "json/jsonreader.h"
#include "json/jsonwriter.h"
#include "sqlcursor.h"

#include <QSqlDatabase>
#include <QVariant>

namespace Pennon {

namespace {

/// Never bind a null QString: drivers send NULL for it, which NOT NULL columns refuse.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant text(const QByteArray &utf8)
{
    return QVariant(QString::fromUtf8(utf8));
}

QByteArray valueText(const QJsonValue &value)
{
    JsonWriter w(JsonWriter::Compact);
    w.value(value);
    return w.finish().trimmed();
}

QVariant activationKey(const Condition &condition)
{
    if (const auto *ref = std::get_if<ActivationRef>(&condition))
        return ref->key;
    return QVariant(QMetaType::fromType<QString>());
}

QSqlError corrupt(const QString &what, const QString &detail)
{
    return QSqlError(SqlRows::tr("the stored %1 cannot be read: %2").arg(what, detail), QString(),
                     QSqlError::UnknownError);
}

/// The persona's moment as stored: ISO 8601 UTC text, or NULL.
QVariant personaMoment(const Persona &persona)
{
    if (!persona.currentTime)
        return QVariant(QMetaType::fromType<QString>());
    return persona.currentTime->toUTC().toString(Qt::ISODateWithMs);
}

/// Parses stored texts, each distinct text once: a workspace repeats the same serves and
/// conditions thousands of times. Keyed by the stored UTF-8 bytes; the short texts that repeat
/// (rule ids, environment and variation keys) are shared as one QString each.
class TextCache final
{
public:
    std::optional<Condition> condition(QByteArrayView text, QSqlError *error)
    {
        return cached(m_conditions, text, QT_TRANSLATE_NOOP("SqlRows", "condition"), error,
                      [](const QJsonValue &json, Problems *problems) {
                          return PennonJson::conditionFromJson(json, QString(), problems);
                      });
    }
    std::optional<Serve> serve(QByteArrayView text, QSqlError *error)
    {
        return cached(m_serves, text, QT_TRANSLATE_NOOP("SqlRows", "serve"), error,
                      [](const QJsonValue &json, Problems *problems) {
                          return PennonJson::serveFromJson(json, QString(), problems);
                      });
    }
    std::optional<QJsonValue> value(QByteArrayView text, QSqlError *error)
    {
        return cached(m_values, text, QT_TRANSLATE_NOOP("SqlRows", "variation value"), error,
                      [](const QJsonValue &json, Problems *) { return std::optional(json); });
    }
    QString string(QByteArrayView text)
    {
        const QByteArray key = QByteArray::fromRawData(text.data(), text.size());
        const auto it = m_strings.constFind(key);
        if (it != m_strings.cend())
            return *it;
        const QString value = QString::fromUtf8(text);
        m_strings.insert(text.toByteArray(), value);
        return value;
    }

private:
    /// The decoded form of a stored JSON text, decoded once per distinct text.
    template<typename T, typename Decode>
    static std::optional<T> cached(QHash<QByteArray, T> &cache, QByteArrayView text,
                                   const char *what, QSqlError *error, Decode decode)
    {
        const auto it = cache.constFind(QByteArray::fromRawData(text.data(), text.size()));
        if (it != cache.cend())
            return *it;
        const QByteArray owned = text.toByteArray();
        Problem problem;
        Problems problems;
        std::optional<T> decoded;
        if (const auto json = JsonReader::parse(owned, &problem))
            decoded = decode(*json, &problems);
        else
            problems.append(problem);
        if (!decoded) {
            *error = corrupt(SqlRows::tr(what), problems.isEmpty() ? QString()
                                                                   : problems.constFirst().toString());
            return std::nullopt;
        }
        cache.insert(owned, *decoded);
        return decoded;
    }

    QHash<QByteArray, Condition> m_conditions;
    QHash<QByteArray, Serve> m_serves;
    QHash<QByteArray, QJsonValue> m_values;
    QHash<QByteArray, QString> m_strings;
};

} // namespace

SqlRows::SqlRows(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

SqlRows::~SqlRows() = default;

void SqlRows::clear()
{
    m_statements.clear();
    m_batches.clear();
}

void SqlRows::setStamp(const QString &time, const QString &actor)
{
    m_time = time;
    m_actor = actor;
}

QSqlQuery &SqlRows::statement(const char *sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_shared<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        q->prepare(QString::fromLatin1(sql));
        it = m_statements.insert(sql, q);
    }
    return **it;
}

bool SqlRows::run(QSqlQuery &q, QSqlError *error)
{
    if (!q.exec()) {
        *error = q.lastError();
        return false;
    }
    return true;
}

std::optional<Workspace> SqlRows::load(QSqlError *error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Workspace workspace;
    TextCache cache;
    // Every query reads its table in one ordered pass; a cursor that ended on an error fails
    // the load.
    std::unique_ptr<SqlCursor> q;
    const auto select = [&](const char *sql) {
        q = SqlCursor::select(db, sql, error);
        return q != nullptr;
    };
    const auto finished = [&]() {
        if (!q->error().isValid())
            return true;
        *error = q->error();
        return false;
    };

    if (!select("SELECT key, name, protected, version FROM environments ORDER BY position, key"))
        return std::nullopt;
    while (q->next())
        workspace.environments.append({cache.string(q->text(0)), q->string(1), q->boolean(2),
                                       q->integer(3)});
    if (!finished())
        return std::nullopt;

    if (!select("SELECT key, name, description, condition, version FROM activations"
                " ORDER BY position, key"))
        return std::nullopt;
    while (q->next()) {
        auto condition = cache.condition(q->text(3), error);
        if (!condition)
            return std::nullopt;
        workspace.activations.append({q->string(0), q->string(1), q->string(2), *condition,
                                      q->integer(4)});
    }
    if (!finished())
        return std::nullopt;

    {
        if (!select("SELECT key, name, description, version FROM segments ORDER BY position, key"))
            return std::nullopt;
        QHash<QByteArray, qsizetype> index;
        while (q->next()) {
            index.insert(q->text(0).toByteArray(), workspace.segments.size());
            workspace.segments.append({q->string(0), q->string(1), q->string(2), {}, q->integer(3)});
        }
        if (!finished())
            return std::nullopt;
        if (!select("SELECT segment, condition FROM segment_conditions ORDER BY segment, position"))
            return std::nullopt;
        while (q->next()) {
            const QByteArrayView segment = q->text(0);
            const qsizetype i = index.value(QByteArray::fromRawData(segment.data(), segment.size()), -1);
            auto condition = cache.condition(q->text(1), error);
            if (!condition)
                return std::nullopt;
            if (i >= 0)
                workspace.segments[i].conditions.append(*condition);
        }
        if (!finished())
            return std::nullopt;
    }

    if (!select("SELECT key, name, description, user_id, attributes, as_of, version FROM personas"
                " ORDER BY position, key"))
        return std::nullopt;
    while (q->next()) {
        Persona persona;
        persona.key = q->string(0);
        persona.name = q->string(1);
        persona.description = q->string(2);
        persona.userId = q->string(3);
        Problem problem;
        Problems problems;
        const std::optional<QJsonValue> json = JsonReader::parse(q->text(4).toByteArray(), &problem);
        std::optional<QList<PersonaAttribute>> attributes =
                json ? PennonJson::personaAttributesFromJson(*json, QString(), &problems) : std::nullopt;
        if (!attributes) {
            *error = corrupt(tr("attributes of the persona \"%1\"").arg(persona.key), q->string(4));
            return std::nullopt;
        }
        persona.attributes = std::move(*attributes);
        const QString asOf = q->string(5);
        if (!asOf.isEmpty()) {
            const QDateTime time = QDateTime::fromString(asOf, Qt::ISODateWithMs);
            if (!time.isValid()) {
                *error = corrupt(tr("moment of the persona \"%1\"").arg(persona.key), asOf);
                return std::nullopt;
            }
            persona.currentTime = time.toUTC();
        }
        persona.version = q->integer(6);
        workspace.personas.append(persona);
    }
    if (!finished())
        return std::nullopt;

    QHash<QByteArray, qsizetype> flagIndex;
    if (!select("SELECT key, name, description, type, owner, archived, version FROM flags"
                " ORDER BY position, key"))
        return std::nullopt;
    while (q->next()) {
        Flag flag;
        flag.key = q->string(0);
        flag.name = q->string(1);
        flag.description = q->string(2);
        if (!parseFlagType(q->string(3), &flag.type)) {
            *error = corrupt(tr("flag type"), q->string(3));
            return std::nullopt;
        }
        flag.owner = cache.string(q->text(4));
        flag.archived = q->boolean(5);
        flag.version = q->integer(6);
        flagIndex.insert(q->text(0).toByteArray(), workspace.flags.size());
        workspace.flags.append(flag);
    }
    if (!finished())
        return std::nullopt;

    Flag *const flags = workspace.flags.data();
    // Child rows come grouped by flag: remember the last one instead of hashing every key.
    QByteArray lastKey;
    Flag *lastFound = nullptr;
    const auto flagAt = [&](QByteArrayView key) -> Flag * {
        if (!lastKey.isNull() && key == lastKey)
            return lastFound;
        lastKey = key.toByteArray();
        const qsizetype i = flagIndex.value(lastKey, -1);
        lastFound = i < 0 ? nullptr : flags + i;
        return lastFound;
    };

    if (!select("SELECT flag, tag FROM flag_tags ORDER BY flag, position"))
        return std::nullopt;
    while (q->next()) {
        if (Flag *flag = flagAt(q->text(0)))
            flag->tags.append(cache.string(q->text(1)));
    }
    if (!finished())
        return std::nullopt;

    if (!select("SELECT flag, key, value, description FROM variations ORDER BY flag, position"))
        return std::nullopt;
    while (q->next()) {
        Flag *flag = flagAt(q->text(0));
        if (!flag)
            continue;
        auto value = cache.value(q->text(2), error);
        if (!value)
            return std::nullopt;
        flag->variations.append({cache.string(q->text(1)), *value, cache.string(q->text(3))});
    }
    if (!finished())
        return std::nullopt;

    if (!select("SELECT flag, environment, is_on, off_variation, default_serve"
                " FROM flag_environments ORDER BY flag, environment"))
        return std::nullopt;
    while (q->next()) {
        Flag *flag = flagAt(q->text(0));
        if (!flag)
            continue;
        auto serve = cache.serve(q->text(4), error);
        if (!serve)
            return std::nullopt;
        EnvironmentConfig &config = flag->environments[cache.string(q->text(1))];
        config.on = q->boolean(2);
        config.offVariation = cache.string(q->text(3));
        config.defaultServe = std::move(*serve);
    }
    if (!finished())
        return std::nullopt;

    // Rules and then their conditions, grouped by (flag, environment) in the same order: keep
    // the rule list of the last group instead of looking it up per row.
    struct Group {
        Flag *flag = nullptr;
        QByteArray environment;
        QList<Rule> *rules = nullptr;
    };
    const auto rulesOf = [&](Group *group, Flag *flag, QByteArrayView environment) {
        if (flag != group->flag || environment != group->environment) {
            group->flag = flag;
            group->environment = environment.toByteArray();
            auto it = flag->environments.find(cache.string(environment));
            group->rules = it == flag->environments.end() ? nullptr : &it->rules;
        }
        return group->rules;
    };

    if (!select("SELECT flag, environment, id, name, serve, disabled FROM rules"
                " ORDER BY flag, environment, position"))
        return std::nullopt;
    {
        Group group;
        while (q->next()) {
            Flag *flag = flagAt(q->text(0));
            if (!flag)
                continue;
            QList<Rule> *rules = rulesOf(&group, flag, q->text(1));
            if (!rules) {
                *error = corrupt(tr("rule"), QString::fromUtf8(q->text(1)));
                return std::nullopt;
            }
            auto serve = cache.serve(q->text(4), error);
            if (!serve)
                return std::nullopt;
            Rule rule;
            rule.id = cache.string(q->text(2));
            rule.name = cache.string(q->text(3));
            rule.disabled = q->boolean(5);
            rule.serve = std::move(*serve);
            rules->append(std::move(rule));
        }
    }
    if (!finished())
        return std::nullopt;

    if (!select("SELECT flag, environment, rule_position, condition FROM rule_conditions"
                " ORDER BY flag, environment, rule_position, position"))
        return std::nullopt;
    {
        // Rule positions are 0..n-1 as written.
        Group group;
        while (q->next()) {
            Flag *flag = flagAt(q->text(0));
            if (!flag)
                continue;
            QList<Rule> *rules = rulesOf(&group, flag, q->text(1));
            const qint64 position = q->integer(2);
            if (!rules || position < 0 || position >= rules->size())
                continue;
            auto condition = cache.condition(q->text(3), error);
            if (!condition)
                return std::nullopt;
            (*rules)[qsizetype(position)].conditions.append(std::move(*condition));
        }
    }
    if (!finished())
        return std::nullopt;
    return workspace;
}

bool SqlRows::insert(const StoredObject &object, int position, QSqlError *error)
{
    return insertMain(object, position, error) && insertChildren(object, error);
}

bool SqlRows::insertMain(const StoredObject &object, int position, QSqlError *error)
{
    if (const auto *environment = std::get_if<Environment>(&object)) {
        QSqlQuery &q = statement("INSERT INTO environments (key, name, position, protected, version)"
                                 " VALUES (?, ?, ?, ?, ?)");
        q.bindValue(0, environment->key);
        q.bindValue(1, text(environment->name));
        q.bindValue(2, position);
        q.bindValue(3, environment->isProtected);
        q.bindValue(4, environment->version);
        return run(q, error);
    }
    if (const auto *activation = std::get_if<Activation>(&object)) {
        QSqlQuery &q = statement("INSERT INTO activations (key, name, description, condition, position,"
                                 " version) VALUES (?, ?, ?, ?, ?, ?)");
        q.bindValue(0, activation->key);
        q.bindValue(1, text(activation->name));
        q.bindValue(2, text(activation->description));
        q.bindValue(3, text(PennonJson::conditionText(activation->condition)));
        q.bindValue(4, position);
        q.bindValue(5, activation->version);
        return run(q, error);
    }
    if (const auto *segment = std::get_if<Segment>(&object)) {
        QSqlQuery &q = statement("INSERT INTO segments (key, name, description, position, version)"
                                 " VALUES (?, ?, ?, ?, ?)");
        q.bindValue(0, segment->key);
        q.bindValue(1, text(segment->name));
        q.bindValue(2, text(segment->description));
        q.bindValue(3, position);
        q.bindValue(4, segment->version);
        return run(q, error);
    }
    if (const auto *persona = std::get_if<Persona>(&object)) {
        QSqlQuery &q = statement("INSERT INTO personas (key, name, description, user_id, attributes,"
                                 " as_of, position, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        q.bindValue(0, persona->key);
        q.bindValue(1, text(persona->name));
        q.bindValue(2, text(persona->description));
        q.bindValue(3, text(persona->userId));
        q.bindValue(4, text(PennonJson::personaAttributesText(persona->attributes)));
        q.bindValue(5, personaMoment(*persona));
        q.bindValue(6, position);
        q.bindValue(7, persona->version);
        return run(q, error);
    }
    const auto &flag = std::get<Flag>(object);
    QSqlQuery &q = statement("INSERT INTO flags (key, name, description, type, owner, archived,"
                             " position, version, updated_at, updated_by)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bindValue(0, flag.key);
    q.bindValue(1, text(flag.name));
    q.bindValue(2, text(flag.description));
    q.bindValue(3, flagTypeName(flag.type));
    q.bindValue(4, text(flag.owner));
    q.bindValue(5, flag.archived);
    q.bindValue(6, position);
    q.bindValue(7, flag.version);
    q.bindValue(8, text(m_time));
    q.bindValue(9, text(m_actor));
    return run(q, error);
}

bool SqlRows::insertMany(const char *head, int columns, const QVariantList &values, QSqlError *error)
{
    // Up to this many rows per statement: one round trip for all of a flag's rules on
    // PostgreSQL, and well below SQLite's limit on bound parameters.
    constexpr int MaxRows = 200;
    const int rows = int(values.size() / columns);
    for (int first = 0; first < rows; first += MaxRows) {
        const int count = std::min(MaxRows, rows - first);
        auto &slot = m_batches[{head, count}];
        if (!slot) {
            QString sql = QString::fromLatin1(head);
            QString group = QStringLiteral("(");
            for (int c = 0; c < columns; ++c)
                group += c == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
            group += u')';
            for (int r = 0; r < count; ++r)
                sql += r == 0 ? group : QStringLiteral(", ") + group;
            slot = std::make_shared<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
            slot->prepare(sql);
        }
        QSqlQuery &q = *slot;
        const int offset = first * columns;
        for (int i = 0; i < count * columns; ++i)
            q.bindValue(i, values.at(offset + i));
        if (!run(q, error))
            return false;
    }
    return true;
}

bool SqlRows::insertChildren(const StoredObject &object, QSqlError *error)
{
    if (const auto *segment = std::get_if<Segment>(&object)) {
        QVariantList rows;
        for (qsizetype i = 0; i < segment->conditions.size(); ++i) {
            rows << segment->key << int(i)
                 << text(PennonJson::conditionText(segment->conditions.at(i)))
                 << activationKey(segment->conditions.at(i));
        }
        return insertMany("INSERT INTO segment_conditions (segment, position, condition,"
                          " activation_key) VALUES ", 4, rows, error);
    }
    const auto *flag = std::get_if<Flag>(&object);
    return !flag || insertFlagChildren(*flag, FlagParts(), error);
}

bool SqlRows::insertFlagChildren(const Flag &flag, const FlagParts &parts, QSqlError *error)
{
    ChildRows rows;
    collectFlagChildren(flag, parts, &rows);
    return writeFlagChildren(rows, error);
}

void SqlRows::collectFlagChildren(const Flag &flag, const FlagParts &parts, ChildRows *rows)
{
    if (parts.tags) {
        for (qsizetype i = 0; i < flag.tags.size(); ++i)
            rows->tags << flag.key << int(i) << text(flag.tags.at(i));
    }
    if (parts.variations) {
        for (qsizetype i = 0; i < flag.variations.size(); ++i) {
            const Variation &variation = flag.variations.at(i);
            rows->variations << flag.key << int(i) << text(variation.key)
                             << text(valueText(variation.value)) << text(variation.description);
        }
    }
    for (auto it = flag.environments.cbegin(); it != flag.environments.cend(); ++it) {
        if (!parts.allEnvironments && !parts.environments.contains(it.key()))
            continue;
        const EnvironmentConfig &config = it.value();
        rows->environments << flag.key << it.key() << config.on << text(config.offVariation)
                           << text(PennonJson::serveText(config.defaultServe));
        for (qsizetype r = 0; r < config.rules.size(); ++r) {
            const Rule &rule = config.rules.at(r);
            rows->rules << flag.key << it.key() << int(r) << text(rule.id) << text(rule.name)
                        << text(PennonJson::serveText(rule.serve)) << rule.disabled;
            for (qsizetype c = 0; c < rule.conditions.size(); ++c) {
                rows->conditions << flag.key << it.key() << int(r) << int(c)
                                 << text(PennonJson::conditionText(rule.conditions.at(c)))
                                 << activationKey(rule.conditions.at(c));
            }
        }
    }
}

bool SqlRows::writeFlagChildren(const ChildRows &rows, QSqlError *error)
{
    return insertMany("INSERT INTO flag_tags (flag, position, tag) VALUES ", 3, rows.tags, error)
            && insertMany("INSERT INTO variations (flag, position, key, value, description) VALUES ",
                          5, rows.variations, error)
            && insertMany("INSERT INTO flag_environments (flag, environment, is_on, off_variation,"
                          " default_serve) VALUES ", 5, rows.environments, error)
            && insertMany("INSERT INTO rules (flag, environment, position, id, name, serve, disabled)"
                          " VALUES ", 7, rows.rules, error)
            && insertMany("INSERT INTO rule_conditions (flag, environment, rule_position, position,"
                          " condition, activation_key) VALUES ", 6, rows.conditions, error);
}

bool SqlRows::insertFlags(const QList<std::pair<const Flag *, int>> &flags, QSqlError *error)
{
    QVariantList main;
    ChildRows children;
    for (const auto &[flag, position] : flags) {
        main << flag->key << text(flag->name) << text(flag->description) << flagTypeName(flag->type)
             << text(flag->owner) << flag->archived << position << flag->version << text(m_time)
             << text(m_actor);
        collectFlagChildren(*flag, FlagParts(), &children);
    }
    return insertMany("INSERT INTO flags (key, name, description, type, owner, archived, position,"
                      " version, updated_at, updated_by) VALUES ", 10, main, error)
            && writeFlagChildren(children, error);
}

std::optional<SqlRows::FlagParts> SqlRows::removeChangedFlagChildren(const Flag &flag,
                                                                     const Flag &before,
                                                                     QSqlError *error)
{
    FlagParts parts;
    parts.tags = flag.tags != before.tags;
    parts.variations = flag.variations != before.variations;
    parts.allEnvironments = false;
    QStringList removed;
    for (auto it = flag.environments.cbegin(); it != flag.environments.cend(); ++it) {
        const auto old = before.environments.constFind(it.key());
        if (old == before.environments.cend()) {
            parts.environments.append(it.key());
        } else if (*old != *it) {
            parts.environments.append(it.key());
            removed.append(it.key());
        }
    }
    for (auto it = before.environments.cbegin(); it != before.environments.cend(); ++it) {
        if (!flag.environments.contains(it.key()))
            removed.append(it.key());
    }
    const auto removeOf = [&](const char *sql) {
        QSqlQuery &q = statement(sql);
        q.bindValue(0, flag.key);
        return run(q, error);
    };
    if (parts.tags && !before.tags.isEmpty() && !removeOf("DELETE FROM flag_tags WHERE flag = ?"))
        return std::nullopt;
    if (parts.variations && !removeOf("DELETE FROM variations WHERE flag = ?"))
        return std::nullopt;
    // Rules and their conditions go with their environment's row (ON DELETE CASCADE).
    for (const QString &environment : std::as_const(removed)) {
        QSqlQuery &q = statement("DELETE FROM flag_environments WHERE flag = ? AND environment = ?");
        q.bindValue(0, flag.key);
        q.bindValue(1, environment);
        if (!run(q, error))
            return std::nullopt;
    }
    return parts;
}

bool SqlRows::update(const StoredObject &object, const StoredObject *before, QSqlError *error)
{
    const QString key = ObjectJson::key(object);
    const auto *flagBefore = before ? std::get_if<Flag>(before) : nullptr;
    const auto *segmentBefore = before ? std::get_if<Segment>(before) : nullptr;
    const bool segmentChildrenSame = segmentBefore && std::get_if<Segment>(&object)
            && segmentBefore->conditions == std::get<Segment>(object).conditions;
    if (segmentBefore && !segmentChildrenSame && !removeChildren(ObjectKind::Segment, key, error))
        return false;
    if (const auto *environment = std::get_if<Environment>(&object)) {
        QSqlQuery &q = statement("UPDATE environments SET name = ?, protected = ?, version = ? WHERE key = ?");
        q.bindValue(0, text(environment->name));
        q.bindValue(1, environment->isProtected);
        q.bindValue(2, environment->version);
        q.bindValue(3, key);
        return run(q, error);
    }
    if (const auto *activation = std::get_if<Activation>(&object)) {
        QSqlQuery &q = statement("UPDATE activations SET name = ?, description = ?, condition = ?,"
                                 " version = ? WHERE key = ?");
        q.bindValue(0, text(activation->name));
        q.bindValue(1, text(activation->description));
        q.bindValue(2, text(PennonJson::conditionText(activation->condition)));
        q.bindValue(3, activation->version);
        q.bindValue(4, key);
        return run(q, error);
    }
    if (const auto *segment = std::get_if<Segment>(&object)) {
        QSqlQuery &q = statement("UPDATE segments SET name = ?, description = ?, version = ? WHERE key = ?");
        q.bindValue(0, text(segment->name));
        q.bindValue(1, text(segment->description));
        q.bindValue(2, segment->version);
        q.bindValue(3, key);
        return run(q, error) && (segmentChildrenSame || insertChildren(object, error));
    }
    if (const auto *persona = std::get_if<Persona>(&object)) {
        QSqlQuery &q = statement("UPDATE personas SET name = ?, description = ?, user_id = ?,"
                                 " attributes = ?, as_of = ?, version = ? WHERE key = ?");
        q.bindValue(0, text(persona->name));
        q.bindValue(1, text(persona->description));
        q.bindValue(2, text(persona->userId));
        q.bindValue(3, text(PennonJson::personaAttributesText(persona->attributes)));
        q.bindValue(4, personaMoment(*persona));
        q.bindValue(5, persona->version);
        q.bindValue(6, key);
        return run(q, error);
    }
    const auto &flag = std::get<Flag>(object);
    QSqlQuery &q = statement("UPDATE flags SET name = ?, description = ?, type = ?, owner = ?,"
                             " archived = ?, version = ?, updated_at = ?, updated_by = ? WHERE key = ?");
    q.bindValue(0, text(flag.name));
    q.bindValue(1, text(flag.description));
    q.bindValue(2, flagTypeName(flag.type));
    q.bindValue(3, text(flag.owner));
    q.bindValue(4, flag.archived);
    q.bindValue(5, flag.version);
    q.bindValue(6, text(m_time));
    q.bindValue(7, text(m_actor));
    q.bindValue(8, key);
    if (!run(q, error))
        return false;
    if (!flagBefore)
        return insertChildren(object, error);
    const auto parts = removeChangedFlagChildren(flag, *flagBefore, error);
    return parts && insertFlagChildren(flag, *parts, error);
}

bool SqlRows::removeChildren(ObjectKind kind, const QString &key, QSqlError *error)
{
    const auto remove = [&](const char *sql) {
        QSqlQuery &q = statement(sql);
        q.bindValue(0, key);
        return run(q, error);
    };
    switch (kind) {
    case ObjectKind::Environment:
    case ObjectKind::Activation:
    case ObjectKind::Persona:
        return true;
    case ObjectKind::Segment:
        return remove("DELETE FROM segment_conditions WHERE segment = ?");
    case ObjectKind::Flag:
        return remove("DELETE FROM rule_conditions WHERE flag = ?")
                && remove("DELETE FROM rules WHERE flag = ?")
                && remove("DELETE FROM flag_environments WHERE flag = ?")
                && remove("DELETE FROM variations WHERE flag = ?")
                && remove("DELETE FROM flag_tags WHERE flag = ?");
    }
    return true;
}

bool SqlRows::remove(ObjectKind kind, const QString &key, QSqlError *error)
{
    if (!removeChildren(kind, key, error))
        return false;
    const char *sql = nullptr;
    switch (kind) {
    case ObjectKind::Environment: sql = "DELETE FROM environments WHERE key = ?"; break;
    case ObjectKind::Activation: sql = "DELETE FROM activations WHERE key = ?"; break;
    case ObjectKind::Segment: sql = "DELETE FROM segments WHERE key = ?"; break;
    case ObjectKind::Flag: sql = "DELETE FROM flags WHERE key = ?"; break;
    case ObjectKind::Persona: sql = "DELETE FROM personas WHERE key = ?"; break;
    }
    QSqlQuery &q = statement(sql);
    q.bindValue(0, key);
    return run(q, error);
}

bool SqlRows::setPosition(ObjectKind kind, const QString &key, int position, QSqlError *error)
{
    const char *sql = nullptr;
    switch (kind) {
    case ObjectKind::Environment: sql = "UPDATE environments SET position = ? WHERE key = ?"; break;
    case ObjectKind::Activation: sql = "UPDATE activations SET position = ? WHERE key = ?"; break;
    case ObjectKind::Segment: sql = "UPDATE segments SET position = ? WHERE key = ?"; break;
    case ObjectKind::Flag: sql = "UPDATE flags SET position = ? WHERE key = ?"; break;
    case ObjectKind::Persona: sql = "UPDATE personas SET position = ? WHERE key = ?"; break;
    }
    QSqlQuery &q = statement(sql);
    q.bindValue(0, position);
    q.bindValue(1, key);
    return run(q, error);
}

std::optional<int> SqlRows::nextPosition(ObjectKind kind, QSqlError *error)
{
    const char *sql = nullptr;
    switch (kind) {
    case ObjectKind::Environment: sql = "SELECT COALESCE(MAX(position), -1) + 1 FROM environments"; break;
    case ObjectKind::Activation: sql = "SELECT COALESCE(MAX(position), -1) + 1 FROM activations"; break;
    case ObjectKind::Segment: sql = "SELECT COALESCE(MAX(position), -1) + 1 FROM segments"; break;
    case ObjectKind::Flag: sql = "SELECT COALESCE(MAX(position), -1) + 1 FROM flags"; break;
    case ObjectKind::Persona: sql = "SELECT COALESCE(MAX(position), -1) + 1 FROM personas"; break;
    }
    QSqlQuery &q = statement(sql);
    if (!run(q, error) || !q.next()) {
        *error = q.lastError();
        return std::nullopt;
    }
    const int position = q.value(0).toInt();
    q.finish();
    return position;
}

} // namespace Pennon
