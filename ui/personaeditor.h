// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "engine/context.h"
#include "model/persona.h"

#include <QDateTime>
#include <QJsonObject>
#include <QWidget>

#include <optional>

class QCheckBox;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Pennon {

class ProblemLabel;

/// Edits one persona, the context a flag is evaluated for: a user id, typed attributes
/// (string, number, boolean, version, date) in rows that can be added and removed, and an
/// optional currentTime ("evaluate as of"). A row whose value does not fit its type is named
/// under the table and left out of the context.
class PersonaEditor final : public QWidget
{
    Q_OBJECT
public:
    using Type = PersonaAttribute::Type;
    using Attribute = PersonaAttribute;

    explicit PersonaEditor(QWidget *parent = nullptr);

    QString userId() const;
    void setUserId(const QString &userId);
    QList<Attribute> attributes() const;
    void setAttributes(const QList<Attribute> &attributes);
    std::optional<QDateTime> currentTime() const;
    void setCurrentTime(const std::optional<QDateTime> &time);

    /// The persona as a native context object (what `pennonctl eval --context` takes).
    QJsonObject contextJson() const;
    /// The same, as the engine takes it.
    Context context() const;
    /// What is wrong with the rows left out; empty when nothing is.
    QString problem() const;

    /// The persona as edited (key, name, description and version are the last set's).
    Persona persona() const;
    /// Shows a persona (a saved one, or one made from a context with Persona::fromContextJson).
    void setPersona(const Persona &persona);

    /// The whole persona, types included, for QSettings; restore() takes it back.
    QJsonObject save() const;
    void restore(const QJsonObject &saved);

Q_SIGNALS:
    /// The persona changed (a field typed in, a row added or removed).
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addRow(const Attribute &attribute);
    void removeCurrentRow();
    void check();

    QLineEdit *m_userId;
    QTableWidget *m_attributes;
    QPushButton *m_add;
    QPushButton *m_remove;
    QCheckBox *m_asOf;
    QDateTimeEdit *m_time;
    ProblemLabel *m_problem;
    Persona m_persona;   ///< what setPersona() gave: key, name, description, version
};

} // namespace Pennon
