// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "sqlrepository.h"

#include "changelog.h"
#include "corelogging.h"
#include "sqlconnection.h"
#include "sqlrows.h"
#include "sqlschema.h"
#include "model/uses.h"
#include "validation/validator.h"

#include <QSqlDatabase>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

#include <array>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Pennon {

namespace {

/// Serialises the writers of one PostgreSQL workspace (pg_advisory_xact_lock's key).
constexpr qint64 WriteLockKey = 7365502;

/// The test seam of setImportHook(); production never sets it, and then it costs one
/// comparison per object imported.
struct ImportHook {
    int afterObjects = 0;
    std::function<void(int)> call;
};

ImportHook &importHook()
{
    static ImportHook hook;
    return hook;
}

template<typename T>
qsizetype indexOf(const QList<T> &items, const QString &key)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).key == key)
            return i;
    }
    return -1;
}

template<typename T>
void put(QList<T> *items, const QString &key, const std::optional<StoredObject> &next)
{
    const qsizetype i = indexOf(*items, key);
    if (!next) {
        if (i >= 0)
            items->removeAt(i);
    } else if (i >= 0) {
        (*items)[i] = std::get<T>(*next);
    } else {
        items->append(std::get<T>(*next));
    }
}

std::optional<StoredObject> find(const Workspace &workspace, ObjectKind kind, const QString &key)
{
    switch (kind) {
    case ObjectKind::Environment:
        if (const Environment *e = workspace.environment(key))
            return StoredObject(*e);
        break;
    case ObjectKind::Activation:
        if (const Activation *a = workspace.activation(key))
            return StoredObject(*a);
        break;
    case ObjectKind::Segment:
        if (const Segment *s = workspace.segment(key))
            return StoredObject(*s);
        break;
    case ObjectKind::Flag:
        if (const Flag *f = workspace.flag(key))
            return StoredObject(*f);
        break;
    case ObjectKind::Persona:
        if (const Persona *p = workspace.persona(key))
            return StoredObject(*p);
        break;
    }
    return std::nullopt;
}

/// Puts (or, with an empty next, removes) one object in a workspace.
void apply(Workspace *workspace, ObjectKind kind, const QString &key, const std::optional<StoredObject> &next)
{
    switch (kind) {
    case ObjectKind::Environment: put(&workspace->environments, key, next); break;
    case ObjectKind::Activation: put(&workspace->activations, key, next); break;
    case ObjectKind::Segment: put(&workspace->segments, key, next); break;
    case ObjectKind::Flag: put(&workspace->flags, key, next); break;
    case ObjectKind::Persona: put(&workspace->personas, key, next); break;
    }
}

/// The object of a kind at a list index.
StoredObject objectAt(const Workspace &workspace, ObjectKind kind, qsizetype i)
{
    switch (kind) {
    case ObjectKind::Environment: return workspace.environments.at(i);
    case ObjectKind::Activation: return workspace.activations.at(i);
    case ObjectKind::Segment: return workspace.segments.at(i);
    case ObjectKind::Persona: return workspace.personas.at(i);
    case ObjectKind::Flag: break;
    }
    return workspace.flags.at(i);
}

/// Replaces the object at index i, or appends it when i is negative; returns its index.
qsizetype setAt(Workspace *workspace, qsizetype i, const StoredObject &object)
{
    const auto set = [i](auto *list, const auto &value) -> qsizetype {
        if (i >= 0) {
            (*list)[i] = value;
            return i;
        }
        list->append(value);
        return list->size() - 1;
    };
    switch (object.index()) {
    case 0: return set(&workspace->environments, std::get<Environment>(object));
    case 1: return set(&workspace->activations, std::get<Activation>(object));
    case 2: return set(&workspace->segments, std::get<Segment>(object));
    case 4: return set(&workspace->personas, std::get<Persona>(object));
    default: return set(&workspace->flags, std::get<Flag>(object));
    }
}

/// Key -> list index, per kind (ObjectKind's value is the array index).
using KeyIndexes = std::array<QHash<QString, qsizetype>, 5>;

KeyIndexes keyIndexes(const Workspace &workspace)
{
    KeyIndexes indexes;
    const auto fill = [](QHash<QString, qsizetype> *index, const auto &list) {
        index->reserve(list.size());
        for (qsizetype i = 0; i < list.size(); ++i)
            index->insert(list.at(i).key, i);
    };
    fill(&indexes[int(ObjectKind::Environment)], workspace.environments);
    fill(&indexes[int(ObjectKind::Activation)], workspace.activations);
    fill(&indexes[int(ObjectKind::Segment)], workspace.segments);
    fill(&indexes[int(ObjectKind::Flag)], workspace.flags);
    fill(&indexes[int(ObjectKind::Persona)], workspace.personas);
    return indexes;
}

bool sameIgnoringVersion(StoredObject a, StoredObject b)
{
    ObjectJson::setVersion(&a, 0);
    ObjectJson::setVersion(&b, 0);
    return a == b;
}

