// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/changestamp.h"
#include "model/workspace.h"

#include <QDateTime>

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Pennon {

/// The workspace's flags as a table, one row per flag; the State column shows whether the flag
/// is on in the selected environment. Read-only. Sized for tens of thousands of rows: data()
/// does no searching and the search text is prepared once per flag. A changed, added or
/// removed flag updates its row only (updateFlag, insertFlag, removeFlag), so that views keep
/// their selection and scroll position when another session saves.
class FlagListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column : int {
        KeyColumn,
        NameColumn,
        TypeColumn,
        StateColumn,
        TagsColumn,
        OwnerColumn,
        LastChangeColumn,   ///< when the flag was last saved (from the session's change stamps)
        ColumnCount
    };

    enum Role : int {
        FlagKeyRole = Qt::UserRole + 1, ///< QString: the flag's key, in every column
        SearchTextRole,                 ///< QString: key, name, tags and owner, case-folded
        ArchivedRole,                   ///< bool
        OnRole,                         ///< bool: on in the selected environment
        DraftRole,                      ///< bool: has unsaved changes
        SortRole,                       ///< per column: what it sorts by (case-folded text,
                                        ///< 0/1 for the state, milliseconds for the last change)
        TagsRole,                       ///< QStringList
        OwnerRole,                      ///< QString
        LastChangeRole,                 ///< QDateTime (UTC), invalid when not known
        ServesOneRole,                  ///< bool: servesOneVariation() in every environment
    };

    explicit FlagListModel(QObject *parent = nullptr);

    /// Replaces all flags and environments. Keeps the selected environment when the new
    /// workspace has it, else selects the first one.
    void setWorkspace(const Workspace &workspace);

    /// One flag changed (same key): its row is updated in place. False when no row has it.
    bool updateFlag(const Flag &flag);
    /// Many flags changed (each already shown), with their unsaved-changes marks (those in
    /// drafts have them): their rows updated as one change of the rows between the first and
    /// the last, rather than one signal per row (a bulk edit of a thousand flags).
    void updateFlags(const QList<Flag> &flags, const QSet<QString> &drafts);
    /// A new flag, shown at row (0 <= row <= rowCount()).
    void insertFlag(int row, const Flag &flag);
    /// A flag is gone; false when no row has it.
    bool removeFlag(const QString &key);
    /// Marks a flag's row as having unsaved changes (bold, said in the tooltip).
    void setDraft(const QString &key, bool draft);
    bool isDraft(const QString &key) const { return m_drafts.contains(key); }
    /// The environments changed (the flags did not): the State column follows.
    void setEnvironments(const QList<Environment> &environments);

    /// Selects the environment whose on/off the State column shows. Unknown keys are ignored.
    void setEnvironment(const QString &environmentKey);
    QString environment() const { return m_environment; }
    QStringList environmentKeys() const { return m_environmentKeys; }

    /// When each flag was last saved, by key; the Last change column shows them. Flags
    /// without a stamp show nothing there.
    void setStamps(const QHash<QString, ChangeStamp> &stamps);

    /// The distinct tags and owners of all flags (archived ones too), sorted.
    QStringList tags() const;
    QStringList owners() const;

    /// Whether everyone gets one and the same variation in this configuration: it is off
    /// (everyone gets the off variation), or on and every enabled rule and the default serve
    /// the same single variation (a split counts when only one of its variations has weight;
    /// a serve of another outcome, such as an error, does not count). With no enabled rule
    /// that is the default serve alone.
    static bool servesOneVariation(const EnvironmentConfig &config);
    /// servesOneVariation() in every environment the flag is configured in (an environment it
    /// is not configured in is off).
    static bool servesOneVariation(const Flag &flag);

    /// The flag in a row (0 <= row < rowCount()).
    const Flag &flag(int row) const { return m_flags.at(row); }
    /// The row of a flag, or -1.
    int rowOfFlag(const QString &key) const { return m_rowByKey.value(key, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void environmentChanged(const QString &environmentKey);

private:
    static QString searchTextOf(const Flag &flag);
    void reindexFrom(int row);
    void assignEnvironments(const QList<Environment> &environments);
    bool isOn(const Flag &flag) const;
    QVariant displayData(const Flag &flag, int column) const;
    QVariant toolTipData(const Flag &flag, int column) const;
    QVariant sortData(const Flag &flag, int column) const;
    QDateTime lastChange(const Flag &flag) const;

    QList<Flag> m_flags;
    QSet<QString> m_drafts;
    QStringList m_searchText;
    QList<bool> m_servesOne;
    QHash<QString, ChangeStamp> m_stamps;
    QHash<QString, int> m_rowByKey;
    QStringList m_environmentKeys;
    QStringList m_environmentNames;
    QString m_environment;
    QIcon m_onIcon;
    QIcon m_offIcon;
    QIcon m_flagIcon;
};

} // namespace Pennon
