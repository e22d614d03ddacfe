// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// The install list is complete: every file the build read from the system (headers, CMake
// package files, libraries it linked), every shared library of the built programs, every Qt
// plugin the tests and the app load, and every program the tests run belongs to a Debian
// package that scripts/install-deps.sh brings in through Depends/Pre-Depends alone (as
// `apt-get --no-install-recommends` does on a bare Debian 12), or to one of priority
// `required`, which every Debian has. A package missing from the list is named with one file
// that needed it. detectsARemovedPackage proves the check bites: without libqt6opengl6-dev
// (only recommended by qt6-base-dev, and once missing from the list) it names that package.

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QImageReader>
#include <QLibraryInfo>
#include <QPluginLoader>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;

namespace {

const QString SourceDir = QStringLiteral(PENNON_SOURCE_DIR);
const QString BuildDir = QStringLiteral(PENNON_BUILD_DIR);
const QString InstallScript = QStringLiteral(PENNON_SOURCE_DIR "/scripts/install-deps.sh");
/// The package that once was missing, and must be named when it is taken out of the list.
const QString ProofPackage = u"libqt6opengl6-dev"_s;

struct Output {
    bool ok = false;
    QString out;
    QString error;
};

Output run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Output result;
    if (!process.waitForStarted(10000)) {
        result.error = program + u": "_s + process.errorString();
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.error = program + u": did not finish within 120 s"_s;
        return result;
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.ok = process.exitStatus() == QProcess::NormalExit;
    if (!result.ok)
        result.error = program + u": "_s + QString::fromUtf8(process.readAllStandardError());
    return result;
}

bool isOurs(const QString &path)
{
    return path.startsWith(SourceDir + u'/') || path.startsWith(BuildDir + u'/');
}

QString stripArch(QString package)
{
    const qsizetype colon = package.indexOf(u':');
    if (colon >= 0)
        package.truncate(colon);
    return package.trimmed();
}

/// What one category of use needs: a file for each path, from the system.
using Files = QStringList;

/// dpkg's owners of each file. Debian 12 is merged-/usr and dpkg knows a file under one of its
/// two names, so each file is asked as given, canonical, and with /usr added or taken away.
std::map<QString, QStringList> owners(const Files &files)
{
    std::map<QString, QStringList> byPath;
    QHash<QString, QStringList> filesOf; // variant -> the files asked under that name
    QStringList queries;
    for (const QString &file : files) {
        QStringList variants{file};
        const QString canonical = QFileInfo(file).canonicalFilePath();
        if (!canonical.isEmpty())
            variants.append(canonical);
        for (const QString &v : QStringList(variants)) {
            if (v.startsWith(u"/usr/"_s))
                variants.append(v.mid(4));
            else
                variants.append(u"/usr"_s + v);
        }
        for (const QString &v : std::as_const(variants)) {
            QStringList &asked = filesOf[v];
            if (asked.isEmpty())
                queries.append(v);
            if (!asked.contains(file))
                asked.append(file);
        }
    }
    if (queries.isEmpty())
        return byPath;
    // dpkg-query -S exits 1 when some path has no owner; its output still lists the others.
    QProcess process;
    process.start(u"dpkg-query"_s, QStringList{u"-S"_s} + queries);
    process.waitForFinished(120000);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u"diversion "_s))
            continue;
        const qsizetype sep = line.indexOf(u": "_s);
        if (sep < 0)
            continue;
        const QString path = line.mid(sep + 2).trimmed();
        for (const QString &file : filesOf.value(path)) {
            QStringList &packages = byPath[file];
            for (const QString &p : line.left(sep).split(u","_s, Qt::SkipEmptyParts)) {
                const QString name = stripArch(p);
                if (!packages.contains(name))
                    packages.append(name);
            }
        }
    }
    return byPath;
}

/// Every package the install script may install (`install-deps.sh --list`).
QStringList installList()
{
    const Output listed = run(u"bash"_s, {InstallScript, u"--list"_s});
    return listed.out.split(u'\n', Qt::SkipEmptyParts);
}

/// The Depends/Pre-Depends closure of `packages`, as apt-get --no-install-recommends brings it
/// in: apt-cache depends --recurse with every other relation switched off. A virtual package
/// counts with its providers (apt-cache lists them, and follows them).
QSet<QString> closure(const QStringList &packages)
{
    const Output depends = run(u"apt-cache"_s,
                               QStringList{u"depends"_s, u"--recurse"_s, u"--no-recommends"_s,
                                           u"--no-suggests"_s, u"--no-conflicts"_s,
                                           u"--no-breaks"_s, u"--no-replaces"_s,
                                           u"--no-enhances"_s}
                                   + packages);
    QSet<QString> names;
    for (const QString &line : depends.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u' '))
            continue;
        QString name = line.trimmed();
        name.remove(u'<').remove(u'>');
        names.insert(stripArch(name));
    }
    return names;
}

