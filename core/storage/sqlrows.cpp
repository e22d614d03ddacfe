// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "sqlrows.h"

#include "formats/pennonjson.h"
#include "json/jsonreader.h"
#include "json/jsonwriter.h"

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

/// Parses stored texts, each distinct text once: a workspace repeats the same serves and
/// conditions thousands of times.
class TextCache final
{
public:
    std::optional<Condition> condition(const QString &text, QSqlError *error)
    {
        return cached(m_conditions, text, SqlRows::tr("condition"), error,
                      [](const QJsonValue &json, Problems *problems) {
                          return PennonJson::conditionFromJson(json, QString(), problems);
                      });
    }
    std::optional<Serve> serve(const QString &text, QSqlError *error)
    {
        return cached(m_serves, text, SqlRows::tr("serve"), error,
                      [](const QJsonValue &json, Problems *problems) {
                          return PennonJson::serveFromJson(json, QString(), problems);
                      });
    }
    std::optional<QJsonValue> value(const QString &text, QSqlError *error)
    {
        const auto it = m_values.constFind(text);
        if (it != m_values.cend())
            return *it;
        Problems problems;
        const auto value = parse(text, &problems);
        if (!value) {
            *error = corrupt(SqlRows::tr("variation value"), describe(problems));
            return std::nullopt;
        }
        m_values.insert(text, *value);
        return value;
    }

private:
    /// The decoded form of a stored JSON text, decoded once per distinct text.
    template<typename T, typename Decode>
    static std::optional<T> cached(QHash<QString, T> &cache, const QString &text, const QString &what,
                                   QSqlError *error, Decode decode)
    {
        const auto it = cache.constFind(text);
        if (it != cache.cend())
            return *it;
        Problems problems;
        std::optional<T> decoded;
        if (const auto json = parse(text, &problems))
            decoded = decode(*json, &problems);
        if (!decoded) {
            *error = corrupt(what, describe(problems));
            return std::nullopt;
        }
        cache.insert(text, *decoded);
        return decoded;
    }

    static std::optional<QJsonValue> parse(const QString &text, Problems *problems)
    {
        Problem problem;
        auto value = JsonReader::parse(text.toUtf8(), &problem);
        if (!value)
            problems->append(problem);
        return value;
    }
    static QString describe(const Problems &problems)
    {
        return problems.isEmpty() ? QString() : problems.constFirst().toString();
    }

    QHash<QString, Condition> m_conditions;
    QHash<QString, Serve> m_serves;
    QHash<QString, QJsonValue> m_values;
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
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Workspace workspace;
    TextCache cache;
    const auto select = [&](const char *sql, QSqlQuery *q) {
        q->setForwardOnly(true);
        if (!q->exec(QString::fromLatin1(sql))) {
            *error = q->lastError();
            return false;
        }
        return true;
    };

    {
        QSqlQuery q(db);
        if (!select("SELECT key, name, protected, version FROM environments ORDER BY position, key", &q))
            return std::nullopt;
        while (q.next())
            workspace.environments.append({q.value(0).toString(), q.value(1).toString(),
                                           q.value(2).toBool(), q.value(3).toLongLong()});
    }
    {
        QSqlQuery q(db);
        if (!select("SELECT key, name, description, condition, version FROM activations"
                    " ORDER BY position, key", &q))
            return std::nullopt;
        while (q.next()) {
            auto condition = cache.condition(q.value(3).toString(), error);
            if (!condition)
                return std::nullopt;
            workspace.activations.append({q.value(0).toString(), q.value(1).toString(),
                                          q.value(2).toString(), *condition, q.value(4).toLongLong()});
        }
    }
    {
        QSqlQuery q(db);
        if (!select("SELECT key, name, description, version FROM segments ORDER BY position, key", &q))
            return std::nullopt;
        QHash<QString, qsizetype> index;
        while (q.next()) {
            index.insert(q.value(0).toString(), workspace.segments.size());
            workspace.segments.append({q.value(0).toString(), q.value(1).toString(),
                                       q.value(2).toString(), {}, q.value(3).toLongLong()});
        }
        QSqlQuery c(db);
        if (!select("SELECT segment, condition FROM segment_conditions ORDER BY segment, position", &c))
            return std::nullopt;
        while (c.next()) {
            const qsizetype i = index.value(c.value(0).toString(), -1);
            auto condition = cache.condition(c.value(1).toString(), error);
            if (!condition)
                return std::nullopt;
            if (i >= 0)
                workspace.segments[i].conditions.append(*condition);
        }
    }

