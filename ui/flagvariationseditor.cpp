// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "flagvariationseditor.h"

#include "problemlabel.h"
#include "undokeys.h"

#include "json/jsonreader.h"
#include "json/jsonwriter.h"
#include "model/uses.h"
#include "text/flagtext.h"
#include "validation/validator.h"
#include "values/instant.h"

#include <QComboBox>
#include <functional>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QJsonObject>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {
enum Column { KeyColumn, ValueColumn, DescriptionColumn };

/// The value column's editor follows the flag's type: true or false picked from a list; a
/// number, text or JSON typed, a number or JSON checked at every keystroke (the error, with
/// its line and column, is shown while typing).
class ValueDelegate final : public QStyledItemDelegate
{
public:
    ValueDelegate(QObject *parent, std::function<FlagType()> type, std::function<void(const QString &)> typing)
        : QStyledItemDelegate(parent), m_type(std::move(type)), m_typing(std::move(typing))
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const FlagType type = m_type();
        if (index.column() != ValueColumn)
            return withUndoKeys(QStyledItemDelegate::createEditor(parent, option, index));
        if (type == FlagType::Boolean) {
            auto *box = new QComboBox(parent);
            box->setObjectName(u"variationValueBox"_s);
            box->setAccessibleName(FlagVariationsEditor::tr("Value"));
            box->addItems({u"true"_s, u"false"_s});
            connect(box, &QComboBox::activated, this, [this, box] {
                // Taken at once; the editor closes as others do (Return, Escape, leaving it).
                Q_EMIT const_cast<ValueDelegate *>(this)->commitData(box);
            });
            return box;
        }
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(u"variationValueEdit"_s);
        edit->setAccessibleName(FlagVariationsEditor::tr("Value"));
        if (type == FlagType::Number || type == FlagType::Json) {
            connect(edit, &QLineEdit::textEdited, this, [this, type](const QString &text) {
                QString problem;
                FlagVariationsEditor::parseValue(text, type, &problem);
                m_typing(problem);
            });
        }
        return withUndoKeys(edit);
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor))
            box->setCurrentIndex(index.data().toString() == u"false" ? 1 : 0);
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor))
            model->setData(index, box->currentText());
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    static QWidget *withUndoKeys(QWidget *editor)
    {
        if (editor)
            leaveUndoToWindow(editor);
        return editor;
    }

    std::function<FlagType()> m_type;
    std::function<void(const QString &)> m_typing;
};

} // namespace

