// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/flag.h"

#include <QWidget>

#include <optional>

class QLineEdit;
class QPlainTextEdit;

namespace Pennon {

/// The general fields of the selected flag: name, description, tags (completed from the
/// workspace's tags) and owner. Each change is reported as the whole flag after it, with the
/// field it changed, so that the session can make it an undoable step (typing in one field is
/// one step). Ctrl+Z and Ctrl+Shift+Z in the fields go to Edit ▸ Undo / Redo, the session's,
/// rather than to the field's own undo. The flag's configuration per environment is edited in
/// the EnvironmentEditor.
class FlagGeneralEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit FlagGeneralEditor(QWidget *parent = nullptr);

    /// Shows a flag (nullopt: none), editable or not; allTags feed the tag completion. Fields
    /// that already show the value are left alone (the cursor stays where it is).
    void setFlag(const std::optional<Flag> &flag, bool editable, const QStringList &allTags);
    QString flagKey() const { return m_flag ? m_flag->key : QString(); }

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QLineEdit *ownerEdit() const { return m_owner; }

Q_SIGNALS:
    /// The flag as the user changed it; field names what ("name", "description", ...), text
    /// the step's name for Edit ▸ Undo.
    void edited(const Pennon::Flag &flag, const QString &text, const QString &field);

private:
    void emitEdit(const QString &field);

    std::optional<Flag> m_flag;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLineEdit *m_tags;
    QLineEdit *m_owner;
    bool m_updating = false;
    bool m_editable = false;
    QStringList m_allTags;
};

} // namespace Pennon
