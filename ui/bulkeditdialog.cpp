// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "bulkeditdialog.h"

#include "commalistcompleter.h"
#include "newflagdialog.h"
#include "undokeys.h"
#include "workspacesession.h"

#include "text/flagchangetext.h"
#include "text/flagtext.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

QString flagHeading(const Flag &flag)
{
    return flag.name.isEmpty() || flag.name == flag.key
            ? flag.key : BulkEditDialog::tr("%1 (%2)").arg(flag.key, flag.name);
}

} // namespace

BulkEditDialog::BulkEditDialog(WorkspaceSession *session, const BulkEdit &edit, const QStringList &keys,
                               const QStringList &suggestions, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_edit(edit)
    , m_keys(keys)
    , m_summary(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
{
    setObjectName(u"bulkEditDialog"_s);
    const Workspace &workspace = session->workspace();
    setWindowTitle(edit.title(keys.size(), FlagText::environmentName(workspace, edit.environment)));

    auto *layout = new QVBoxLayout(this);
    if (edit.needsInput()) {
        m_input = new QLineEdit(this);
        m_input->setObjectName(u"bulkEditInput"_s);
        leaveUndoToWindow(m_input);
        auto *form = new QFormLayout;
        auto *label = new QLabel(this);
        label->setBuddy(m_input);
        if (edit.kind == BulkEdit::Kind::SetOwner) {
            label->setText(tr("&Owner:"));
            m_input->setAccessibleName(tr("Owner for every selected flag"));
            m_input->setPlaceholderText(tr("e.g. team@example.com; empty: no owner"));
            auto *completer = new QCompleter(suggestions, m_input);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            m_input->setCompleter(completer);
            m_input->setText(edit.owner);
        } else {
            label->setText(edit.kind == BulkEdit::Kind::AddTags ? tr("&Tags to add:") : tr("&Tags to remove:"));
            m_input->setAccessibleName(edit.kind == BulkEdit::Kind::AddTags ? tr("Tags to add") : tr("Tags to remove"));
            m_input->setPlaceholderText(tr("comma-separated, e.g. checkout, web"));
            auto *completer = new CommaListCompleter(m_input);
            completer->setItems(suggestions);
            m_input->setCompleter(completer);
            m_input->setText(edit.tags.join(u", "_s));
        }
        form->addRow(label, m_input);
        layout->addLayout(form);
        connect(m_input, &QLineEdit::textChanged, this, &BulkEditDialog::updatePreview);
    }
    m_summary->setObjectName(u"bulkEditSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_preview->setObjectName(u"bulkEditPreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("What changes, flag by flag"));
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_preview, 1);
    m_summary->setBuddy(m_preview);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"bulkEditOk"_s);
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (m_input)
        setTabOrder(m_input, m_preview);

    updatePreview();
    if (m_input)
        m_input->setFocus();
    else
        m_ok->setFocus();
    resize(640, 440);
}

BulkEdit BulkEditDialog::edit() const
{
    BulkEdit edit = m_edit;
    if (m_input && edit.kind == BulkEdit::Kind::SetOwner) {
        edit.owner = m_input->text().trimmed();
    } else if (m_input) {
        edit.tags = CommaListCompleter::split(m_input->text());
        edit.tags.removeDuplicates();
    }
    return edit;
}

QString BulkEditDialog::previewText() const
{
    return m_preview->toPlainText();
}

QString BulkEditDialog::stepText() const
{
    const BulkEdit made = edit();
    return made.title(m_changed.size(), FlagText::environmentName(m_session->workspace(), made.environment));
}

void BulkEditDialog::updatePreview()
{
    const BulkEdit made = edit();
    const Workspace &workspace = m_session->workspace();
    m_changed.clear();
    m_unchanged.clear();
    QStringList lines;
    QStringList unchangedLines;
    const bool nothingTyped = m_input && made.kind != BulkEdit::Kind::SetOwner && made.tags.isEmpty();
    for (const QString &key : std::as_const(m_keys)) {
        const std::optional<Flag> before = m_session->editedFlag(key);
        if (!before)
            continue;
        bool setUp = false;
        const Flag after = made.applied(*before, &setUp);
        if (after == *before || nothingTyped) {
            m_unchanged.append(key);
            unchangedLines.append(tr("%1: unchanged").arg(flagHeading(*before)));
            continue;
        }
        m_changed.append(after);
        lines.append(flagHeading(*before));
        // The review's words; a flag new to the environment is set up as a new flag starts.
        if (setUp) {
            const EnvironmentConfig start = NewFlagDialog::switchedOff(*before);
            lines.append(u"  • "_s + tr("%1: not configured yet; set up as a new flag starts (off variation %2, "
                                        "otherwise serves %3), then turned on")
                                         .arg(FlagText::environmentName(workspace, made.environment), start.offVariation,
                                              FlagText::serveText(start.defaultServe)));
        } else {
            for (const QString &line : FlagChangeText::describe(&*before, after, &workspace))
                lines.append(u"  • "_s + line);
        }
    }
    lines.append(unchangedLines);
    m_preview->setPlainText(lines.join(u'\n'));

    QString summary = nothingTyped ? tr("Type the tags first.")
            : tr("%n of the %1 selected flag(s) change:", nullptr, int(m_changed.size())).arg(m_keys.size());
    if (made.kind == BulkEdit::Kind::SwitchOn || made.kind == BulkEdit::Kind::SwitchOff) {
        const Environment *environment = workspace.environment(made.environment);
        if (environment && environment->isProtected && !m_changed.isEmpty())
            summary += u' ' + tr("%1 is protected: saving asks you to confirm.").arg(FlagText::environmentName(workspace, made.environment));
    }
    m_summary->setText(summary);
    m_ok->setEnabled(!m_changed.isEmpty() && m_session->isWritable());
    m_ok->setToolTip(m_changed.isEmpty() ? tr("It would change no flag") : QString());
}

} // namespace Pennon
