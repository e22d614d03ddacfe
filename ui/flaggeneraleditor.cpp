// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "flaggeneraleditor.h"

#include "text/flagtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringListModel>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',')) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

/// Completes the tag being typed, after the last comma.
class TagCompleter final : public QCompleter
{
public:
    using QCompleter::QCompleter;
    QString pathFromIndex(const QModelIndex &index) const override
    {
        const QString typed = static_cast<QLineEdit *>(widget())->text();
        const qsizetype comma = typed.lastIndexOf(u',');
        const QString before = comma < 0 ? QString() : typed.left(comma + 1) + u' ';
        return before + index.data().toString();
    }
    QStringList splitPath(const QString &path) const override
    {
        return {path.mid(path.lastIndexOf(u',') + 1).trimmed()};
    }
};

} // namespace

FlagGeneralEditor::FlagGeneralEditor(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_tags(new QLineEdit(this))
    , m_owner(new QLineEdit(this))
    , m_environmentLabel(new QLabel(this))
    , m_on(new QCheckBox(tr("O&n"), this))
    , m_offVariation(new QComboBox(this))
    , m_defaultServe(new QComboBox(this))
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
    auto *completer = new TagCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_tags->setCompleter(completer);

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
    // The current environment: its switch, what it serves when off, and otherwise.
    m_environmentLabel->setObjectName(u"flagEnvironmentLabel"_s);
    m_on->setObjectName(u"flagOnBox"_s);
    m_on->setAccessibleName(tr("On in this environment"));
    m_offVariation->setObjectName(u"flagOffVariationBox"_s);
    m_offVariation->setAccessibleName(tr("Off variation"));
    m_defaultServe->setObjectName(u"flagDefaultServeBox"_s);
    m_defaultServe->setAccessibleName(tr("Served when no rule matches"));
    form->addRow(m_environmentLabel, m_on);
    row(tr("Off &variation:"), m_offVariation);
    row(tr("Otherwise &serves:"), m_defaultServe);
    connect(m_on, &QCheckBox::toggled, this, [this] { emitEdit(u"on"_s); });
    connect(m_offVariation, &QComboBox::activated, this, [this] { emitEdit(u"offVariation"_s); });
    connect(m_defaultServe, &QComboBox::activated, this, [this] { emitEdit(u"defaultServe"_s); });
    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_description),
                           static_cast<QWidget *>(m_tags), static_cast<QWidget *>(m_owner)})
        field->installEventFilter(this);
    setTabOrder(m_name, m_description);
    setTabOrder(m_description, m_tags);
    setTabOrder(m_tags, m_owner);
    setTabOrder(m_owner, m_on);
    setTabOrder(m_on, m_offVariation);
    setTabOrder(m_offVariation, m_defaultServe);

    connect(m_name, &QLineEdit::textEdited, this, [this] { emitEdit(u"name"_s); });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] { emitEdit(u"description"_s); });
    connect(m_tags, &QLineEdit::textEdited, this, [this] { emitEdit(u"tags"_s); });
    connect(m_owner, &QLineEdit::textEdited, this, [this] { emitEdit(u"owner"_s); });
    setFlag(std::nullopt, false, {});
}

bool FlagGeneralEditor::eventFilter(QObject *watched, QEvent *event)
{
    // The fields' own undo would step around the session's: leave the keys to Edit ▸ Undo.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || (key->key() == Qt::Key_Z && key->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier))) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
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
    static_cast<QStringListModel *>(m_tags->completer()->model())->setStringList(allTags);
    // The environment's part; a split is edited with the rules, so it is shown, not chosen.
    const auto config = flag ? flag->environments.constFind(m_environment) : decltype(flag->environments.constFind(m_environment))();
    const bool configured = flag && config != flag->environments.cend();
    m_on->setChecked(configured && config->on);
    m_offVariation->clear();
    m_defaultServe->clear();
    if (configured) {
        for (const Variation &variation : flag->variations) {
            m_offVariation->addItem(variation.key, variation.key);
            m_defaultServe->addItem(tr("variation %1").arg(variation.key), variation.key);
        }
        m_offVariation->setCurrentIndex(m_offVariation->findData(config->offVariation));
        if (config->defaultServe.isSplit() || config->defaultServe.outcome != ServeOutcome::Variation) {
            m_defaultServe->insertItem(0, FlagText::serveText(config->defaultServe));
            m_defaultServe->setCurrentIndex(0);
        } else {
            m_defaultServe->setCurrentIndex(m_defaultServe->findData(config->defaultServe.variation));
        }
    }
    for (QWidget *field : {static_cast<QWidget *>(m_on), static_cast<QWidget *>(m_offVariation),
                           static_cast<QWidget *>(m_defaultServe)})
        field->setEnabled(configured && editable);
    m_updating = false;
}

void FlagGeneralEditor::setEnvironment(const QString &key, const QString &name)
{
    m_environment = key;
    m_environmentLabel->setText(key.isEmpty() ? QString() : tr("In %1:").arg(name));
    setFlag(m_flag, m_editable, m_allTags);
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
        auto config = after.environments.find(m_environment);
        if (config == after.environments.end())
            return;
        if (field == u"on") {
            config->on = m_on->isChecked();
            text = config->on ? tr("Turn %1 on in %2").arg(after.key, m_environment)
                              : tr("Turn %1 off in %2").arg(after.key, m_environment);
        } else if (field == u"offVariation") {
            config->offVariation = m_offVariation->currentData().toString();
            text = tr("Change what %1 serves when off in %2").arg(after.key, m_environment);
        } else {
            const QVariant chosen = m_defaultServe->currentData();
            if (!chosen.isValid())
                return;   // the split shown as it is
            config->defaultServe = Serve::of(chosen.toString());
            text = tr("Change what %1 serves otherwise in %2").arg(after.key, m_environment);
        }
    }
    if (after == *m_flag)
        return;
    m_flag = after;
    Q_EMIT edited(after, text, field);
}

} // namespace Pennon
