// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/flag.h"

#include <QAbstractListModel>
#include <QSet>

namespace Pennon {

struct Workspace;

/// The ordered rules of one flag in one environment, one row each: its number and name, its
/// conditions in words and what it serves. A disabled rule is shown greyed; a rule with a
/// validation problem carries an error icon. Rows move by drag and drop (moveRows), which
/// the editor turns into an undoable edit; every other change comes in through setRules().
class RuleListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { DisabledRole = Qt::UserRole + 1, RuleIdRole, ProblemRole };

    explicit RuleListModel(QObject *parent = nullptr);

    /// Shows these rules; rows that stay the same are left alone (the selection survives an
    /// edit of another rule). The workspace resolves library references in the texts.
    void setRules(const QList<Rule> &rules, const Workspace *context);
    /// Rules (by position) that have a validation problem, each with its first message.
    void setProblems(const QHash<int, QString> &problems);
    const QList<Rule> &rules() const { return m_rules; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    /// A rule dragged within the list: moved to where it is dropped (before the row dropped
    /// on, or last).
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

Q_SIGNALS:
    /// A drag moved the rule at from so that it now stands at to (positions after the move).
    void ruleMoved(int from, int to);

private:
    QList<Rule> m_rules;
    QList<QString> m_texts;
    QHash<int, QString> m_problems;
};

} // namespace Pennon
