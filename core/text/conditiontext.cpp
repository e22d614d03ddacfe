// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "conditiontext.h"

#include "validation/validator.h"

#include "model/workspace.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

#include <type_traits>

namespace Pennon {

namespace {

// References nest at most once (a library activation is never a reference itself), but
// data from a file may not keep that promise; this bound keeps a bad cycle harmless.
constexpr int MaxDepth = 4;

QString constraintText(const ConstraintActivation &c)
{
    const QString attr = c.attribute;
    const QString values = ConditionText::valueList(c.values);
    const bool neg = c.negate;
    QString text;
    switch (c.op) {
    case Operator::In:
        text = neg ? ConditionText::tr("%1 is not one of %2") : ConditionText::tr("%1 is one of %2");
        break;
    case Operator::NotIn:
        text = neg ? ConditionText::tr("%1 is one of %2") : ConditionText::tr("%1 is not one of %2");
        break;
    case Operator::StrContains:
        text = neg ? ConditionText::tr("%1 does not contain %2") : ConditionText::tr("%1 contains %2");
        break;
    case Operator::StrStartsWith:
        text = neg ? ConditionText::tr("%1 does not start with %2")
                   : ConditionText::tr("%1 starts with %2");
        break;
    case Operator::StrEndsWith:
        text = neg ? ConditionText::tr("%1 does not end with %2") : ConditionText::tr("%1 ends with %2");
        break;
    case Operator::Regex:
        text = neg ? ConditionText::tr("%1 does not match the pattern %2")
                   : ConditionText::tr("%1 matches the pattern %2");
        break;
    case Operator::NumEq:
        text = neg ? ConditionText::tr("%1 is not the number %2") : ConditionText::tr("%1 is the number %2");
        break;
    case Operator::NumGt:
        text = neg ? ConditionText::tr("%1 is not greater than %2")
                   : ConditionText::tr("%1 is greater than %2");
        break;
    case Operator::NumGte:
        text = neg ? ConditionText::tr("%1 is not at least %2") : ConditionText::tr("%1 is at least %2");
        break;
    case Operator::NumLt:
        text = neg ? ConditionText::tr("%1 is not less than %2") : ConditionText::tr("%1 is less than %2");
        break;
    case Operator::NumLte:
        text = neg ? ConditionText::tr("%1 is not at most %2") : ConditionText::tr("%1 is at most %2");
        break;
    case Operator::DateAfter:
        text = neg ? ConditionText::tr("%1 is not after %2") : ConditionText::tr("%1 is after %2");
        break;
    case Operator::DateBefore:
        text = neg ? ConditionText::tr("%1 is not before %2") : ConditionText::tr("%1 is before %2");
        break;
    case Operator::SemverEq:
        text = neg ? ConditionText::tr("%1 is not version %2") : ConditionText::tr("%1 is version %2");
        break;
    case Operator::SemverGt:
        text = neg ? ConditionText::tr("%1 is not a version after %2")
                   : ConditionText::tr("%1 is a version after %2");
        break;
    case Operator::SemverGte:
        text = neg ? ConditionText::tr("%1 is not version %2 or later")
                   : ConditionText::tr("%1 is version %2 or later");
        break;
    case Operator::SemverLt:
        text = neg ? ConditionText::tr("%1 is not a version before %2")
                   : ConditionText::tr("%1 is a version before %2");
        break;
    case Operator::SemverLte:
        text = neg ? ConditionText::tr("%1 is not version %2 or earlier")
                   : ConditionText::tr("%1 is version %2 or earlier");
        break;
    case Operator::InCidr:
        text = neg ? ConditionText::tr("%1 is not in %2") : ConditionText::tr("%1 is in %2");
        break;
    case Operator::Present:
        text = neg ? ConditionText::tr("%1 is absent") : ConditionText::tr("%1 is present");
        break;
    case Operator::Absent:
        text = neg ? ConditionText::tr("%1 is present") : ConditionText::tr("%1 is absent");
        break;
    }
    const OperatorInfo &info = operatorInfo(c.op);
    text = info.takesValues() ? text.arg(attr, values) : text.arg(attr);
    // Only where it changes the comparison (docs/semantics.md: the others ignore it).
    if (c.caseInsensitive && info.caseOption)
        text = ConditionText::tr("%1 (ignoring case)").arg(text);
    return text;
}

QString absenceText(AbsencePolicy policy)
{
    switch (policy) {
    case AbsencePolicy::Skip: return ConditionText::tr("skipped when absent");
    case AbsencePolicy::Empty: return ConditionText::tr("an empty value when absent");
    case AbsencePolicy::Stop: return ConditionText::tr("stops evaluation when absent");
    case AbsencePolicy::Random: return ConditionText::tr("random when absent");
    }
    return {};
}

QString percentageText(const PercentageActivation &p)
{
    // Without stickiness attributes (only with the random policy) every evaluation draws anew.
    if (p.stickiness.attributes.isEmpty()) {
        QString text = ConditionText::tr("%1 % of users at random (%2)")
                           .arg(ConditionText::percentage(p.percentage), schemeName(p.scheme));
        if (!p.salt.isEmpty())
            text = ConditionText::tr("%1, salt %2").arg(text, p.salt);
        return text;
    }
    QString text = ConditionText::tr("%1 % of users by %2 (%3)")
                       .arg(ConditionText::percentage(p.percentage),
                            p.stickiness.attributes.join(u", "), schemeName(p.scheme));
    if (p.stickiness.absence != AbsencePolicy::Skip)
        text = ConditionText::tr("%1, %2").arg(text, absenceText(p.stickiness.absence));
    if (!p.salt.isEmpty())
        text = ConditionText::tr("%1, salt %2").arg(text, p.salt);
    return text;
}

QString scheduleText(const ScheduleActivation &s)
{
    const QString start = ConditionText::scheduleTime(s.start);
    const QString end = ConditionText::scheduleTime(s.end);
    if (!s.start.isEmpty() && !s.end.isEmpty())
        return ConditionText::tr("between %1 and %2 (%3)").arg(start, end, s.timeZone);
    if (!s.start.isEmpty())
        return ConditionText::tr("from %1 on (%2)").arg(start, s.timeZone);
    if (!s.end.isEmpty())
        return ConditionText::tr("until %1 (%2)").arg(end, s.timeZone);
    return ConditionText::tr("at any time");
}

QString describeImpl(const Condition &condition, const Workspace *context, int depth)
{
    return std::visit([&](const auto &c) -> QString {
        using T = std::decay_t<decltype(c)>;
        if constexpr (std::is_same_v<T, UserListActivation>) {
            return ConditionText::tr("%1 is one of %2").arg(c.attribute, ConditionText::valueList(c.values));
        } else if constexpr (std::is_same_v<T, RegexActivation>) {
            const QString text = ConditionText::tr("%1 matches the pattern %2").arg(c.attribute, c.pattern);
            return c.caseInsensitive ? ConditionText::tr("%1 (ignoring case)").arg(text) : text;
        } else if constexpr (std::is_same_v<T, ConstraintActivation>) {
            // What an import kept as its source evaluates it says so (docs/semantics.md).
            if (c.source == ConditionSource::Unleash && !c.unknownOperator.isEmpty()) {
                return ConditionText::tr("%1 %2 %3 (an operator Unleash does not know: never holds)")
                    .arg(c.attribute, c.unknownOperator, ConditionText::valueList(c.values));
            }
            if (c.source == ConditionSource::Unleash) {
                if (const QString problem = Validator::unleashOperandProblem(c); !problem.isEmpty()) {
                    return (c.negate ? ConditionText::tr("%1 (%2: always holds, as in Unleash)")
                                     : ConditionText::tr("%1 (%2: never holds, as in Unleash)"))
                        .arg(constraintText(c), problem);
                }
            }
            return constraintText(c);
        } else if constexpr (std::is_same_v<T, PercentageActivation>) {
            return percentageText(c);
        } else if constexpr (std::is_same_v<T, ScheduleActivation>) {
            return scheduleText(c);
        } else if constexpr (std::is_same_v<T, IpActivation>) {
            return ConditionText::tr("%1 is in %2").arg(c.attribute, ConditionText::valueList(c.values));
        } else if constexpr (std::is_same_v<T, PrerequisiteActivation>) {
            if (c.variations.isEmpty())
                return ConditionText::tr("flag %1 is enabled").arg(c.flag);
            if (c.variations.size() == 1)
                return ConditionText::tr("flag %1 serves %2").arg(c.flag, c.variations.constFirst());
            return ConditionText::tr("flag %1 serves one of %2")
                .arg(c.flag, ConditionText::valueList(c.variations));
        } else if constexpr (std::is_same_v<T, SegmentActivation>) {
            const Segment *segment = context ? context->segment(c.segment) : nullptr;
            if (context && !segment && c.source == ConditionSource::Unleash)
                return ConditionText::tr("in segment %1 (not in the workspace: never holds, as in Unleash)").arg(c.segment);
            if (segment && !segment->name.isEmpty() && segment->name != c.segment)
                return ConditionText::tr("in segment %1 (%2)").arg(segment->name, c.segment);
            return ConditionText::tr("in segment %1").arg(c.segment);
        } else if constexpr (std::is_same_v<T, PluginActivation>) {
            if (c.config.isEmpty())
                return ConditionText::tr("custom activation %1").arg(c.plugin);
            const QString config =
                QString::fromUtf8(QJsonDocument(c.config).toJson(QJsonDocument::Compact));
            return ConditionText::tr("custom activation %1 with %2").arg(c.plugin, config);
        } else {
            static_assert(std::is_same_v<T, ActivationRef>);
            const Activation *activation = context ? context->activation(c.key) : nullptr;
            if (!activation)
                return ConditionText::tr("activation %1 (not in the library)").arg(c.key);
            const QString name = activation->name.isEmpty() ? activation->key : activation->name;
            if (depth >= MaxDepth)
                return name;
            return ConditionText::tr("%1: %2", "a named activation: its condition")
                .arg(name, describeImpl(activation->condition, context, depth + 1));
        }
    }, condition);
}

} // namespace

QString ConditionText::describe(const Condition &condition, const Workspace *context)
{
    return describeImpl(condition, context, 0);
}

QString ConditionText::valueList(const QStringList &values, int maxShown)
{
    if (values.isEmpty())
        return tr("(none)");
    if (values.size() <= maxShown)
        return values.join(u", ");
    const QString shown = values.first(maxShown).join(u", ");
    const int rest = int(values.size() - maxShown);
    return tr("%1 … and %n more", "a cut-off list of values", rest).arg(shown);
}

QString ConditionText::scheduleTime(const QString &iso)
{
    const qsizetype t = iso.indexOf(u'T');
    if (t < 0) {
        const QDate date = QDate::fromString(iso, Qt::ISODate);
        return date.isValid() ? date.toString(Qt::ISODate) : iso;
    }
    const QStringView time = QStringView(iso).mid(t + 1);
    // A time with its own offset means exactly what it says: show it as written.
    if (time.contains(u'Z') || time.contains(u'+') || time.contains(u'-'))
        return iso;
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODate);
    if (!dt.isValid())
        return iso;
    if (dt.time() == QTime(0, 0))
        return dt.date().toString(Qt::ISODate);
    if (dt.time().second() == 0 && dt.time().msec() == 0)
        return dt.toString(u"yyyy-MM-dd HH:mm");
    return dt.toString(u"yyyy-MM-dd HH:mm:ss");
}

QString ConditionText::percentage(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace Pennon