/// What a flag is validated against: the library, the segments, the environments and only
/// the flags it can reach through prerequisites (a new cycle must pass through it, and the
/// stored flags are valid already), so that a save does not cost a walk over every flag.
Workspace validationContext(const Workspace &workspace, const Flag &flag)
{
    Workspace context;
    context.environments = workspace.environments;
    context.activations = workspace.activations;
    context.segments = workspace.segments;
    // One walk for all: a segment or activation met twice adds its prerequisites once.
    Reach reach;
    qsizetype reached = 0;
    QSet<QString> flagsSeen{flag.key};
    QList<const Flag *> queue{&flag};
    while (!queue.isEmpty()) {
        const Flag *current = queue.takeLast();
        for (const EnvironmentConfig &config : current->environments) {
            for (const Rule &rule : config.rules) {
                for (const Condition &condition : rule.conditions)
                    addReach(workspace, condition, &reach);
            }
        }
        for (; reached < reach.prerequisites.size(); ++reached) {
            const QString &key = reach.prerequisites.at(reached).flag;
            if (flagsSeen.contains(key))
                continue;
            flagsSeen.insert(key);
            if (const Flag *found = workspace.flag(key)) {
                context.flags.append(*found);
                queue.append(found);
            }
        }
    }
    return context;
}

/// The recorded change of one object going from before to after (either may be empty).
Change changeRecord(ObjectKind kind, const QString &key, const std::optional<StoredObject> &before,
                    const std::optional<StoredObject> &after, const QDateTime &time,
                    const QString &actor, const QString &comment)
{
    Change change;
    change.time = time;
    change.actor = actor;
    change.kind = kind;
    change.key = key;
    change.versionBefore = before ? ObjectJson::version(*before) : 0;
    change.versionAfter = after ? ObjectJson::version(*after) : 0;
    if (before)
        change.before = ObjectJson::write(*before);
    if (after)
        change.after = ObjectJson::write(*after);
    change.comment = comment;
    return change;
}

QString osUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    if (user.isEmpty()) {
        // Services and containers often run without USER: ask the system who we are.
        if (const passwd *entry = getpwuid(geteuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
    }
#endif
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace

static QString kindLabel(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Environment: return SqlRepository::tr("environment");
    case ObjectKind::Activation: return SqlRepository::tr("activation");
    case ObjectKind::Segment: return SqlRepository::tr("segment");
    case ObjectKind::Flag: return SqlRepository::tr("flag");
    case ObjectKind::Persona: return SqlRepository::tr("persona");
    }
    return {};
}

SqlRepository::SqlRepository(const DatabaseUrl &url, const QString &connectionName)
    : m_url(url)
    , m_connectionName(connectionName)
    , m_postgres(url.kind == DatabaseUrl::Kind::Postgresql)
    , m_rows(std::make_unique<SqlRows>(connectionName))
    , m_changes(std::make_unique<ChangeLog>(connectionName))
{
    m_url.password.clear();
}

SqlRepository::~SqlRepository()
{
    m_rows->clear();
    m_changes->clear();
    SqlConnection::close(m_connectionName);
}

void SqlRepository::setImportHook(int afterObjects, std::function<void(int written)> hook)
{
    ImportHook &current = importHook();
    current.afterObjects = hook ? afterObjects : 0;
    current.call = std::move(hook);
}

std::unique_ptr<SqlRepository> SqlRepository::open(const DatabaseUrl &url, StorageError *error)
{
    *error = StorageError();
    const QString name = SqlConnection::uniqueName();
    if (!SqlConnection::open(url, name, error))
        return nullptr;
    std::unique_ptr<SqlRepository> repository(new SqlRepository(url, name));
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!SqlSchema::ensure(db, error))
        return nullptr;
    repository->m_actor = osUser();
    if (repository->m_postgres) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT current_user")) && q.next())
            repository->m_actor = q.value(0).toString();
    }
    return repository;
}

void SqlRepository::fail(const QSqlError &sqlError, const QString &what, StorageError *error)
{
    const QString code = sqlError.nativeErrorCode();
    // serialization_failure, deadlock_detected, unique_violation: another session got there first.
    if (m_postgres && (code == u"40001" || code == u"40P01" || code == u"23505")) {
        error->kind = StorageError::Kind::Conflict;
        error->message = tr("%1: another session changed the workspace at the same time; "
                            "reload and try again").arg(what);
        return;
    }
    error->kind = StorageError::Kind::Failure;
    error->message = tr("%1: the database failed: %2").arg(what, sqlError.text());
}

bool SqlRepository::begin(StorageError *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    // SQLite: take the write lock at once, so that the version read is still true at commit.
    // PostgreSQL: writers queue on one advisory lock, held until commit or rollback; sent with
    // the BEGIN in one round trip.
    const QString sql = m_postgres
            ? QStringLiteral("BEGIN; SELECT pg_advisory_xact_lock(%1)").arg(WriteLockKey)
            : QStringLiteral("BEGIN IMMEDIATE");
    if (!q.exec(sql)) {
        fail(q.lastError(), tr("lock the workspace"), error);
        rollback();
        return false;
    }
    return true;
}

