// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "conditionsegmentpage.h"

#include "keypicker.h"

#include "model/workspace.h"
#include "text/conditiontext.h"

#include <QLabel>

namespace Pennon {

using namespace Qt::StringLiterals;

ConditionSegmentPage::ConditionSegmentPage(QWidget *parent)
    : ConditionPage(parent)
    , m_segment(new KeyPicker(this))
    , m_words(new QLabel(this))
{
    setObjectName(u"segmentPage"_s);
    m_segment->setObjectName(u"segmentBox"_s);
    m_segment->setAccessibleName(tr("Segment"));
    m_segment->setPlaceholderText(tr("Choose a segment"));
    m_segment->setMaxVisibleItems(20);
    m_segment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_words->setObjectName(u"segmentWordsLabel"_s);
    m_words->setAccessibleName(tr("The segment's conditions"));
    m_words->setTextFormat(Qt::PlainText);
    m_words->setWordWrap(true);
    m_words->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addRow(tr("&Segment:"), m_segment, {u"/segment"_s});
    addRow(tr("Holds when:"), m_words, {});

    connect(m_segment, &QComboBox::activated, this, [this] {
        SegmentActivation after = m_value;
        after.segment = m_segment->currentKey();
        commit(after, tr("Change the segment"), u"segment"_s);
    });
}

void ConditionSegmentPage::setContext(const ConditionContext *context)
{
    ConditionPage::setContext(context);
    QStringList keys;
    QStringList names;
    if (const Workspace *workspace = this->context().workspace) {
        for (const Segment &segment : workspace->segments) {
            keys.append(segment.key);
            names.append(keyAndName(segment.key, segment.name));
        }
    }
    const Updating updating(this);
    m_segment->setKeys(keys, names);
    show();
}

void ConditionSegmentPage::setCondition(const Condition &condition, bool editable)
{
    const Updating updating(this);
    m_value = std::get<SegmentActivation>(condition);
    m_editable = editable;
    show();
}

void ConditionSegmentPage::show()
{
    m_segment->showKey(m_value.segment, tr("%1 (not in the workspace)").arg(m_value.segment));
    m_segment->setEnabled(m_editable);

    const Workspace *workspace = context().workspace;
    const Segment *segment = workspace ? workspace->segment(m_value.segment) : nullptr;
    QStringList words;
    if (segment) {
        // A long segment is summed up: the list is for recognising it, not for reading it all.
        constexpr qsizetype Shown = 10;
        for (qsizetype i = 0; i < segment->conditions.size() && i < Shown; ++i)
            words.append(tr("• %1").arg(ConditionText::describe(segment->conditions.at(i), workspace)));
        if (segment->conditions.size() > Shown)
            words.append(tr("… and %n more condition(s)", nullptr, int(segment->conditions.size() - Shown)));
    }
    m_words->setText(!segment ? tr("—")
                     : words.isEmpty() ? tr("always (the segment has no conditions)")
                                       : words.join(u'\n'));
}

void ConditionSegmentPage::commit(const SegmentActivation &after, const QString &text,
                                  const QString &field)
{
    commitEdit(m_value, after, text, field, [this] {
        const Updating updating(this);
        show();
    });
}

} // namespace Pennon