FlagVariationsEditor::FlagVariationsEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3, this))
    , m_add(new QPushButton(tr("&Add Variation"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_up(new QPushButton(tr("Move Up"), this))
    , m_down(new QPushButton(tr("Move Down"), this))
    , m_problem(new ProblemLabel(this))
{
    setObjectName(u"flagVariationsEditor"_s);
    m_table->setObjectName(u"variationsTable"_s);
    m_table->setAccessibleName(tr("Variations"));
    m_table->setHorizontalHeaderLabels({tr("Variation"), tr("Value"), tr("Description")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setMaximumHeight(m_table->fontMetrics().height() * 7);
    m_add->setObjectName(u"addVariationButton"_s);
    m_remove->setObjectName(u"removeVariationButton"_s);
    m_up->setObjectName(u"variationUpButton"_s);
    m_down->setObjectName(u"variationDownButton"_s);
    m_problem->setObjectName(u"variationProblem"_s);
    auto *delegate = new ValueDelegate(
            this, [this] { return m_flag ? m_flag->type : FlagType::String; },
            [this](const QString &problem) { showProblem(problem.isEmpty() ? QString() : tr("Value: %1").arg(problem)); });
    m_table->setItemDelegate(delegate);
    // Escape drops what was typed, and with it what was wrong with it.
    connect(delegate, &QAbstractItemDelegate::closeEditor, this, [this](QWidget *, QAbstractItemDelegate::EndEditHint hint) {
        if (hint == QAbstractItemDelegate::RevertModelCache)
            showProblem({});
    });

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);

    connect(m_table, &QTableWidget::cellChanged, this, &FlagVariationsEditor::cellChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FlagVariationsEditor::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &FlagVariationsEditor::add);
    connect(m_remove, &QPushButton::clicked, this, &FlagVariationsEditor::remove);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    setFlag(std::nullopt, false);
}

QString FlagVariationsEditor::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

std::optional<QJsonValue> FlagVariationsEditor::parseValue(const QString &text, FlagType type, QString *problem)
{
    switch (type) {
    case FlagType::Boolean:
        if (text.trimmed() == u"true")
            return QJsonValue(true);
        if (text.trimmed() == u"false")
            return QJsonValue(false);
        *problem = tr("a boolean flag's value is true or false");
        return std::nullopt;
    case FlagType::String:
        return QJsonValue(text);
    case FlagType::Number: {
        double number = 0;
        if (!parseDecimal(text, &number)) {
            *problem = tr("“%1” is not a number").arg(text);
            return std::nullopt;
        }
        return QJsonValue(number);
    }
    case FlagType::Json: {
        Problem error;
        const std::optional<QJsonValue> value = JsonReader::parse(text.toUtf8(), &error);
        if (!value) {
            *problem = tr("not JSON: %1").arg(error.message);
            return std::nullopt;
        }
        if (value->isNull()) {
            *problem = tr("a JSON flag's value cannot be null");
            return std::nullopt;
        }
        return value;
    }
    }
    return std::nullopt;
}

QString FlagVariationsEditor::valueText(const QJsonValue &value, FlagType type)
{
    if (type == FlagType::String && value.isString())
        return value.toString();
    return FlagText::valueText(value);
}

void FlagVariationsEditor::setFlag(const std::optional<Flag> &flag, bool editable)
{
    m_updating = true;
    // Another flag: what was wrong with a cell of the last one goes with it.
    if (!flag || !m_flag || flag->key != m_flag->key)
        showProblem({});
    m_flag = flag;
    m_editable = editable;
    const int selected = m_table->currentRow();
    m_table->setRowCount(flag ? int(flag->variations.size()) : 0);
    for (int row = 0; flag && row < flag->variations.size(); ++row) {
        const Variation &v = flag->variations.at(row);
        const QStringList texts{v.key, valueText(v.value, flag->type), v.description};
        for (int column = 0; column < 3; ++column) {
            QTableWidgetItem *item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            if (item->text() != texts.at(column)) {
                item->setText(texts.at(column));
                item->setData(Qt::ForegroundRole, QVariant());   // a rejected text replaced
            }
            item->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                                    : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        }
    }
    if (selected >= 0 && selected < m_table->rowCount())
        m_table->selectRow(selected);
    m_updating = false;
    updateButtons();
}

void FlagVariationsEditor::updateButtons()
{
    const int row = m_table->currentRow();
    const bool any = m_flag && m_editable;
    m_add->setEnabled(any);
    m_remove->setEnabled(any && row >= 0 && m_table->rowCount() > 1);
    m_up->setEnabled(any && row > 0);
    m_down->setEnabled(any && row >= 0 && row + 1 < m_table->rowCount());
}

void FlagVariationsEditor::showProblem(const QString &problem)
{
    m_problem->showProblem(problem, m_table);
}

void FlagVariationsEditor::setProblems(const Problems &problems)
{
    // The validator's word on the variations, unless a cell's own problem is shown.
    QStringList messages;
    for (const Problem &problem : problems) {
        if (problem.path == u"/variations" || problem.path.startsWith(u"/variations/"))
            messages.append(problem.message);
    }
    if (m_problem->isHidden() || m_validatorShown)
        showProblem(messages.join(u'\n'));
    m_validatorShown = !messages.isEmpty();
}

void FlagVariationsEditor::cellChanged(int row, int column)
{
    if (m_updating || !m_flag || row >= m_flag->variations.size())
        return;
    Flag after = *m_flag;
    Variation &variation = after.variations[row];
    const QString text = m_table->item(row, column)->text();
    QString problem;
    QString step;
    if (column == KeyColumn) {
        if (const QString keyProblem = Validator::keyProblem(text); !keyProblem.isEmpty())
            problem = tr("Variation key: %1").arg(keyProblem);
        else if (text != variation.key && after.variation(text))
            problem = tr("The flag has a variation %1 already").arg(text);
        else if (const QStringList others = text != variation.key ? dependants(variation.key) : QStringList(); !others.isEmpty())
            problem = tr("%1 cannot be renamed while other flags' prerequisites name it: %2")
                              .arg(variation.key, others.join(u"; "_s));
        else
            after.renameVariation(variation.key, text);
        step = tr("Rename variation %1 of %2").arg(m_flag->variations.at(row).key, after.key);
    } else if (column == ValueColumn) {
        if (const std::optional<QJsonValue> value = parseValue(text, after.type, &problem))
            variation.value = *value;
        else
            problem = tr("Value of %1: %2").arg(variation.key, problem);
        step = tr("Change the value of %1 of %2").arg(variation.key, after.key);
    } else {
        variation.description = text;
        step = tr("Describe variation %1 of %2").arg(variation.key, after.key);
    }
    showProblem(problem);
    if (!problem.isEmpty()) {
        // The cell keeps what was typed, marked; the flag keeps its last good state.
        m_updating = true;
        m_table->item(row, column)->setForeground(m_problem->palette().color(QPalette::WindowText));
        m_updating = false;
        return;
    }
    m_updating = true;
    m_table->item(row, column)->setData(Qt::ForegroundRole, QVariant());
    m_updating = false;
    if (after == *m_flag)
        return;
    m_flag = after;
    // The table commits once per edit of a cell: each is a step of its own.
    Q_EMIT edited(after, step, {});
}

void FlagVariationsEditor::add()
{
    if (!m_flag)
        return;
    Flag after = *m_flag;
    QString key = u"variation-"_s + QString::number(after.variations.size() + 1);
    for (int n = int(after.variations.size()) + 2; after.variation(key); ++n)
        key = u"variation-"_s + QString::number(n);
    QJsonValue value;
    switch (after.type) {
    case FlagType::Boolean: value = !after.variations.isEmpty() && after.variations.last().value.toBool() ? false : true; break;
    case FlagType::String: value = key; break;
    case FlagType::Number: value = double(after.variations.size()); break;
    case FlagType::Json: value = QJsonObject{}; break;
    }
    after.variations.append({key, value, {}});
    showProblem({});
    m_flag = after;
    Q_EMIT edited(after, tr("Add variation %1 to %2").arg(key, after.key), {});
    m_table->setCurrentCell(int(after.variations.size()) - 1, KeyColumn);
}

void FlagVariationsEditor::remove()
{
    const int row = m_table->currentRow();
    if (!m_flag || row < 0 || row >= m_flag->variations.size())
        return;
    const QString key = m_flag->variations.at(row).key;
    if (const QStringList uses = FlagText::variationUses(*m_flag, key); !uses.isEmpty()) {
        showProblem(tr("%1 cannot be removed while the flag uses it: %2").arg(key, uses.join(u"; "_s)));
        return;
    }
    if (const QStringList others = dependants(key); !others.isEmpty()) {
        showProblem(tr("%1 cannot be removed while other flags' prerequisites name it: %2")
                            .arg(key, others.join(u"; "_s)));
        return;
    }
    Flag after = *m_flag;
    after.variations.removeAt(row);
    showProblem({});
    m_flag = after;
    Q_EMIT edited(after, tr("Remove variation %1 from %2").arg(key, after.key), {});
}

QStringList FlagVariationsEditor::dependants(const QString &variation) const
{
    if (!m_workspace || !m_flag)
        return {};
    QStringList names;
    for (const RuleUse &use : WorkspaceUses(*m_workspace).variationDependants(m_flag->key, variation)) {
        names.append(tr("%1 (%2, rule %3)")
                             .arg(use.flag, FlagText::environmentName(*m_workspace, use.environment))
                             .arg(use.rule + 1));
    }
    names.removeDuplicates();
    return names;
}

void FlagVariationsEditor::move(int by)
{
    const int row = m_table->currentRow();
    if (!m_flag || row < 0 || row + by < 0 || row + by >= m_flag->variations.size())
        return;
    Flag after = *m_flag;
    after.variations.swapItemsAt(row, row + by);
    m_flag = after;
    Q_EMIT edited(after, tr("Move variation %1 of %2").arg(after.variations.at(row + by).key, after.key), {});
    m_table->setCurrentCell(row + by, m_table->currentColumn() < 0 ? 0 : m_table->currentColumn());
}

} // namespace Pennon