bool SqlRepository::commit(StorageError *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // PostgreSQL: the notification goes out with the commit, in the same round trip.
    if (!q.exec(m_postgres ? QStringLiteral("NOTIFY pennon_changes; COMMIT") : QStringLiteral("COMMIT"))) {
        fail(q.lastError(), tr("commit"), error);
        rollback();
        return false;
    }
    return true;
}

void SqlRepository::rollback()
{
    m_cache.reset();
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.exec(QStringLiteral("ROLLBACK"));
}

std::optional<qint64> SqlRepository::counter(QSqlError *error)
{
    const std::optional<qint64> maxId = m_changes->maxId(error);
    if (!maxId || m_postgres)
        return maxId;
    // data_version changes when another connection commits; the change id when this one does.
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next()) {
        *error = q.lastError();
        return std::nullopt;
    }
    return *maxId + q.value(0).toLongLong();
}

std::optional<qint64> SqlRepository::changeCounter(StorageError *error)
{
    QSqlError sqlError;
    const auto value = counter(&sqlError);
    if (!value)
        fail(sqlError, tr("read the change counter"), error);
    return value;
}

std::optional<QHash<QString, ChangeStamp>> SqlRepository::flagStamps(StorageError *error)
{
    *error = StorageError();
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT key, updated_at, updated_by FROM flags"))) {
        fail(q.lastError(), tr("read when flags were changed"), error);
        return std::nullopt;
    }
    QHash<QString, ChangeStamp> stamps;
    while (q.next()) {
        QDateTime time = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        time.setTimeZone(QTimeZone::utc());
        stamps.insert(q.value(0).toString(), {time, q.value(2).toString()});
    }
    return stamps;
}

std::optional<Workspace> SqlRepository::loadFresh(StorageError *error)
{
    QSqlError sqlError;
    std::optional<qint64> count = counter(&sqlError);
    std::optional<Workspace> workspace;
    if (count)
        workspace = m_rows->load(&sqlError);
    if (!workspace) {
        fail(sqlError, tr("load the workspace"), error);
        return std::nullopt;
    }
    m_cache = workspace;
    m_cacheCounter = *count;
    return workspace;
}

std::optional<Workspace> SqlRepository::load(StorageError *error)
{
    *error = StorageError();
    // One snapshot for all the tables.
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(m_postgres ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")
                           : QStringLiteral("BEGIN"))) {
        fail(q.lastError(), tr("load the workspace"), error);
        return std::nullopt;
    }
    std::optional<Workspace> workspace = loadFresh(error);
    q.exec(QStringLiteral("COMMIT"));
    return workspace;
}

const Workspace *SqlRepository::current(StorageError *error)
{
    QSqlError sqlError;
    const std::optional<qint64> count = counter(&sqlError);
    if (!count) {
        fail(sqlError, tr("read the change counter"), error);
        return nullptr;
    }
    if (m_cache && m_cacheCounter == *count)
        return &*m_cache;
    if (!loadFresh(error))
        return nullptr;
    return &*m_cache;
}

std::optional<Flag> SqlRepository::flag(const QString &key, StorageError *error)
{
    *error = StorageError();
    const Workspace *workspace = current(error);
    if (!workspace)
        return std::nullopt;
    if (const Flag *found = workspace->flag(key))
        return *found;
    error->kind = StorageError::Kind::NotFound;
    error->message = tr("there is no flag \"%1\"").arg(key);
    return std::nullopt;
}

void SqlRepository::conflict(ObjectKind kind, const QString &key, qint64 stored, qint64 expected,
                             StorageError *error)
{
    error->kind = StorageError::Kind::Conflict;
    error->storedVersion = stored;
    error->conflictKind = kind;
    error->conflictKey = key;
    QSqlError sqlError;
    if (const auto last = m_changes->last(kind, key, &sqlError); last && *last) {
        error->conflictActor = (*last)->actor;
        error->conflictTime = (*last)->time;
    }
    const QString who = error->conflictActor.isEmpty() ? tr("someone") : error->conflictActor;
    const QString when = error->conflictTime.isValid()
            ? error->conflictTime.toString(Qt::ISODate) : tr("an unknown time");
    if (expected == 0) {
        error->message = tr("%1 \"%2\" already exists (version %3, last changed by %4 at %5)")
                                 .arg(kindLabel(kind), key).arg(stored).arg(who, when);
    } else if (stored == 0) {
        error->message = tr("%1 \"%2\" was deleted by %3 at %4; your edit started from version %5")
                                 .arg(kindLabel(kind), key, who, when).arg(expected);
    } else {
        error->message = tr("%1 \"%2\" was changed by %3 at %4: it is at version %5, your edit "
                            "started from version %6")
                                 .arg(kindLabel(kind), key, who, when).arg(stored).arg(expected);
    }
}

