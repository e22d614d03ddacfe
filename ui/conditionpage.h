// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/activation.h"
#include "validation/problem.h"

#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;

namespace Pennon {

class ProblemLabel;
class PluginRegistry;
struct Workspace;

/// What the condition editor's pickers offer (ConditionEditor::setContext).
struct ConditionContext {
    const Workspace *workspace = nullptr;
    /// The flag being edited, left out of the prerequisites.
    QString flagKey;
    const PluginRegistry *plugins = nullptr;
    /// Attribute names to offer: the well-known ones, then those the workspace uses.
    QStringList attributes;
};

/// The fields of one activation type in the condition editor. A page keeps the condition it
/// shows, so that what it does not show (the source of an import) is kept as it was, and
/// reports each change the user makes as the whole condition after it.
class ConditionPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConditionPage(QWidget *parent = nullptr);

    /// The pickers' choices changed; the condition shown stays. The context outlives the page.
    virtual void setContext(const ConditionContext *context);
    /// Shows a condition of this page's type. Fields that already show their part are left
    /// alone (the cursor stays).
    virtual void setCondition(const Condition &condition, bool editable) = 0;
    /// What the page finds wrong beyond the validator's checks (text that cannot become the
    /// condition yet, such as JSON that does not parse), paths relative to the condition.
    virtual Problems ownProblems() const { return {}; }

    /// Shows each problem (path relative to the condition) under the field it is about;
    /// returns those that no field of this page is about. An empty list clears them.
    Problems showProblems(const Problems &problems);
    /// The labels of the form's rows, so that the editor can line all the pages up.
    const QList<QLabel *> &rowLabels() const { return m_rowLabels; }

Q_SIGNALS:
    void edited(const Pennon::Condition &after, const QString &text, const QString &field);
    /// ownProblems() changed without an edit (the user is typing text that does not parse).
    void ownProblemsChanged();

protected:
    QFormLayout *form() const { return m_form; }
    /// Adds a row: a label (text with a mnemonic, its buddy the field), the cell (the field,
    /// or a widget holding it) and, under the cell, the messages about the given paths (and
    /// the paths under them), also set as the field's accessible description. Returns the
    /// cell's container, which setRowVisible() takes.
    QWidget *addRow(const QString &label, QWidget *field, const QStringList &paths,
                    QWidget *cell = nullptr);
    /// A row without a label (check boxes), with messages about the paths.
    QWidget *addUnlabelledRow(QWidget *field, const QStringList &paths, QWidget *cell = nullptr);
    /// Further widgets that show the part at a path (another editor for the same values).
    void alsoDescribe(const QString &path, QWidget *widget);
    /// A quiet note under a field's row.
    ProblemLabel *addHint(QWidget *rowContainer);
    void setRowVisible(QWidget *rowContainer, bool visible);

    /// True while the page shows a condition: the fields' change signals are then no edits.
    bool updating() const { return m_updating; }
    /// Takes an edit the user made to the condition shown (value, the page's copy): unless the
    /// page is showing a condition or the edit changes nothing, value becomes after, then()
    /// brings what depends on it up to date, and edited() reports it.
    template <typename Value>
    void commitEdit(Value &value, const Value &after, const QString &text, const QString &field,
                    const std::function<void()> &then = {})
    {
        if (m_updating || after == value)
            return;
        value = after;
        if (then)
            then();
        Q_EMIT edited(after, text, field);
    }

    /// Sets updating() for its lifetime.
    class Updating
    {
    public:
        explicit Updating(ConditionPage *page) : m_page(page), m_was(page->m_updating) { page->m_updating = true; }
        ~Updating() { m_page->m_updating = m_was; }
        Updating(const Updating &) = delete;
        Updating &operator=(const Updating &) = delete;

    private:
        ConditionPage *m_page;
        bool m_was;
    };

    const ConditionContext &context() const;

private:
    struct Row {
        QStringList paths;
        QList<QWidget *> described;
        ProblemLabel *message = nullptr;
    };
    QWidget *addCell(QWidget *field, QWidget *cell, const QStringList &paths);

    QFormLayout *m_form;
    QList<Row> m_rows;
    QList<QLabel *> m_rowLabels;
    const ConditionContext *m_context = nullptr;
    bool m_updating = false;
};

/// "key — name", or the key alone when the name is empty or the key.
QString keyAndName(const QString &key, const QString &name);

} // namespace Pennon
