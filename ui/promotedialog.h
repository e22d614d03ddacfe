// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/flag.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTreeView;

namespace Pennon {

class ProblemLabel;
class PromotionModel;
class WorkspaceSession;

/// View ▸ Environment ▸ Promote… and a flag's Promote to…: copies flags' configuration (on or off,
/// off variation, rules, what is served otherwise) from one environment to another. Pick the
/// source and the target, and the flag alone or every flag whose configuration differs
/// between the two; each flag that would change is a row with a tick (all ticked; Select All,
/// Select None) and what the target has now → what it would get, in the review's words. A
/// protected target is said in a warning. Apply makes the change as one undo step (drafts,
/// saved with File ▸ Save).
class PromoteDialog final : public QDialog
{
    Q_OBJECT
public:
    /// flagKey: the flag to promote (Promote to…), or empty for every flag that differs.
    /// The source is the current environment, the target the one after it.
    PromoteDialog(WorkspaceSession *session, const QString &flagKey, QWidget *parent = nullptr);

    QString sourceEnvironment() const;
    QString targetEnvironment() const;
    /// The flags ticked, with the source's configuration in the target.
    QList<Flag> chosenFlags() const;
    /// The name of the undo step.
    QString stepText() const;
    PromotionModel *model() const { return m_model; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refill();
    void showDifference();
    void updateApply();
    QString environmentName(const QString &key) const;

    WorkspaceSession *m_session;
    QString m_flagKey;
    PromotionModel *m_model;
    QComboBox *m_source;
    QComboBox *m_target;
    QRadioButton *m_onlyFlag;
    QRadioButton *m_everyFlag;
    ProblemLabel *m_warning;
    QLabel *m_note;
    QTreeView *m_list;
    QPlainTextEdit *m_difference;
    QLabel *m_count;
    QPushButton *m_selectAll;
    QPushButton *m_selectNone;
    QPushButton *m_apply;
};

} // namespace Pennon
