// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "flaglistmodel.h"

#include "text/flagtext.h"

#include <QFont>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>
#include <QGuiApplication>
#include <QPalette>

namespace Pennon {

using namespace Qt::StringLiterals;

FlagListModel::FlagListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_onIcon(u":/pennon/icons/state-on.svg"_s)
    , m_offIcon(u":/pennon/icons/state-off.svg"_s)
    , m_flagIcon(u":/pennon/icons/flag.svg"_s)
{
}

QString FlagListModel::searchTextOf(const Flag &f)
{
    return QString(f.key + u'\n' + f.name + u'\n' + f.tags.join(u'\n') + u'\n' + f.owner).toCaseFolded();
}

void FlagListModel::setWorkspace(const Workspace &workspace)
{
    const QString previousEnvironment = m_environment;
    beginResetModel();
    m_flags = workspace.flags;
    assignEnvironments(workspace.environments);

    m_searchText.clear();
    m_searchText.reserve(m_flags.size());
    m_servesOne.clear();
    m_servesOne.reserve(m_flags.size());
    for (const Flag &f : std::as_const(m_flags)) {
        m_searchText.append(searchTextOf(f));
        m_servesOne.append(servesOneVariation(f));
    }
    m_rowByKey.clear();
    m_rowByKey.reserve(m_flags.size());
    reindexFrom(0);
    endResetModel();
    if (m_environment != previousEnvironment)
        Q_EMIT environmentChanged(m_environment);
}

void FlagListModel::assignEnvironments(const QList<Environment> &environments)
{
    m_environmentKeys.clear();
    m_environmentNames.clear();
    for (const Environment &env : environments) {
        m_environmentKeys.append(env.key);
        m_environmentNames.append(env.name.isEmpty() ? env.key : env.name);
    }
    if (!m_environmentKeys.contains(m_environment))
        m_environment = m_environmentKeys.isEmpty() ? QString() : m_environmentKeys.constFirst();
}

void FlagListModel::reindexFrom(int row)
{
    for (int r = row; r < m_flags.size(); ++r)
        m_rowByKey.insert(m_flags.at(r).key, r);
}

bool FlagListModel::updateFlag(const Flag &flag)
{
    const int row = rowOfFlag(flag.key);
    if (row < 0)
        return false;
    m_flags[row] = flag;
    m_searchText[row] = searchTextOf(flag);
    m_servesOne[row] = servesOneVariation(flag);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void FlagListModel::updateFlags(const QList<Flag> &flags, const QSet<QString> &drafts)
{
    int first = -1;
    int last = -1;
    for (const Flag &flag : flags) {
        const int row = rowOfFlag(flag.key);
        if (row < 0)
            continue;
        m_flags[row] = flag;
        m_searchText[row] = searchTextOf(flag);
        m_servesOne[row] = servesOneVariation(flag);
        if (drafts.contains(flag.key))
            m_drafts.insert(flag.key);
        else
            m_drafts.remove(flag.key);
        first = first < 0 ? row : std::min(first, row);
        last = std::max(last, row);
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void FlagListModel::insertFlag(int row, const Flag &flag)
{
    row = qBound(0, row, int(m_flags.size()));
    beginInsertRows({}, row, row);
    m_flags.insert(row, flag);
    m_searchText.insert(row, searchTextOf(flag));
    m_servesOne.insert(row, servesOneVariation(flag));
    reindexFrom(row);
    endInsertRows();
}

bool FlagListModel::removeFlag(const QString &key)
{
    const int row = rowOfFlag(key);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_flags.removeAt(row);
    m_searchText.removeAt(row);
    m_servesOne.removeAt(row);
    m_rowByKey.remove(key);
    reindexFrom(row);
    endRemoveRows();
    return true;
}

void FlagListModel::setDraft(const QString &key, bool draft)
{
    if (draft == m_drafts.contains(key))
        return;
    if (draft)
        m_drafts.insert(key);
    else
        m_drafts.remove(key);
    if (const int row = rowOfFlag(key); row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::FontRole, Qt::ToolTipRole, DraftRole});
}

void FlagListModel::setEnvironments(const QList<Environment> &environments)
{
    const QString previousEnvironment = m_environment;
    assignEnvironments(environments);
    if (!m_flags.isEmpty())
        Q_EMIT dataChanged(index(0, StateColumn), index(rowCount() - 1, StateColumn));
    if (m_environment != previousEnvironment)
        Q_EMIT environmentChanged(m_environment);
}

void FlagListModel::setEnvironment(const QString &environmentKey)
{
    if (environmentKey == m_environment || !m_environmentKeys.contains(environmentKey))
        return;
    m_environment = environmentKey;
    if (!m_flags.isEmpty()) {
        Q_EMIT dataChanged(index(0, StateColumn), index(rowCount() - 1, StateColumn),
                           {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole, OnRole, SortRole});
    }
    Q_EMIT environmentChanged(m_environment);
}

void FlagListModel::setStamps(const QHash<QString, ChangeStamp> &stamps)
{
    // Only the rows whose stamp moved change (one save: one row), in runs of adjacent rows.
    const QHash<QString, ChangeStamp> previous = std::exchange(m_stamps, stamps);
    const auto moved = [&](int row) {
        const QString &key = m_flags.at(row).key;
        return previous.value(key) != m_stamps.value(key);
    };
    const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, SortRole, LastChangeRole};
    for (int row = 0; row < m_flags.size(); ++row) {
        if (!moved(row))
            continue;
        int last = row;
        while (last + 1 < m_flags.size() && moved(last + 1))
            ++last;
        Q_EMIT dataChanged(index(row, LastChangeColumn), index(last, LastChangeColumn), roles);
        row = last;
    }
}

QStringList FlagListModel::tags() const
{
    QSet<QString> seen;
    for (const Flag &f : m_flags) {
        for (const QString &tag : f.tags)
            seen.insert(tag);
    }
    QStringList result(seen.cbegin(), seen.cend());
    std::sort(result.begin(), result.end(), [](const QString &a, const QString &b) {
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    });
    return result;
}

QStringList FlagListModel::owners() const
{
    QSet<QString> seen;
    for (const Flag &f : m_flags) {
        if (!f.owner.isEmpty())
            seen.insert(f.owner);
    }
    QStringList result(seen.cbegin(), seen.cend());
    std::sort(result.begin(), result.end(), [](const QString &a, const QString &b) {
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    });
    return result;
}

namespace {

/// The one variation a serve gives everyone, or nothing when it may give more than one or
/// something other than a variation.
std::optional<QString> singleVariation(const Serve &serve)
{
    if (serve.outcome != ServeOutcome::Variation)
        return std::nullopt;
    if (!serve.isSplit())
        return serve.variation;
    std::optional<QString> only;
    for (const SplitWeight &w : serve.split->weights) {
        if (w.weight <= 0)
            continue;
        if (w.outcome != ServeOutcome::Variation)
            return std::nullopt;
        if (only && *only != w.variation)
            return std::nullopt;
        only = w.variation;
    }
    return only;
}

} // namespace

bool FlagListModel::servesOneVariation(const EnvironmentConfig &config)
{
    if (!config.on)
        return true;
    const std::optional<QString> fallback = singleVariation(config.defaultServe);
    if (!fallback)
        return false;
    for (const Rule &rule : config.rules) {
        if (rule.disabled)
            continue;
        if (singleVariation(rule.serve) != fallback)
            return false;
    }
    return true;
}

bool FlagListModel::servesOneVariation(const Flag &flag)
{
    for (const EnvironmentConfig &config : flag.environments) {
        if (!servesOneVariation(config))
            return false;
    }
    return true;
}

QDateTime FlagListModel::lastChange(const Flag &flag) const
{
    const auto it = m_stamps.constFind(flag.key);
    return it == m_stamps.constEnd() ? QDateTime() : it->time;
}

int FlagListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_flags.size());
}

int FlagListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool FlagListModel::isOn(const Flag &flag) const
{
    const auto it = flag.environments.constFind(m_environment);
    return it != flag.environments.constEnd() && it->on;
}

QVariant FlagListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Flag &f = m_flags.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(f, index.column());
    case Qt::ToolTipRole:
        if (m_drafts.contains(f.key) && index.column() == KeyColumn)
            return tr("%1 — unsaved changes (File ▸ Save writes them)").arg(toolTipData(f, index.column()).toString());
        return toolTipData(f, index.column());
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return isOn(f) ? m_onIcon : m_offIcon;
        if (index.column() == KeyColumn)
            return m_flagIcon;
        return {};
    case Qt::FontRole:
        if (f.archived || m_drafts.contains(f.key)) {
            QFont font;
            font.setItalic(f.archived);
            font.setBold(m_drafts.contains(f.key));
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (f.archived)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case FlagKeyRole:
        return f.key;
    case SearchTextRole:
        return m_searchText.at(index.row());
    case ArchivedRole:
        return f.archived;
    case OnRole:
        return isOn(f);
    case DraftRole:
        return m_drafts.contains(f.key);
    case SortRole:
        return sortData(f, index.column());
    case TagsRole:
        return f.tags;
    case OwnerRole:
        return f.owner;
    case LastChangeRole:
        return lastChange(f);
    case ServesOneRole:
        return m_servesOne.at(index.row());
    default:
        return {};
    }
}