std::optional<qint64> SqlRepository::write(ObjectKind kind, const QString &key,
                                           std::optional<StoredObject> next, qint64 expectedVersion,
                                           const QString &comment, qint64 revertOf,
                                           Change *recorded, StorageError *error)
{
    *error = StorageError();
    if (const QString problem = Validator::keyProblem(key); !problem.isEmpty()) {
        error->kind = StorageError::Kind::Invalid;
        error->problems.append({QStringLiteral("/key"), problem});
        error->message = tr("%1 \"%2\": %3").arg(kindLabel(kind), key, problem);
        return std::nullopt;
    }
    if (!begin(error))
        return std::nullopt;
    const Workspace *currentWorkspace = current(error);
    if (!currentWorkspace) {
        rollback();
        return std::nullopt;
    }
    const std::optional<StoredObject> existing = find(*currentWorkspace, kind, key);
    const qint64 stored = existing ? ObjectJson::version(*existing) : 0;
    if (!next && !existing && revertOf == 0) {
        rollback();
        error->kind = StorageError::Kind::NotFound;
        error->message = tr("there is no %1 \"%2\"").arg(kindLabel(kind), key);
        return std::nullopt;
    }
    if (expectedVersion >= 0 && expectedVersion != stored) {
        conflict(kind, key, stored, expectedVersion, error);
        rollback();
        return std::nullopt;
    }

    QSqlError sqlError;
    qint64 newVersion = 0;
    if (next) {
        if (existing) {
            newVersion = stored + 1;
        } else {
            const auto version = m_changes->nextVersion(kind, key, &sqlError);
            if (!version) {
                fail(sqlError, tr("save %1 \"%2\"").arg(kindLabel(kind), key), error);
                rollback();
                return std::nullopt;
            }
            newVersion = *version;
        }
        ObjectJson::setVersion(&*next, newVersion);
    }
    // A flag is checked against what it can reach; anything else against the whole result.
    std::optional<Workspace> result;
    Problems problems;
    if (next && kind == ObjectKind::Flag) {
        const Flag &flag = std::get<Flag>(*next);
        problems = Validator::validateFlag(flag, validationContext(*currentWorkspace, flag), QString());
    } else if (kind == ObjectKind::Persona) {
        if (next)
            problems = Validator::validatePersona(std::get<Persona>(*next), QString());
    } else {
        result = *currentWorkspace;
        apply(&*result, kind, key, next);
        problems = Validator::validate(*result);
    }
    if (!problems.isEmpty()) {
        rollback();
        error->kind = StorageError::Kind::Invalid;
        error->problems = problems;
        error->message = tr("%1 \"%2\" is not valid: %3")
                                 .arg(kindLabel(kind), key, problems.constFirst().toString());
        return std::nullopt;
    }

    Change change = changeRecord(kind, key, existing, next, QDateTime::currentDateTimeUtc(), m_actor, comment);
    change.revertOf = revertOf;

    m_rows->setStamp(change.time.toString(Qt::ISODateWithMs), m_actor);
    bool ok = true;
    if (next && existing) {
        ok = m_rows->update(*next, &*existing, &sqlError);
    } else if (next) {
        const auto position = m_rows->nextPosition(kind, &sqlError);
        ok = position && m_rows->insert(*next, *position, &sqlError);
    } else if (existing) {
        ok = m_rows->remove(kind, key, &sqlError);
    }
    std::optional<qint64> id;
    if (ok)
        id = m_changes->record(change, &sqlError);
    std::optional<qint64> count;
    // PostgreSQL's counter is the highest change id, and every writer holds the write lock:
    // it is this change's id, no need to ask.
    if (id)
        count = m_postgres ? id : counter(&sqlError);
    if (!count) {
        fail(sqlError, tr("save %1 \"%2\"").arg(kindLabel(kind), key), error);
        rollback();
        return std::nullopt;
    }
    if (!commit(error))
        return std::nullopt;
    if (result)
        m_cache = std::move(*result);
    else
        apply(&*m_cache, kind, key, next);
    m_cacheCounter = *count;
    change.id = *id;
    if (recorded)
        *recorded = change;
    return newVersion;
}

std::optional<qint64> SqlRepository::saveFlag(const Flag &flag, qint64 expectedVersion,
                                              const QString &comment, StorageError *error)
{
    return write(ObjectKind::Flag, flag.key, StoredObject(flag), expectedVersion, comment, 0,
                 nullptr, error);
}

bool SqlRepository::deleteFlag(const QString &key, qint64 expectedVersion, const QString &comment,
                               StorageError *error)
{
    return write(ObjectKind::Flag, key, std::nullopt, expectedVersion, comment, 0, nullptr, error)
            .has_value();
}

std::optional<qint64> SqlRepository::saveEnvironment(const Environment &environment,
                                                     qint64 expectedVersion, const QString &comment,
                                                     StorageError *error)
{
    return write(ObjectKind::Environment, environment.key, StoredObject(environment),
                 expectedVersion, comment, 0, nullptr, error);
}

std::optional<qint64> SqlRepository::saveActivation(const Activation &activation,
                                                    qint64 expectedVersion, const QString &comment,
                                                    StorageError *error)
{
    return write(ObjectKind::Activation, activation.key, StoredObject(activation), expectedVersion,
                 comment, 0, nullptr, error);
}