/// Packages of priority required: on every Debian, debootstrap's minbase included.
QSet<QString> requiredPackages()
{
    const Output query = run(u"dpkg-query"_s,
                             {u"-W"_s, u"-f=${Package}\t${Priority}\t${db:Status-Abbrev}\n"_s});
    QSet<QString> required;
    for (const QString &line : query.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(u'\t');
        if (fields.size() == 3 && fields.at(1) == u"required"_s && fields.at(2).startsWith(u"ii"_s))
            required.insert(fields.at(0));
    }
    return required;
}

struct Verdict {
    QStringList missing;          // "package (needed by file)"
    QStringList unowned;          // files no Debian package holds
    QSet<QString> packages;       // every package a file of the category came from
};

/// Checks each file's package against what the list brings in; `elsewhere` names files that
/// may come from outside Debian because the install script keeps them when a machine has them
/// (node and npm: it installs Debian's only where they are missing).
Verdict judge(const Files &files, const QSet<QString> &allowed,
              const QSet<QString> &elsewhere = {})
{
    Verdict verdict;
    const auto byPath = owners(files);
    std::map<QString, QString> missing; // package -> first file
    for (const QString &file : files) {
        const auto found = byPath.find(file);
        if (found == byPath.end() || found->second.isEmpty()) {
            if (!elsewhere.contains(file))
                verdict.unowned.append(file);
            continue;
        }
        bool satisfied = false;
        for (const QString &package : found->second) {
            verdict.packages.insert(package);
            satisfied = satisfied || allowed.contains(package);
        }
        if (!satisfied && !missing.count(found->second.constFirst()))
            missing.emplace(found->second.constFirst(), file);
    }
    for (const auto &[package, file] : missing)
        verdict.missing.append(package + u" (needed by "_s + file + u')');
    return verdict;
}

QString report(const Verdict &verdict)
{
    QStringList lines;
    if (!verdict.missing.isEmpty())
        lines << u"packages neither installed by scripts/install-deps.sh (Depends/Pre-Depends) "
                 "nor of priority required:"_s
              << verdict.missing;
    if (!verdict.unowned.isEmpty())
        lines << u"files from outside Debian's packages (a fresh machine has none of them):"_s
              << verdict.unowned;
    return lines.join(u"\n  "_s);
}

bool isElf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(4) == QByteArray("\x7f" "ELF", 4);
}

QStringList builtElfFiles()
{
    QStringList elves;
    for (const QString &folder : {u"bin"_s, u"lib"_s, u"tests"_s}) {
        QDirIterator it(BuildDir + u'/' + folder, QDir::Files | QDir::Executable | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            // The build folder also holds node's own build from npm (interop); it is not ours.
            if (!path.contains(u"/npm-"_s) && !path.contains(u"/CMakeFiles/"_s) && isElf(path))
                elves.append(path);
        }
    }
    for (const QString &so : QDir(BuildDir + u"/lib"_s).entryList({u"*.so*"_s}, QDir::Files)) {
        const QString path = BuildDir + u"/lib/"_s + so;
        if (!elves.contains(path) && isElf(path))
            elves.append(path);
    }
    elves.sort();
    return elves;
}

/// Where a program the tests run is found: PATH, then the newest PostgreSQL server folder
/// (scripts/pg-test-server.sh looks there too; Debian keeps initdb and pg_ctl off PATH).
QString findProgram(const QString &name)
{
    if (name.startsWith(u'/'))
        return QFileInfo::exists(name) ? name : QString();
    QString found = QStandardPaths::findExecutable(name);
    if (!found.isEmpty())
        return found;
    QStringList versions = QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return a.toInt() > b.toInt();
    });
    for (const QString &v : std::as_const(versions)) {
        found = QStandardPaths::findExecutable(name, {u"/usr/lib/postgresql/"_s + v + u"/bin"_s});
        if (!found.isEmpty())
            return found;
    }
    return {};
}

} // namespace

class TestInstall final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listIsKnownToApt();
    void headers();
    void cmakeFilesAndLinkedLibraries();
    void sharedLibraries();
    void qtPlugins();
    void programs();
    void detectsARemovedPackage();

private:
    void check(const char *what, const Files &files, const QSet<QString> &elsewhere = {});
    Files everything() const;

    QStringList m_list;
    QSet<QString> m_allowed;
    QSet<QString> m_required;
    Files m_headers;
    Files m_cmake;
    Files m_libraries;
    Files m_plugins;
    Files m_programs;
    QSet<QString> m_elsewhere;
};