    QHash<QString, qsizetype> flagIndex;
    {
        QSqlQuery q(db);
        if (!select("SELECT key, name, description, type, owner, archived, version FROM flags"
                    " ORDER BY position, key", &q))
            return std::nullopt;
        while (q.next()) {
            Flag flag;
            flag.key = q.value(0).toString();
            flag.name = q.value(1).toString();
            flag.description = q.value(2).toString();
            if (!parseFlagType(q.value(3).toString(), &flag.type)) {
                *error = corrupt(tr("flag type"), q.value(3).toString());
                return std::nullopt;
            }
            flag.owner = q.value(4).toString();
            flag.archived = q.value(5).toBool();
            flag.version = q.value(6).toLongLong();
            flagIndex.insert(flag.key, workspace.flags.size());
            workspace.flags.append(flag);
        }
    }
    Flag *const flags = workspace.flags.data();
    // Child rows come grouped by flag: remember the last one instead of hashing every key.
    QString lastKey;
    Flag *lastFound = nullptr;
    const auto flagAt = [&](const QVariant &value) -> Flag * {
        const QString key = value.toString();
        if (lastFound && key == lastKey)
            return lastFound;
        const qsizetype i = flagIndex.value(key, -1);
        lastKey = key;
        lastFound = i < 0 ? nullptr : flags + i;
        return lastFound;
    };
    {
        QSqlQuery q(db);
        if (!select("SELECT flag, tag FROM flag_tags ORDER BY flag, position", &q))
            return std::nullopt;
        while (q.next()) {
            if (Flag *flag = flagAt(q.value(0)))
                flag->tags.append(q.value(1).toString());
        }
    }
    {
        QSqlQuery q(db);
        if (!select("SELECT flag, key, value, description FROM variations ORDER BY flag, position", &q))
            return std::nullopt;
        while (q.next()) {
            Flag *flag = flagAt(q.value(0));
            if (!flag)
                continue;
            auto value = cache.value(q.value(2).toString(), error);
            if (!value)
                return std::nullopt;
            flag->variations.append({q.value(1).toString(), *value, q.value(3).toString()});
        }
    }
    {
        QSqlQuery q(db);
        if (!select("SELECT flag, environment, is_on, off_variation, default_serve"
                    " FROM flag_environments", &q))
            return std::nullopt;
        while (q.next()) {
            Flag *flag = flagAt(q.value(0));
            if (!flag)
                continue;
            auto serve = cache.serve(q.value(4).toString(), error);
            if (!serve)
                return std::nullopt;
            EnvironmentConfig &config = flag->environments[q.value(1).toString()];
            config.on = q.value(2).toBool();
            config.offVariation = q.value(3).toString();
            config.defaultServe = *serve;
        }
    }
    {
        QSqlQuery q(db);
        if (!select("SELECT flag, environment, id, name, serve FROM rules"
                    " ORDER BY flag, environment, position", &q))
            return std::nullopt;
        Flag *lastFlag = nullptr;
        QString lastEnvironment;
        QList<Rule> *rules = nullptr;
        while (q.next()) {
            Flag *flag = flagAt(q.value(0));
            if (!flag)
                continue;
            const QString environment = q.value(1).toString();
            if (flag != lastFlag || environment != lastEnvironment) {
                rules = &flag->environments[environment].rules;
                lastFlag = flag;
                lastEnvironment = environment;
            }
            auto serve = cache.serve(q.value(4).toString(), error);
            if (!serve)
                return std::nullopt;
            Rule rule;
            rule.id = q.value(2).toString();
            rule.name = q.value(3).toString();
            rule.serve = std::move(*serve);
            rules->append(std::move(rule));
        }
    }
    {
        QSqlQuery q(db);
        if (!select("SELECT flag, environment, rule_position, condition FROM rule_conditions"
                    " ORDER BY flag, environment, rule_position, position", &q))
            return std::nullopt;
        // Rule positions are 0..n-1 as written; the rows come grouped, so remember the last rule.
        Flag *lastFlag = nullptr;
        QString lastEnvironment;
        QList<Rule> *rules = nullptr;
        while (q.next()) {
            Flag *flag = flagAt(q.value(0));
            if (!flag)
                continue;
            const QString environment = q.value(1).toString();
            if (flag != lastFlag || environment != lastEnvironment) {
                auto it = flag->environments.find(environment);
                rules = it == flag->environments.end() ? nullptr : &it->rules;
                lastFlag = flag;
                lastEnvironment = environment;
            }
            const qsizetype position = q.value(2).toLongLong();
            if (!rules || position < 0 || position >= rules->size())
                continue;
            auto condition = cache.condition(q.value(3).toString(), error);
            if (!condition)
                return std::nullopt;
            (*rules)[position].conditions.append(*condition);
        }
    }
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
    if (!flag)
        return true;
    QVariantList tags;
    for (qsizetype i = 0; i < flag->tags.size(); ++i)
        tags << flag->key << int(i) << text(flag->tags.at(i));
    QVariantList variations;
    for (qsizetype i = 0; i < flag->variations.size(); ++i) {
        const Variation &variation = flag->variations.at(i);
        variations << flag->key << int(i) << text(variation.key)
                   << text(valueText(variation.value)) << text(variation.description);
    }
    QVariantList environments;
    QVariantList rules;
    QVariantList conditions;
    for (auto it = flag->environments.cbegin(); it != flag->environments.cend(); ++it) {
        const EnvironmentConfig &config = it.value();
        environments << flag->key << it.key() << config.on << text(config.offVariation)
                     << text(PennonJson::serveText(config.defaultServe));
        for (qsizetype r = 0; r < config.rules.size(); ++r) {
            const Rule &rule = config.rules.at(r);
            rules << flag->key << it.key() << int(r) << text(rule.id) << text(rule.name)
                  << text(PennonJson::serveText(rule.serve));
            for (qsizetype c = 0; c < rule.conditions.size(); ++c) {
                conditions << flag->key << it.key() << int(r) << int(c)
                           << text(PennonJson::conditionText(rule.conditions.at(c)))
                           << activationKey(rule.conditions.at(c));
            }
        }
    }
    return insertMany("INSERT INTO flag_tags (flag, position, tag) VALUES ", 3, tags, error)
            && insertMany("INSERT INTO variations (flag, position, key, value, description) VALUES ",
                          5, variations, error)
            && insertMany("INSERT INTO flag_environments (flag, environment, is_on, off_variation,"
                          " default_serve) VALUES ", 5, environments, error)
            && insertMany("INSERT INTO rules (flag, environment, position, id, name, serve) VALUES ",
                          6, rules, error)
            && insertMany("INSERT INTO rule_conditions (flag, environment, rule_position, position,"
                          " condition, activation_key) VALUES ", 6, conditions, error);
}

bool SqlRows::update(const StoredObject &object, QSqlError *error)
{
    const QString key = ObjectJson::key(object);
    if (!removeChildren(ObjectJson::kind(object), key, error))
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
        return run(q, error) && insertChildren(object, error);
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
    return run(q, error) && insertChildren(object, error);
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