std::optional<qint64> SqlRepository::saveSegment(const Segment &segment, qint64 expectedVersion,
                                                 const QString &comment, StorageError *error)
{
    return write(ObjectKind::Segment, segment.key, StoredObject(segment), expectedVersion, comment,
                 0, nullptr, error);
}

std::optional<int> SqlRepository::saveAll(const WorkspaceWrite &write, const QString &comment,
                                         StorageError *error)
{
    *error = StorageError();
    if (write.isEmpty())
        return 0;
    QSet<QString> seen;
    for (const ObjectWrite &object : write.objects) {
        const auto invalid = [&](const QString &problem) -> std::optional<int> {
            error->kind = StorageError::Kind::Invalid;
            error->problems.append({QStringLiteral("/key"), problem});
            error->message = tr("%1 \"%2\": %3").arg(kindLabel(object.kind), object.key, problem);
            return std::nullopt;
        };
        if (const QString problem = Validator::keyProblem(object.key); !problem.isEmpty())
            return invalid(problem);
        if (object.next && (ObjectJson::kind(*object.next) != object.kind
                            || ObjectJson::key(*object.next) != object.key))
            return invalid(tr("the object written is not the one named"));
        const QString historyKey = ChangeLog::historyKey(object.kind, object.key);
        if (seen.contains(historyKey))
            return invalid(tr("written twice in one save"));
        seen.insert(historyKey);
    }
    if (!begin(error))
        return std::nullopt;
    const Workspace *currentPointer = current(error);
    if (!currentPointer) {
        rollback();
        return std::nullopt;
    }
    const Workspace &currentWorkspace = *currentPointer;
    QSqlError sqlError;
    const auto failed = [&](const QString &what) -> std::optional<int> {
        fail(sqlError, what, error);
        rollback();
        return std::nullopt;
    };

    struct Step {
        ObjectKind kind;
        QString key;
        std::optional<StoredObject> before;
        std::optional<StoredObject> after;
    };
    QList<Step> steps;
    steps.reserve(write.objects.size());
    Workspace result = currentWorkspace;
    KeyIndexes indexes = keyIndexes(result);
    bool onlyFlagsSaved = true;
    for (const ObjectWrite &object : write.objects) {
        const qsizetype at = indexes[int(object.kind)].value(object.key, -1);
        std::optional<StoredObject> existing;
        if (at >= 0)
            existing = objectAt(currentWorkspace, object.kind, at);
        const qint64 stored = existing ? ObjectJson::version(*existing) : 0;
        if (!object.next && !existing) {
            rollback();
            error->kind = StorageError::Kind::NotFound;
            error->message = tr("there is no %1 \"%2\"").arg(kindLabel(object.kind), object.key);
            return std::nullopt;
        }
        if (object.expectedVersion >= 0 && object.expectedVersion != stored) {
            conflict(object.kind, object.key, stored, object.expectedVersion, error);
            rollback();
            return std::nullopt;
        }
        std::optional<StoredObject> next = object.next;
        if (next) {
            qint64 version = stored + 1;
            if (!existing) {
                const auto fresh = m_changes->nextVersion(object.kind, object.key, &sqlError);
                if (!fresh)
                    return failed(tr("save %1 \"%2\"").arg(kindLabel(object.kind), object.key));
                version = *fresh;
            }
            ObjectJson::setVersion(&*next, version);
            indexes[int(object.kind)].insert(object.key, setAt(&result, at, *next));
        }
        if (object.kind != ObjectKind::Persona && (!next || object.kind != ObjectKind::Flag))
            onlyFlagsSaved = false;
        steps.append({object.kind, object.key, existing, next});
    }
    // Deletions go last (the indexes above stay valid until then).
    for (const Step &step : std::as_const(steps)) {
        if (!step.after)
            apply(&result, step.kind, step.key, std::nullopt);
    }
    if (!write.environmentOrder.isEmpty()) {
        QList<Environment> ordered;
        for (const QString &key : write.environmentOrder) {
            if (const Environment *environment = result.environment(key))
                ordered.append(*environment);
        }
        if (ordered.size() != result.environments.size()
            || QSet<QString>(write.environmentOrder.cbegin(), write.environmentOrder.cend()).size()
                       != write.environmentOrder.size()) {
            rollback();
            error->kind = StorageError::Kind::Invalid;
            error->problems.append({QStringLiteral("/environments"), tr("the new order must name every environment once")});
            error->message = tr("the environments were not reordered: the new order must name every environment once");
            return std::nullopt;
        }
        result.environments = ordered;
    }

    // Flags alone are checked against what each can reach (the others are valid already);
    // anything else against the whole result.
    Problems problems;
    QString at;
    if (onlyFlagsSaved) {
        // (Personas stand alone: nothing refers to them, and they refer to nothing.)
        for (const Step &step : std::as_const(steps)) {
            if (step.kind == ObjectKind::Persona) {
                if (!step.after)
                    continue;
                problems = Validator::validatePersona(std::get<Persona>(*step.after), QString());
                if (!problems.isEmpty()) {
                    at = tr("persona \"%1\"").arg(step.key);
                    break;
                }
                continue;
            }
            const Flag &flag = std::get<Flag>(*step.after);
            problems = Validator::validateFlag(flag, validationContext(result, flag), QString());
            if (!problems.isEmpty()) {
                at = tr("flag \"%1\"").arg(flag.key);
                break;
            }
        }
    } else {
        problems = Validator::validate(result);
    }
    if (!problems.isEmpty()) {
        rollback();
        error->kind = StorageError::Kind::Invalid;
        error->problems = problems;
        error->message = at.isEmpty()
                ? tr("the workspace would not be valid: %1").arg(problems.constFirst().toString())
                : tr("%1 is not valid: %2").arg(at, problems.constFirst().toString());
        return std::nullopt;
    }

    const QDateTime time = QDateTime::currentDateTimeUtc();
    m_rows->setStamp(time.toString(Qt::ISODateWithMs), m_actor);
    QList<Change> changes;
    changes.reserve(steps.size());
    // Written in the order that keeps references intact: environments, activations and
    // segments saved, then flags saved, then flags, segments, activations and environments
    // deleted (a flag's rows in an environment go before the environment does).
    const auto writeSaved = [&](ObjectKind kind) {
        std::optional<int> position;
        for (const Step &step : std::as_const(steps)) {
            if (step.kind != kind || !step.after)
                continue;
            bool ok = true;
            if (step.before) {
                ok = m_rows->update(*step.after, &*step.before, &sqlError);
            } else {
                if (!position)
                    position = m_rows->nextPosition(kind, &sqlError);
                ok = position && m_rows->insert(*step.after, (*position)++, &sqlError);
            }
            if (!ok)
                return false;
        }
        return true;
    };
    const auto writeDeleted = [&](ObjectKind kind) {
        for (const Step &step : std::as_const(steps)) {
            if (step.kind == kind && !step.after && !m_rows->remove(kind, step.key, &sqlError))
                return false;
        }
        return true;
    };
    for (ObjectKind kind : {ObjectKind::Environment, ObjectKind::Activation, ObjectKind::Segment, ObjectKind::Flag,
                            ObjectKind::Persona}) {
        if (!writeSaved(kind))
            return failed(tr("save"));
    }
    for (ObjectKind kind : {ObjectKind::Persona, ObjectKind::Flag, ObjectKind::Segment, ObjectKind::Activation,
                            ObjectKind::Environment}) {
        if (!writeDeleted(kind))
            return failed(tr("save"));
    }
    for (qsizetype i = 0; i < write.environmentOrder.size(); ++i) {
        if (!m_rows->setPosition(ObjectKind::Environment, write.environmentOrder.at(i), int(i), &sqlError))
            return failed(tr("reorder the environments"));
    }
    for (const Step &step : std::as_const(steps))
        changes.append(changeRecord(step.kind, step.key, step.before, step.after, time, m_actor, comment));
    if (!changes.isEmpty() && !m_changes->recordMany(changes, &sqlError))
        return failed(tr("save"));
    const auto count = counter(&sqlError);
    if (!count)
        return failed(tr("save"));
    if (!commit(error))
        return std::nullopt;
    m_cache = std::move(result);
    m_cacheCounter = *count;
    return int(changes.size());
}