void TestInstall::initTestCase()
{
    QVERIFY2(QFileInfo::exists(BuildDir + u"/build.ninja"_s), "the build folder is Ninja's");
    for (const char *tool : {"dpkg-query", "apt-cache", "ldd", "ninja"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(), tool);
    m_list = installList();
    QVERIFY2(m_list.contains(u"qt6-base-dev"_s), "install-deps.sh --list names its packages");
    m_required = requiredPackages();
    QVERIFY(m_required.contains(u"dpkg"_s));
    m_allowed = closure(m_list) + m_required;
    QVERIFY(m_allowed.size() > m_list.size());
}

void TestInstall::check(const char *what, const Files &files, const QSet<QString> &elsewhere)
{
    QVERIFY2(!files.isEmpty(), what);
    const Verdict verdict = judge(files, m_allowed, elsewhere);
    QStringList packages = verdict.packages.values();
    packages.sort();
    qInfo("%s: %lld files from %lld packages: %s", what, qlonglong(files.size()),
          qlonglong(packages.size()), qPrintable(packages.join(u' ')));
    QVERIFY2(verdict.missing.isEmpty() && verdict.unowned.isEmpty(), qPrintable(report(verdict)));
}

void TestInstall::listIsKnownToApt()
{
    // A misspelt or vanished name would stop apt-get on a fresh machine.
    const Output shown = run(u"apt-cache"_s, QStringList{u"show"_s, u"--no-all-versions"_s} + m_list);
    QSet<QString> known;
    static const QRegularExpression packageLine(u"^Package: (\\S+)$"_s,
                                                QRegularExpression::MultilineOption);
    for (auto it = packageLine.globalMatch(shown.out); it.hasNext();)
        known.insert(it.next().captured(1));
    QStringList unknown;
    for (const QString &p : std::as_const(m_list)) {
        if (!known.contains(p))
            unknown.append(p);
    }
    QVERIFY2(unknown.isEmpty(), qPrintable(u"apt knows no package "_s + unknown.join(u", "_s)));
}

void TestInstall::headers()
{
    // Ninja's dependency log: every header each object file was compiled from.
    const Output deps = run(u"ninja"_s, {u"-C"_s, BuildDir, u"-t"_s, u"deps"_s});
    QVERIFY2(deps.ok, qPrintable(deps.error));
    QSet<QString> seen;
    for (const QString &line : deps.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.startsWith(u"    /"_s))
            continue;
        const QString path = QDir::cleanPath(line.trimmed());
        if (!isOurs(path) && !seen.contains(path)) {
            seen.insert(path);
            m_headers.append(path);
        }
    }
    check("headers", m_headers);
}

void TestInstall::cmakeFilesAndLinkedLibraries()
{
    // build.ninja names every file CMake read while configuring (the inputs of its re-run
    // rule) and every library each target links by its path.
    QFile ninja(BuildDir + u"/build.ninja"_s);
    QVERIFY(ninja.open(QIODevice::ReadOnly | QIODevice::Text));
    QSet<QString> seen;
    const auto add = [&](const QString &token) {
        if (token.startsWith(u'/') && !isOurs(token) && !seen.contains(token)) {
            seen.insert(token);
            m_cmake.append(token);
        }
    };
    while (!ninja.atEnd()) {
        const QString line = QString::fromUtf8(ninja.readLine()).trimmed();
        if (line.startsWith(u"build build.ninja: RERUN_CMAKE"_s)) {
            const qsizetype bar = line.indexOf(u" | "_s);
            if (bar >= 0) {
                for (const QString &token : line.mid(bar + 3).split(u' ', Qt::SkipEmptyParts)) {
                    if (token == u"||"_s)
                        break;
                    add(token);
                }
            }
        } else if (line.startsWith(u"LINK_LIBRARIES = "_s)) {
            for (const QString &token : line.mid(17).split(u' ', Qt::SkipEmptyParts))
                add(token);
        }
    }
    check("CMake files and linked libraries", m_cmake);
}

void TestInstall::sharedLibraries()
{
    const QStringList elves = builtElfFiles();
    QVERIFY2(elves.size() > 10, "the programs, libraries and tests are built");
    QVERIFY(elves.contains(BuildDir + u"/bin/pennon"_s));
    QVERIFY(elves.contains(BuildDir + u"/bin/pennonctl"_s));
    const Output ldd = run(u"ldd"_s, elves);
    QStringList notFound;
    QSet<QString> seen;
    static const QRegularExpression resolved(u"=> (/\\S+) \\(0x"_s);
    static const QRegularExpression direct(u"^\\s+(/\\S+) \\(0x"_s);
    QString current;
    for (const QString &line : ldd.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.startsWith(u'\t') && line.endsWith(u':')) {
            current = line.chopped(1);
            continue;
        }
        if (line.contains(u"=> not found"_s)) {
            notFound.append(line.trimmed() + u" (in "_s + current + u')');
            continue;
        }
        auto m = resolved.match(line);
        if (!m.hasMatch())
            m = direct.match(line);
        if (m.hasMatch()) {
            const QString path = QDir::cleanPath(m.captured(1));
            if (!isOurs(path) && !seen.contains(path)) {
                seen.insert(path);
                m_libraries.append(path);
            }
        }
    }
    QVERIFY2(notFound.isEmpty(), qPrintable(notFound.join(u"\n  "_s)));
    check("shared libraries", m_libraries);
}

