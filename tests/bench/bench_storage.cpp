// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Storage figures: import of 10,000 flags (3 environments, 4 rules each), a load of them, and
// 1,000 single-flag saves (p50/p99), on SQLite and, when PENNON_TEST_DATABASE names a
// PostgreSQL database, on it too. Prints figures; never fails on time.

#include "storage/databaseurl.h"
#include "storage/sqlconnection.h"
#include "storage/sqlrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

constexpr int FlagCount = 10000;
constexpr int BulkCount = 1000;
constexpr int SaveCount = 1000;

Flag benchFlag(int i)
{
    Flag flag;
    flag.key = u"flag-"_s + QString::number(i);
    flag.name = u"Flag "_s + QString::number(i);
    flag.description = u"Benchmark flag"_s;
    flag.tags = {u"bench"_s, u"team-"_s + QString::number(i % 10)};
    flag.owner = u"team-"_s + QString::number(i % 10);
    flag.type = FlagType::String;
    flag.variations = {{u"a"_s, QJsonValue(u"alpha"_s), {}}, {u"b"_s, QJsonValue(u"beta"_s), {}}};
    for (const Environment &environment : Workspace::defaultEnvironments()) {
        EnvironmentConfig config;
        config.on = i % 2 == 0;
        config.offVariation = u"a"_s;
        for (int r = 0; r < 4; ++r) {
            Rule rule;
            rule.id = u"rule-"_s + QString::number(r);
            ConstraintActivation country;
            country.attribute = u"country"_s;
            country.op = Operator::In;
            country.values = {u"DE"_s, u"FR"_s, QString::number(r)};
            rule.conditions.append(country);
            if (r % 2 == 1)
                rule.conditions.append(UserListActivation{u"userId"_s, {u"u1"_s, u"u2"_s}});
            if (r == 3) {
                Split split;
                split.weights = {{u"a"_s, 50}, {u"b"_s, 50}};
                rule.serve.split = split;
            } else {
                rule.serve.variation = r % 2 ? u"a"_s : u"b"_s;
            }
            config.rules.append(rule);
        }
        config.defaultServe.variation = u"a"_s;
        flag.environments.insert(environment.key, config);
    }
    return flag;
}

void resetPostgres(const DatabaseUrl &url)
{
    const QString name = SqlConnection::uniqueName();
    StorageError error;
    if (!SqlConnection::open(url, name, &error))
        return;
    {
        QSqlQuery q(QSqlDatabase::database(name, false));
        q.exec(u"DROP SCHEMA public CASCADE"_s);
        q.exec(u"CREATE SCHEMA public"_s);
    }
    SqlConnection::close(name);
}

void run(const DatabaseUrl &url)
{
    std::printf("\n== %s\n", qPrintable(url.toDisplayString()));
    Workspace workspace;
    workspace.environments = Workspace::defaultEnvironments();
    for (int i = 0; i < FlagCount; ++i)
        workspace.flags.append(benchFlag(i));

    StorageError error;
    auto repository = SqlRepository::open(url, &error);
    if (!repository) {
        std::printf("cannot open: %s\n", qPrintable(error.message));
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const auto summary = repository->importWorkspace(workspace, ImportMode::Replace, false, {}, &error);
    if (!summary) {
        std::printf("import failed: %s\n", qPrintable(error.message));
        return;
    }
    std::printf("import of %d flags (3 environments, 4 rules each): %lld ms\n", FlagCount,
                timer.elapsed());

    auto reader = SqlRepository::open(url, &error);
    timer.restart();
    const auto loaded = reader->load(&error);
    std::printf("load of %lld flags: %lld ms\n", loaded ? qlonglong(loaded->flags.size()) : -1LL,
                timer.elapsed());
    timer.restart();
    reader->load(&error);
    std::printf("second load: %lld ms\n", timer.elapsed());

    // Two kinds of edit: the description (the flag's own row), and a rule condition in one
    // environment (that environment's rows are rewritten: its rules and conditions).
    const auto saves = [&](const char *what, const std::function<void(Flag &, int)> &edit) {
        QList<double> times;
        for (int i = 0; i < SaveCount; ++i) {
            StorageError saveError;
            auto current = reader->flag(loaded->flags.at((i * 7) % FlagCount).key, &saveError);
            if (!current) {
                std::printf("flag failed: %s\n", qPrintable(saveError.message));
                return;
            }
            Flag flag = *current;
            const qint64 expected = flag.version;
            edit(flag, i);
            QElapsedTimer one;
            one.start();
            const auto version = reader->saveFlag(flag, expected, {}, &saveError);
            times.append(double(one.nsecsElapsed()) / 1e6);
            if (!version) {
                std::printf("save failed: %s\n", qPrintable(saveError.message));
                return;
            }
        }
        std::sort(times.begin(), times.end());
        std::printf("%d single-flag saves (%s): p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", SaveCount,
                    what, times.at(times.size() / 2), times.at(times.size() * 99 / 100),
                    times.constLast());
    };
    saves("description", [](Flag &flag, int i) { flag.description = u"edit "_s + QString::number(i); });
    saves("a rule condition in one environment", [](Flag &flag, int i) {
        auto &rules = flag.environments[u"production"_s].rules;
        std::get<ConstraintActivation>(rules.first().conditions.first()).values.last() =
                QString::number(i);
    });

    // Bulk edits: 1,000 flags written in one saveAll (one transaction, one change each), once
    // a tag (the flags' tag rows), once switched off in production (their environment rows).
    const auto bulk = [&](const char *what, const std::function<void(Flag &)> &edit) {
        StorageError bulkError;
        const auto now = reader->load(&bulkError);
        if (!now) {
            std::printf("load failed: %s\n", qPrintable(bulkError.message));
            return;
        }
        WorkspaceWrite write;
        for (int i = 0; i < BulkCount; ++i) {
            Flag flag = now->flags.at((i * 7) % FlagCount);
            const qint64 expected = flag.version;
            edit(flag);
            write.objects.append({ObjectKind::Flag, flag.key, StoredObject(flag), expected});
        }
        QElapsedTimer one;
        one.start();
        const auto changes = reader->saveAll(write, {}, &bulkError);
        const double ms = double(one.nsecsElapsed()) / 1e6;
        if (!changes) {
            std::printf("bulk save failed: %s\n", qPrintable(bulkError.message));
            return;
        }
        std::printf("bulk save of %d flags in one transaction (%s): %.0f ms\n", *changes, what, ms);
    };
    bulk("a tag added", [](Flag &flag) { flag.tags.append(u"bulk"_s); });
    bulk("switched off in production", [](Flag &flag) { flag.environments[u"production"_s].on = false; });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    run(DatabaseUrl{DatabaseUrl::Kind::Sqlite, dir.filePath(u"bench.sqlite"_s), {}, 5432, {}, {}, {}});
    QString error;
    const auto url = DatabaseUrl::parse(qEnvironmentVariable("PENNON_TEST_DATABASE"), &error);
    if (url && url->kind == DatabaseUrl::Kind::Postgresql) {
        resetPostgres(*url);
        run(*url);
        resetPostgres(*url);
    }
    return 0;
}