std::optional<QList<Change>> SqlRepository::history(const QString &key, int limit, StorageError *error)
{
    *error = StorageError();
    QSqlError sqlError;
    auto changes = m_changes->history(key, limit, &sqlError);
    if (!changes)
        fail(sqlError, tr("read the history"), error);
    return changes;
}

std::optional<QList<Change>> SqlRepository::changes(const ChangeQuery &query, StorageError *error)
{
    *error = StorageError();
    QSqlError sqlError;
    auto changes = m_changes->list(query, &sqlError);
    if (!changes)
        fail(sqlError, tr("read the history"), error);
    return changes;
}

std::optional<Change> SqlRepository::change(qint64 id, StorageError *error)
{
    *error = StorageError();
    QSqlError sqlError;
    const auto found = m_changes->change(id, &sqlError);
    if (!found) {
        fail(sqlError, tr("read change %1").arg(id), error);
        return std::nullopt;
    }
    if (!*found) {
        error->kind = StorageError::Kind::NotFound;
        error->message = tr("there is no change %1").arg(id);
        return std::nullopt;
    }
    return **found;
}

std::optional<Change> SqlRepository::revert(qint64 changeId, const QString &comment, StorageError *error)
{
    const std::optional<Change> found = change(changeId, error);
    if (!found)
        return std::nullopt;
    const Change &change = *found;
    std::optional<StoredObject> target;
    if (!change.before.isEmpty()) {
        Problems problems;
        target = ObjectJson::read(change.kind, change.before, &problems);
        if (!target) {
            error->kind = StorageError::Kind::Failure;
            error->problems = problems;
            error->message = tr("change %1 cannot be reverted: its recorded state does not read back")
                                     .arg(changeId);
            return std::nullopt;
        }
    }
    const QString text = comment.isEmpty() ? tr("Revert of change %1").arg(changeId) : comment;
    Change recorded;
    if (!write(change.kind, change.key, target, change.versionAfter, text, changeId, &recorded, error)) {
        if (error->kind == StorageError::Kind::Conflict) {
            // Said from the revert's side: the object moved on after the change.
            const QString who = error->conflictActor.isEmpty() ? tr("someone") : error->conflictActor;
            const QString when = error->conflictTime.isValid()
                    ? error->conflictTime.toString(Qt::ISODate) : tr("an unknown time");
            if (change.versionAfter == 0) {
                error->message = tr("change %1 cannot be reverted: %2 \"%3\" was created again since, by %4 at %5")
                                         .arg(QString::number(changeId), kindLabel(change.kind), change.key, who, when);
            } else if (error->storedVersion == 0) {
                error->message = tr("change %1 cannot be reverted: %2 \"%3\" was deleted since, by %4 at %5")
                                         .arg(QString::number(changeId), kindLabel(change.kind), change.key, who, when);
            } else {
                error->message = tr("change %1 cannot be reverted: %2 \"%3\" was changed since, by %4 at %5 "
                                    "(it is at version %6; the change left it at version %7)")
                                         .arg(QString::number(changeId), kindLabel(change.kind), change.key, who, when)
                                         .arg(error->storedVersion).arg(change.versionAfter);
            }
        }
        return std::nullopt;
    }
    return recorded;
}