void TestInstall::qtPlugins()
{
    // Load what the tests and the app load, in this very process, then read what is mapped:
    // the platform plugins (offscreen for the tests, xcb for the app), both SQL drivers, and
    // the SVG icon engine and image format the icons need.
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QSQLITE"_s), "Qt's SQLite driver");
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s), "Qt's PostgreSQL driver");
    {
        const QSqlDatabase sqlite = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"install-sqlite"_s);
        const QSqlDatabase postgres = QSqlDatabase::addDatabase(u"QPSQL"_s, u"install-psql"_s);
        QVERIFY(sqlite.isValid());
        QVERIFY(postgres.isValid());
    }
    QSqlDatabase::removeDatabase(u"install-sqlite"_s);
    QSqlDatabase::removeDatabase(u"install-psql"_s);
    const QString svg = SourceDir + u"/resources/icons/pennon.svg"_s;
    QVERIFY2(!QIcon(svg).pixmap(32, 32).isNull(), "SVG icon engine");
    QVERIFY2(!QImageReader(svg).read().isNull(), "SVG image format");
    const QString plugins = QLibraryInfo::path(QLibraryInfo::PluginsPath);
    QPluginLoader xcb(plugins + u"/platforms/libqxcb.so"_s);
    QVERIFY2(xcb.load(), qPrintable(xcb.errorString()));

    QFile maps(u"/proc/self/maps"_s);
    QVERIFY(maps.open(QIODevice::ReadOnly | QIODevice::Text));
    QSet<QString> seen;
    for (const QByteArray &raw : maps.readAll().split('\n')) {
        const qsizetype slash = raw.indexOf('/');
        if (slash < 0)
            continue;
        const QString path = QString::fromUtf8(raw.mid(slash)).trimmed();
        if (!path.contains(u".so"_s) || isOurs(path) || seen.contains(path))
            continue;
        seen.insert(path);
        m_plugins.append(path);
    }
    QVERIFY2(std::any_of(m_plugins.cbegin(), m_plugins.cend(),
                         [](const QString &p) { return p.endsWith(u"/libqsqlpsql.so"_s); }),
             "the PostgreSQL driver was loaded");
    check("Qt plugins and what they load", m_plugins);
}

void TestInstall::programs()
{
    // The programs the tests and the README's commands run (PENNON_TEST_PROGRAMS, kept in
    // tests/CMakeLists.txt next to the tests that run them).
    const QStringList names = QStringLiteral(PENNON_TEST_PROGRAMS).split(u'|', Qt::SkipEmptyParts);
    QStringList absent;
    for (const QString &name : names) {
        const QString path = findProgram(name);
        if (path.isEmpty()) {
            absent.append(name);
            continue;
        }
        m_programs.append(path);
        if (name == u"node"_s || name == u"npm"_s)
            m_elsewhere.insert(path);
    }
    QVERIFY2(absent.isEmpty(), qPrintable(u"not found: "_s + absent.join(u", "_s)));
    check("programs", m_programs, m_elsewhere);
}

Files TestInstall::everything() const
{
    return m_headers + m_cmake + m_libraries + m_plugins + m_programs;
}

void TestInstall::detectsARemovedPackage()
{
    QVERIFY2(!m_headers.isEmpty() && !m_cmake.isEmpty() && !m_libraries.isEmpty(),
             "the checks above ran first");
    QStringList reduced = m_list;
    reduced.removeAll(ProofPackage);
    const QSet<QString> allowed = closure(reduced) + m_required;
    QVERIFY(!allowed.contains(ProofPackage));
    const Verdict verdict = judge(everything(), allowed, m_elsewhere);
    const QString text = report(verdict);
    qInfo("without %s in the list:\n  %s", qPrintable(ProofPackage), qPrintable(text));
    const QString line = [&] {
        for (const QString &l : verdict.missing) {
            if (l.startsWith(ProofPackage + u" (needed by /"_s))
                return l;
        }
        return QString();
    }();
    QVERIFY2(!line.isEmpty(), qPrintable(text));
    QVERIFY2(line.contains(u"OpenGL"_s), qPrintable(line));
}

QTEST_MAIN(TestInstall)
#include "tst_install.moc"
