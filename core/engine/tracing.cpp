// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// The trace of an evaluation: one step per flag, rule, condition, split and default visited,
// with what was seen and decided. Only built when a trace is asked for.

#include "walker.h"

namespace Pennon {

using namespace Qt::StringLiterals;

QString Walker::ruleLabel(const RulePlan &rule, qsizetype index)
{
    QString label = u"rule "_s + QString::number(index);
    if (!rule.id.isEmpty())
        label += u" ("_s + rule.id + u')';
    if (!rule.name.isEmpty())
        label += u": "_s + rule.name;
    return label;
}

QString Walker::variationName(int flagIndex, int variation) const
{
    const Flag &flag = m_plan.flags.at(flagIndex);
    if (variation < -1)
        return servedText(flagIndex, variation, {});
    return variation >= 0 && variation < flag.variations.size() ? flag.variations.at(variation).key
                                                                : u"nothing"_s;
}

QString Walker::servedText(int, int code, const QString &source)
{
    QString text;
    switch (code) {
    case Served::NoValue:
        return u"no value: the caller's default, reason DEFAULT"_s;
    case Served::ParseError:
        text = u"error PARSE_ERROR: the off variation, reason ERROR"_s;
        break;
    default:
        text = u"error GENERAL: the off variation, reason ERROR"_s;
        break;
    }
    if (!source.isEmpty())
        text += u" (the source had \""_s + source.left(120) + u"\")"_s;
    return text;
}

void Walker::step(TraceStep::Kind kind, int depth, const QString &what, int attribute,
                  const AttributeValue *seen, bool outcome, const QString &detail, qint64 bucket)
{
    TraceStep s;
    s.kind = kind;
    s.depth = depth;
    s.what = what;
    if (attribute >= 0) {
        s.attribute = m_plan.attributeNames.at(attribute);
        s.seen = seen ? (seen->kind == AttributeValue::Kind::List ? u'[' + seen->list.join(u", ") + u']'
                                                                   : seen->text)
                      : u"<absent>"_s;
    }
    s.outcome = outcome;
    s.detail = detail;
    s.bucket = bucket;
    m_trace->steps.append(s);
}

void Walker::traceSplit(int flagIndex, const ServePlan &serve, int traceDepth, int attribute,
                        const AttributeValue *value, qint64 bucket, int variation)
{
    step(TraceStep::Kind::SplitBucketed, traceDepth, u"split ("_s + schemeName(serve.salted.scheme()) + u')',
         attribute, value, true,
         u"bucket "_s + QString::number(bucket) + u" of "_s + QString::number(serve.total)
             + u" (salt \""_s + QString::fromUtf8(serve.salted.salt()) + u"\") → "_s
             + (variation != -1 ? variationName(flagIndex, variation) : u"<none>"_s),
         bucket);
}

} // namespace Pennon
