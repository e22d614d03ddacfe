// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "personaevaluator.h"

#include <QAbstractTableModel>

#include <memory>

namespace Pennon {

/// A persona's answer as a table. In one environment: flag, variation, value, reason and
/// matched rule. In all of them side by side: the flag, then one column per environment
/// (variation and reason), a cell marked where the environments do not all agree.
class PersonaResultModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FlagColumn, VariationColumn, ValueColumn, ReasonColumn, RuleColumn, ColumnCount };
    enum Role {
        FlagKeyRole = Qt::UserRole,   ///< the row's flag key
        DiffersRole,                  ///< bool: the environments do not all give this flag the same variation
        EnvironmentRole,              ///< the environment a cell (or, in one environment, the row) is for
    };

    explicit PersonaResultModel(QObject *parent = nullptr);

    /// Shows an answer; rows keep their place when the flags are the same.
    void setAnswer(std::shared_ptr<const PersonaAnswer> answer);
    std::shared_ptr<const PersonaAnswer> answer() const { return m_answer; }
    /// Whether the columns are one per environment (the answer has several).
    bool sideBySide() const { return m_answer && m_answer->environments.size() > 1; }
    int rowOfFlag(const QString &key) const;
    /// Shows only the flags whose key contains text (case-insensitive); empty: all. Done here
    /// rather than in a proxy, so that a new answer for 10,000 flags is one dataChanged().
    void setFilter(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool differs(int flag) const;
    void refilter();

    std::shared_ptr<const PersonaAnswer> m_answer;
    QString m_filter;
    QList<int> m_rows;   ///< the shown flags, as indices into the answer's

};

} // namespace Pennon
