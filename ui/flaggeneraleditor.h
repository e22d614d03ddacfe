// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/flag.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Pennon {

/// The general fields of the selected flag: name, description, tags (completed from the
/// workspace's tags) and owner. Each change is reported as the whole flag after it, with the
/// field it changed, so that the session can make it an undoable step (typing in one field is
/// one step). Ctrl+Z and Ctrl+Shift+Z in the fields go to Edit ▸ Undo / Redo, the session's,
/// rather than to the field's own undo.
class FlagGeneralEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit FlagGeneralEditor(QWidget *parent = nullptr);

    /// Shows a flag (nullopt: none), editable or not; allTags feed the tag completion. Fields
    /// that already show the value are left alone (the cursor stays where it is).
    void setFlag(const std::optional<Flag> &flag, bool editable, const QStringList &allTags);
    /// The environment whose switch, off variation and default serve are shown (the window's
    /// current one); name as shown.
    void setEnvironment(const QString &key, const QString &name);
    QString flagKey() const { return m_flag ? m_flag->key : QString(); }

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QCheckBox *onBox() const { return m_on; }
    QComboBox *offVariationBox() const { return m_offVariation; }
    QComboBox *defaultServeBox() const { return m_defaultServe; }

Q_SIGNALS:
    /// The flag as the user changed it; field names what ("name", "description", ...), text
    /// the step's name for Edit ▸ Undo.
    void edited(const Pennon::Flag &flag, const QString &text, const QString &field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void emitEdit(const QString &field);

    std::optional<Flag> m_flag;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLineEdit *m_tags;
    QLineEdit *m_owner;
    QString m_environment;
    QLabel *m_environmentLabel;
    QCheckBox *m_on;
    QComboBox *m_offVariation;
    QComboBox *m_defaultServe;
    bool m_updating = false;
    bool m_editable = false;
    QStringList m_allTags;
};

} // namespace Pennon
