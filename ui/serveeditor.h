// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/flag.h"
#include "validation/problem.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Pennon {

class SplitBar;

/// What a rule or the default serves: one variation, or a split (a percentage rollout) with a
/// weight per variation, its total, stickiness, salt and bucketing scheme, drawn as a bar that
/// follows the weights as they are typed. A serve imported with another outcome (no value, an
/// error) is shown as it is and can be replaced by a variation or a split. Each change is
/// reported as the serve after it, for the session's undo stack; Ctrl+Z in the fields goes to
/// Edit ▸ Undo.
class ServeEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit ServeEditor(QWidget *parent = nullptr);

    /// The flag whose variations can be served (keys, values for tooltips).
    void setVariations(const QList<Variation> &variations);
    /// Shows a serve; widgets that already show the value are left alone (cursor kept).
    void setServe(const Serve &serve, bool editable);
    Serve serve() const;
    /// The validator's problems for this serve, paths relative to it ("/variation",
    /// "/split/weights/1/weight", "/split/total", "/split/stickiness/0", "" ...): each shown
    /// next to the widget at fault (an error label beside or under it, the widget's accessible
    /// description set); empty clears.
    void setProblems(const Problems &problems);

Q_SIGNALS:
    /// The serve as the user changed it; text names the undo step ("Change the split"), field
    /// what changed ("mode", "variation", "weights", "total", "stickiness", "absence", "salt",
    /// "scheme") so that typing in one field merges into one undo step.
    void edited(const Pennon::Serve &after, const QString &text, const QString &field);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// One weight: a variation of the flag (present in the split or not), or a bucket of the
    /// split that is none of them (another outcome, an unknown or repeated variation).
    struct WeightRow {
        QString id;             ///< "v:<key>" for the flag's variations, "w:<index>" otherwise
        QString variation;      ///< the flag's variation this row stands for (empty otherwise)
        qsizetype weightIndex = -1;   ///< in the split's weights; -1 while the split lacks it
        QLabel *swatch = nullptr;
        QLabel *label = nullptr;
        QSpinBox *spin = nullptr;
        QLabel *share = nullptr;
        QLabel *problem = nullptr;
    };

    void showServe();
    void syncModes();
    void syncVariations();
    void syncRows();
    void layOutSplit();
    void updateSummary();
    void applyProblems();
    void emitEdit(const QString &field);
    void weightEdited(QSpinBox *spin);
    void splitEvenly();
    void commit(const Serve &after, const QString &text, const QString &field);
    WeightRow *rowOf(qsizetype weightIndex);
    QString rowLabelText(const WeightRow &row) const;
    QColor rowColor(const WeightRow &row) const;
    Split evenSplit(Split split) const;
    QString firstWeightedVariation() const;
    void watchUndoKeys(QWidget *field);

    QList<Variation> m_variations;
    Serve m_serve;
    Problems m_problems;
    bool m_editable = false;
    bool m_updating = false;

    QComboBox *m_mode;
    QComboBox *m_variation;
    QLabel *m_outcomeNote;
    QLabel *m_serveProblem;
    QWidget *m_splitPane;
    SplitBar *m_bar;
    QGridLayout *m_grid;
    QList<WeightRow> m_rows;
    QLabel *m_totalLabel;
    QSpinBox *m_total;
    QLabel *m_remainder;
    QPushButton *m_even;
    QLabel *m_sumProblem;
    QLabel *m_attributesLabel;
    QLineEdit *m_attributes;
    QLabel *m_stickinessProblem;
    QLabel *m_absenceLabel;
    QComboBox *m_absence;
    QLabel *m_saltLabel;
    QLineEdit *m_salt;
    QLabel *m_saltProblem;
    QLabel *m_schemeLabel;
    QComboBox *m_scheme;
    QLabel *m_schemeProblem;
};

} // namespace Pennon
