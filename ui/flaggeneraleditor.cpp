// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "flaggeneraleditor.h"

#include "commalistcompleter.h"
#include "undokeys.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

/// The tags typed, each once, in the order first typed.
QStringList splitTags(const QString &text)
{
    QStringList tags = CommaListCompleter::split(text);
    tags.removeDuplicates();
    return tags;
}

} // namespace

FlagGeneralEditor::FlagGeneralEditor(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_tags(new QLineEdit(this))
    , m_owner(new QLineEdit(this))
{
    setObjectName(u"flagGeneralEditor"_s);
    m_name->setObjectName(u"flagNameEdit"_s);
    m_name->setAccessibleName(tr("Flag name"));
    m_description->setObjectName(u"flagDescriptionEdit"_s);
    m_description->setAccessibleName(tr("Flag description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_tags->setObjectName(u"flagTagsEdit"_s);
    m_tags->setAccessibleName(tr("Flag tags"));
    m_tags->setPlaceholderText(tr("comma-separated, e.g. checkout, web"));
    m_owner->setObjectName(u"flagOwnerEdit"_s);
    m_owner->setAccessibleName(tr("Flag owner"));
    m_owner->setPlaceholderText(tr("e.g. anna@example.com"));
    m_tags->setCompleter(new CommaListCompleter(this));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    const auto row = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    row(tr("&Name:"), m_name);
    row(tr("&Description:"), m_description);
    row(tr("Ta&gs:"), m_tags);
    row(tr("O&wner:"), m_owner);
    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_description),
                           static_cast<QWidget *>(m_tags), static_cast<QWidget *>(m_owner)})
        leaveUndoToWindow(field);
    setTabOrder(m_name, m_description);
    setTabOrder(m_description, m_tags);
    setTabOrder(m_tags, m_owner);

    connect(m_name, &QLineEdit::textEdited, this, [this] { emitEdit(u"name"_s); });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] { emitEdit(u"description"_s); });
    connect(m_tags, &QLineEdit::textEdited, this, [this] { emitEdit(u"tags"_s); });
    connect(m_owner, &QLineEdit::textEdited, this, [this] { emitEdit(u"owner"_s); });
    setFlag(std::nullopt, false, {});
}

void FlagGeneralEditor::setFlag(const std::optional<Flag> &flag, bool editable, const QStringList &allTags)
{
    m_updating = true;
    m_flag = flag;
    m_editable = editable;
    m_allTags = allTags;
    const auto set = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    set(m_name, flag ? flag->name : QString());
    if (m_description->toPlainText() != (flag ? flag->description : QString()))
        m_description->setPlainText(flag ? flag->description : QString());
    if (!flag || splitTags(m_tags->text()) != flag->tags)
        set(m_tags, flag ? flag->tags.join(u", "_s) : QString());
    set(m_owner, flag ? flag->owner : QString());
    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_description),
                           static_cast<QWidget *>(m_tags), static_cast<QWidget *>(m_owner)})
        field->setEnabled(flag.has_value() && editable);
    static_cast<CommaListCompleter *>(m_tags->completer())->setItems(allTags);
    m_updating = false;
}

void FlagGeneralEditor::emitEdit(const QString &field)
{
    if (m_updating || !m_flag)
        return;
    Flag after = *m_flag;
    QString text;
    if (field == u"name") {
        after.name = m_name->text();
        text = tr("Rename %1").arg(after.key);
    } else if (field == u"description") {
        after.description = m_description->toPlainText();
        text = tr("Describe %1").arg(after.key);
    } else if (field == u"tags") {
        after.tags = splitTags(m_tags->text());
        text = tr("Tag %1").arg(after.key);
    } else if (field == u"owner") {
        after.owner = m_owner->text().trimmed();
        text = tr("Change the owner of %1").arg(after.key);
    } else {
        return;
    }
    if (after == *m_flag)
        return;
    m_flag = after;
    Q_EMIT edited(after, text, field);
}

} // namespace Pennon
