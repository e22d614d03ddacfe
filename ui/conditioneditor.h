// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/activation.h"
#include "validation/problem.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;

namespace Pennon {

class ConditionPage;
class ProblemLabel;
class PartChecker;
class PluginRegistry;
struct ConditionContext;
struct Workspace;

/// Edits one condition of a rule, of any activation type: a type list on top switches the
/// type (to that type's default condition, one edit), and under it the fields of the type,
/// driven by the operator table for constraints. Each change is reported as the condition
/// after it, with the field it changed, so that the session makes it an undoable step (typing
/// in one field is one step); Ctrl+Z and Ctrl+Shift+Z in the fields go to Edit ▸ Undo / Redo.
/// What the condition holds that the fields do not show (the source of an import) is kept.
///
/// Problems are shown under the field at fault: those the validator finds in the condition
/// as the user types (the same checks, so the same words), those setProblems() gives, and
/// what only the editor knows (JSON that does not parse, a configuration its plugin refuses).
class ConditionEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit ConditionEditor(QWidget *parent = nullptr);
    ~ConditionEditor() override;

    /// What the pickers offer: the workspace's activation library, segments, flags
    /// (prerequisites; flagKey is the flag being edited, left out of the list) and plugins (may
    /// be nullptr). The pointers stay valid until the next call.
    void setContext(const Workspace *workspace, const QString &flagKey, const PluginRegistry *plugins);
    /// Shows a condition; widgets that already show the value are left alone (cursor kept).
    /// Showing another condition than the one shown clears the problems setProblems() gave:
    /// call setProblems() after it.
    void setCondition(const Condition &condition, bool editable);
    Condition condition() const;
    /// The validator's problems for this condition, paths relative to it ("/values/2",
    /// "/pattern", "/attribute", "" for the whole): each shown next to the widget at fault (a
    /// message label under the field, in an error colour that follows the palette; the
    /// field's accessibleDescription set to it); an empty list clears them. A user's edit
    /// clears them too, since they were about the condition before it.
    void setProblems(const Problems &problems);

Q_SIGNALS:
    /// The condition as the user changed it; text names the undo step ("Change the pattern"),
    /// field names what changed ("pattern", "values", "type", ...) so that typing in one field
    /// merges into one undo step.
    void edited(const Pennon::Condition &after, const QString &text, const QString &field);

protected:
    void changeEvent(QEvent *event) override;

private:
    ConditionPage *page(ActivationType type) const;
    void showPage(ActivationType type);
    void typeChosen(int index);
    void pageEdited(const Condition &after, const QString &text, const QString &field);
    void showProblems();
    void showNote();
    void alignLabels();
    Condition defaultCondition(ActivationType type) const;

    std::unique_ptr<ConditionContext> m_context;
    std::unique_ptr<Workspace> m_noWorkspace;
    /// The validator's checks against the context's workspace; made when first needed.
    mutable std::unique_ptr<PartChecker> m_checker;
    Condition m_condition;
    bool m_editable = true;
    bool m_updating = false;
    Problems m_given;
    QLabel *m_typeLabel;
    /// Empty: keeps the general problems in the fields' column.
    QLabel *m_generalLabel = nullptr;
    QComboBox *m_type;
    ProblemLabel *m_note;
    QWidget *m_pages;
    QList<ConditionPage *> m_pageList;
    ProblemLabel *m_general;
};

} // namespace Pennon