QVariant FlagListModel::displayData(const Flag &flag, int column) const
{
    switch (column) {
    case KeyColumn: return flag.key;
    case NameColumn: return flag.name;
    case TypeColumn: return FlagText::typeName(flag.type);
    case StateColumn: return FlagText::stateName(isOn(flag));
    case TagsColumn: return flag.tags.join(u", ");
    case OwnerColumn: return flag.owner;
    case LastChangeColumn: {
        const QDateTime time = lastChange(flag);
        if (!time.isValid())
            return {};
        const QDateTime local = time.toLocalTime();
        const qint64 days = local.date().daysTo(QDate::currentDate());
        if (days == 0)
            return QLocale().toString(local.time(), QLocale::ShortFormat);
        if (days == 1)
            return tr("yesterday");
        if (days > 1 && days < 7)
            return tr("%n days ago", nullptr, int(days));
        return QLocale().toString(local.date(), QLocale::ShortFormat);
    }
    default: return {};
    }
}

QVariant FlagListModel::sortData(const Flag &flag, int column) const
{
    switch (column) {
    case StateColumn: return isOn(flag) ? 1 : 0;
    case LastChangeColumn: {
        // Unknown times sort before every known one.
        const QDateTime time = lastChange(flag);
        return time.isValid() ? time.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    }
    case KeyColumn: return flag.key;
    default:
        return displayData(flag, column);
    }
}

QVariant FlagListModel::toolTipData(const Flag &flag, int column) const
{
    switch (column) {
    case KeyColumn:
    case NameColumn: {
        QString tip = flag.description.isEmpty() ? flag.name : flag.description;
        if (flag.archived)
            tip = tr("%1 (archived)").arg(tip);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case StateColumn: {
        const qsizetype envIndex = m_environmentKeys.indexOf(m_environment);
        const QString envName = envIndex >= 0 ? m_environmentNames.at(envIndex) : m_environment;
        if (!flag.environments.contains(m_environment))
            return tr("Not configured in %1, so off").arg(envName);
        return isOn(flag) ? tr("On in %1").arg(envName) : tr("Off in %1").arg(envName);
    }
    case TagsColumn:
        return flag.tags.isEmpty() ? QVariant() : QVariant(flag.tags.join(u", "));
    case LastChangeColumn: {
        const auto it = m_stamps.constFind(flag.key);
        if (it == m_stamps.constEnd() || !it->time.isValid())
            return tr("Not known when this flag was last saved");
        const QString when = QLocale().toString(it->time.toLocalTime(), QLocale::LongFormat);
        return it->actor.isEmpty() ? tr("Last saved %1").arg(when) : tr("Last saved %1 by %2").arg(when, it->actor);
    }
    default:
        return {};
    }
}

QVariant FlagListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn: return tr("Key");
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Type");
    case StateColumn: return tr("State");
    case TagsColumn: return tr("Tags");
    case OwnerColumn: return tr("Owner");
    case LastChangeColumn: return tr("Last change");
    default: return {};
    }
}

} // namespace Pennon
