// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "libraryimpactdialog.h"

#include "text/conditiontext.h"
#include "text/flagtext.h"

#include "impactline.h"
#include "protectedconfirmation.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

QString ruleTitles(const Workspace &workspace, const BehaviourChange &change)
{
    QStringList titles;
    const Flag *flag = workspace.flag(change.flag);
    const EnvironmentConfig config = flag ? flag->environments.value(change.environment) : EnvironmentConfig();
    for (int index : change.rules) {
        titles.append(index < config.rules.size() ? FlagText::ruleTitle(config.rules.at(index), index + 1)
                                                  : LibraryImpactDialog::tr("Rule %1").arg(index + 1));
    }
    return titles.join(u", "_s);
}

} // namespace

QStringList LibraryImpactDialog::lines(const Workspace &workspace, const std::optional<LibraryObject> &before,
                                       const LibraryObject &after, const QList<BehaviourChange> &changes,
                                       bool conditionChanged)
{
    QStringList lines;
    const bool activation = after.kind == LibraryKind::Activation;
    const QString title = after.name.isEmpty() || after.name == after.key ? after.key
                                                                          : tr("%1 (%2)").arg(after.key, after.name);
    if (!before) {
        lines.append(activation ? tr("New activation %1").arg(title) : tr("New segment %1").arg(title));
    } else {
        lines.append(activation ? tr("Activation %1").arg(title) : tr("Segment %1").arg(title));
        if (before->name != after.name)
            lines.append(u"  • "_s + tr("name: %1 → %2").arg(before->name, after.name));
        if (before->description != after.description)
            lines.append(u"  • "_s + tr("description changed"));
    }
    // The conditions, before → after, in words.
    const auto words = [&workspace](const Condition &condition) {
        return ConditionText::describe(condition, &workspace);
    };
    const qsizetype count = qMax(after.conditions.size(), before ? before->conditions.size() : 0);
    for (qsizetype i = 0; i < count; ++i) {
        const bool had = before && i < before->conditions.size();
        const bool has = i < after.conditions.size();
        const QString label = activation ? tr("condition") : tr("condition %1").arg(i + 1);
        if (had && has && before->conditions.at(i) == after.conditions.at(i))
            continue;
        if (had && has)
            lines.append(u"  • "_s + tr("%1: %2 → %3").arg(label, words(before->conditions.at(i)), words(after.conditions.at(i))));
        else if (has)
            lines.append(u"  • "_s + tr("%1: %2").arg(label, words(after.conditions.at(i))));
        else
            lines.append(u"  • "_s + tr("%1 removed: %2").arg(label, words(before->conditions.at(i))));
    }
    lines.append(QString());

    if (!before) {
        lines.append(tr("No flag uses it yet: saving it changes no flag's behaviour."));
        return lines;
    }
    if (!conditionChanged) {
        lines.append(tr("Its conditions stay as they are: no flag's behaviour changes."));
        return lines;
    }
    if (changes.isEmpty()) {
        lines.append(tr("No enabled rule of any flag reaches it: no flag's behaviour changes."));
        return lines;
    }
    QStringList flags;
    for (const BehaviourChange &change : changes) {
        if (!flags.contains(change.flag))
            flags.append(change.flag);
    }
    lines.append(tr("The behaviour of %n flag(s) changes:", nullptr, int(flags.size())));
    QString environment;
    for (const BehaviourChange &change : changes) {
        if (change.environment != environment) {
            environment = change.environment;
            lines.append(FlagText::environmentName(workspace, environment));
        }
        const QString state = change.on ? tr("on") : tr("off here: it serves its off variation until switched on");
        if (change.through.isEmpty()) {
            lines.append(u"  • "_s + tr("%1 — %2 (%3)").arg(change.flag, ruleTitles(workspace, change), state));
        } else {
            lines.append(u"  • "_s + tr("%1 — follows %2 by a prerequisite in %3 (%4)")
                                             .arg(change.flag, change.through, ruleTitles(workspace, change), state));
        }
    }
    return lines;
}

LibraryImpactDialog::LibraryImpactDialog(const Workspace &workspace, const std::optional<LibraryObject> &before,
                                         const LibraryObject &after, const QList<BehaviourChange> &changes,
                                         bool conditionChanged, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
    , m_comment(new QLineEdit(this))
{
    setObjectName(u"libraryImpactDialog"_s);
    setWindowTitle(after.kind == LibraryKind::Activation ? tr("Review and Save the Activation")
                                                         : tr("Review and Save the Segment"));
    m_text->setObjectName(u"libraryImpactText"_s);
    m_text->setReadOnly(true);
    m_text->setPlainText(lines(workspace, before, after, changes, conditionChanged).join(u'\n'));
    m_text->setAccessibleName(tr("What saving changes"));
    m_comment->setObjectName(u"libraryImpactComment"_s);
    m_comment->setPlaceholderText(tr("Why: goes into the history with the change"));
    m_comment->setAccessibleName(tr("Comment"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"libraryImpactSaveButton"_s);
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Saving changes every flag that uses it:"), this));
    layout->addWidget(m_text, 1);
    auto *form = new QFormLayout;
    auto *commentLabel = new QLabel(tr("&Comment:"), this);
    commentLabel->setBuddy(m_comment);
    form->addRow(commentLabel, m_comment);
    layout->addLayout(form);

    QStringList protectedTouched;
    for (const BehaviourChange &change : changes) {
        const Environment *environment = workspace.environment(change.environment);
        if (environment && environment->isProtected && !protectedTouched.contains(environment->key))
            protectedTouched.append(environment->key);
    }
    if (!protectedTouched.isEmpty() && conditionChanged && before) {
        // What the change does to the users of the flags that use it there, worked out meanwhile.
        auto *impact = new QGroupBox(tr("Change impact in protected environments"), this);
        impact->setObjectName(u"libraryImpactLines"_s);
        auto *impactLayout = new QVBoxLayout(impact);
        const StoredObject stored = after.stored();
        const std::variant<Activation, Segment> edited = after.kind == LibraryKind::Activation
                ? std::variant<Activation, Segment>(std::get<Activation>(stored))
                : std::variant<Activation, Segment>(std::get<Segment>(stored));
        const Workspace editedWorkspace = ImpactLine::withObject(workspace, edited);
        for (const QString &environment : std::as_const(protectedTouched)) {
            QStringList flags;
            for (const BehaviourChange &change : changes) {
                if (change.environment == environment && !flags.contains(change.flag))
                    flags.append(change.flag);
            }
            auto *line = new ImpactLine(workspace, editedWorkspace, flags, environment, ImpactLine::DefaultUsers, impact);
            impactLayout->addWidget(line);
            m_impactLines.append(line);
        }
        layout->addWidget(impact);
    }
    if (!protectedTouched.isEmpty()) {
        m_confirm = requireProtectedConfirmation(layout, m_save, tr("Change the flags' behaviour in the protected environment(s) %1")
                                          .arg(protectedTouched.join(u", "_s)), u"libraryImpactConfirmProtected"_s);
    }
    layout->addWidget(buttons);
    m_comment->setFocus();
    resize(640, 420);
}

QString LibraryImpactDialog::text() const
{
    return m_text->toPlainText();
}

QString LibraryImpactDialog::comment() const
{
    return m_comment->text().trimmed();
}

} // namespace Pennon