std::optional<ImportSummary> SqlRepository::importWorkspace(const Workspace &workspace, ImportMode mode,
                                                            bool dryRun, const QString &comment,
                                                            StorageError *error)
{
    *error = StorageError();
    Problems problems = Validator::validate(workspace);
    if (!problems.isEmpty()) {
        error->kind = StorageError::Kind::Invalid;
        error->problems = problems;
        error->message = tr("the imported workspace is not valid: %1").arg(problems.constFirst().toString());
        return std::nullopt;
    }
    if (!begin(error))
        return std::nullopt;
    const Workspace *currentPointer = current(error);
    if (!currentPointer) {
        rollback();
        return std::nullopt;
    }
    const Workspace currentWorkspace = *currentPointer;
    QSqlError sqlError;
    const auto highest = m_changes->highestVersions(&sqlError);
    if (!highest) {
        fail(sqlError, tr("import"), error);
        rollback();
        return std::nullopt;
    }

    // What happens to each object: the planned changes in the order they are written.
    struct Step {
        ObjectKind kind;
        QString key;
        std::optional<StoredObject> before;
        std::optional<StoredObject> after;
        int position = -1;   // Replace: the file's order
    };
    QList<Step> steps;
    QList<Step> removals;
    ImportSummary summary;
    Workspace result = mode == ImportMode::Replace ? Workspace() : currentWorkspace;
    const auto label = [](ObjectKind kind, const QString &key) -> QString {
        return objectKindName(kind) + u' ' + key;
    };
    // Hash indexes: an import of thousands of objects must not search lists for each one.
    const KeyIndexes currentIndexes = keyIndexes(currentWorkspace);
    KeyIndexes resultIndexes = keyIndexes(result);
    const KeyIndexes incomingIndexes = keyIndexes(workspace);
    const auto plan = [&](ObjectKind kind, const StoredObject &incoming, int position) {
        const QString key = ObjectJson::key(incoming);
        const qsizetype at = currentIndexes[int(kind)].value(key, -1);
        std::optional<StoredObject> existing;
        if (at >= 0)
            existing = objectAt(currentWorkspace, kind, at);
        StoredObject next = incoming;
        if (existing && sameIgnoringVersion(*existing, incoming)) {
            summary.unchanged.append(label(kind, key));
            next = *existing;
            steps.append({kind, key, existing, std::nullopt, position});
        } else if (existing) {
            summary.changed.append(label(kind, key));
            ObjectJson::setVersion(&next, ObjectJson::version(*existing) + 1);
            steps.append({kind, key, existing, next, position});
        } else {
            summary.added.append(label(kind, key));
            ObjectJson::setVersion(&next, highest->value(ChangeLog::historyKey(kind, key), 0) + 1);
            steps.append({kind, key, std::nullopt, next, position});
        }
        QHash<QString, qsizetype> &index = resultIndexes[int(kind)];
        index.insert(key, setAt(&result, index.value(key, -1), next));
    };
    for (qsizetype i = 0; i < workspace.environments.size(); ++i)
        plan(ObjectKind::Environment, workspace.environments.at(i), int(i));
    for (qsizetype i = 0; i < workspace.activations.size(); ++i)
        plan(ObjectKind::Activation, workspace.activations.at(i), int(i));
    for (qsizetype i = 0; i < workspace.segments.size(); ++i)
        plan(ObjectKind::Segment, workspace.segments.at(i), int(i));
    for (qsizetype i = 0; i < workspace.flags.size(); ++i)
        plan(ObjectKind::Flag, workspace.flags.at(i), int(i));
    for (qsizetype i = 0; i < workspace.personas.size(); ++i)
        plan(ObjectKind::Persona, workspace.personas.at(i), int(i));
    // Personas are no configuration: a file without any (flagd and Unleash files never have
    // them) leaves the saved ones as they are, also when it replaces the workspace.
    const bool replacePersonas = !workspace.personas.isEmpty();
    if (mode == ImportMode::Replace && !replacePersonas) {
        for (qsizetype i = 0; i < currentWorkspace.personas.size(); ++i) {
            const Persona &persona = currentWorkspace.personas.at(i);
            resultIndexes[int(ObjectKind::Persona)].insert(persona.key, setAt(&result, -1, persona));
        }
    }
    if (mode == ImportMode::Replace) {
        // Removed in the order that keeps references intact: flags, segments, activations,
        // environments.
        const auto remove = [&](ObjectKind kind, const StoredObject &object) {
            const QString key = ObjectJson::key(object);
            if (incomingIndexes[int(kind)].contains(key))
                return;
            summary.removed.append(label(kind, key));
            removals.append({kind, key, object, std::nullopt, -1});
        };
        if (replacePersonas) {
            for (const Persona &persona : currentWorkspace.personas)
                remove(ObjectKind::Persona, persona);
        }
        for (const Flag &flag : currentWorkspace.flags)
            remove(ObjectKind::Flag, flag);
        for (const Segment &segment : currentWorkspace.segments)
            remove(ObjectKind::Segment, segment);
        for (const Activation &activation : currentWorkspace.activations)
            remove(ObjectKind::Activation, activation);
        for (const Environment &environment : currentWorkspace.environments)
            remove(ObjectKind::Environment, environment);
    }
    if (mode == ImportMode::Merge) {
        problems = Validator::validate(result);
        if (!problems.isEmpty()) {
            rollback();
            error->kind = StorageError::Kind::Invalid;
            error->problems = problems;
            error->message = tr("the workspace after the import would not be valid: %1")
                                     .arg(problems.constFirst().toString());
            return std::nullopt;
        }
    }
    if (dryRun) {
        rollback();
        return summary;
    }

    const QDateTime time = QDateTime::currentDateTimeUtc();
    m_rows->setStamp(time.toString(Qt::ISODateWithMs), m_actor);
    const auto changeOf = [&](const Step &step) {
        return changeRecord(step.kind, step.key, step.before, step.after, time, m_actor, comment);
    };
    const auto record = [&](const Step &step) {
        return m_changes->record(changeOf(step), &sqlError).has_value();
    };
    // New flags, the bulk of a large import, are written in batches.
    constexpr qsizetype FlagBatch = 200;
    QList<std::pair<const Flag *, int>> pendingFlags;
    QList<Change> pendingChanges;
    const auto flushFlags = [&]() {
        const bool ok = pendingFlags.isEmpty()
                || (m_rows->insertFlags(pendingFlags, &sqlError)
                    && m_changes->recordMany(pendingChanges, &sqlError));
        pendingFlags.clear();
        pendingChanges.clear();
        return ok;
    };
    const auto failed = [&]() -> std::optional<ImportSummary> {
        fail(sqlError, tr("import"), error);
        rollback();
        return std::nullopt;
    };
    // Child rows of changed flags and segments go first: they may use activations that the
    // import removes.
    for (const Step &step : std::as_const(steps)) {
        if (step.before && step.after && !m_rows->removeChildren(step.kind, step.key, &sqlError))
            return failed();
    }
    for (const Step &step : std::as_const(removals)) {
        if (!m_rows->remove(step.kind, step.key, &sqlError) || !record(step))
            return failed();
    }
    QHash<int, int> nextPosition;
    const ImportHook &hook = importHook();
    int written = 0;
    for (const Step &step : std::as_const(steps)) {
        if (hook.afterObjects > 0 && written == hook.afterObjects) {
            if (!flushFlags())
                return failed();
            hook.call(written);
        }
        ++written;
        const bool newFlag = step.after && !step.before && step.kind == ObjectKind::Flag;
        if (!newFlag && !flushFlags())
            return failed();
        if (step.after && step.before) {
            if (!m_rows->update(*step.after, nullptr, &sqlError) || !record(step))
                return failed();
        } else if (step.after) {
            int position = step.position;
            if (mode == ImportMode::Merge) {
                const int kindIndex = int(step.kind);
                if (!nextPosition.contains(kindIndex)) {
                    const auto first = m_rows->nextPosition(step.kind, &sqlError);
                    if (!first)
                        return failed();
                    nextPosition.insert(kindIndex, *first);
                }
                position = nextPosition[kindIndex]++;
            }
            if (newFlag) {
                pendingFlags.append({&std::get<Flag>(*step.after), position});
                pendingChanges.append(changeOf(step));
                if (pendingFlags.size() >= FlagBatch && !flushFlags())
                    return failed();
            } else if (!m_rows->insert(*step.after, position, &sqlError) || !record(step)) {
                return failed();
            }
        }
        if (mode == ImportMode::Replace && step.before
            && !m_rows->setPosition(step.kind, step.key, step.position, &sqlError))
            return failed();
    }
    if (!flushFlags())
        return failed();
    const auto count = counter(&sqlError);
    if (!count)
        return failed();
    if (!commit(error))
        return std::nullopt;
    m_cache = std::move(result);
    m_cacheCounter = *count;
    return summary;
}

} // namespace Pennon
