// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "trace.h"

#include <QJsonObject>

namespace Pennon {

using namespace Qt::StringLiterals;

QJsonArray Trace::toJson() const
{
    QJsonArray array;
    for (const TraceStep &step : steps) {
        QJsonObject o;
        static const char16_t *const kinds[] = {u"flag", u"rule", u"condition", u"split", u"default"};
        o.insert(u"step"_s, QString::fromUtf16(kinds[int(step.kind)]));
        o.insert(u"depth"_s, step.depth);
        o.insert(u"what"_s, step.what);
        if (!step.attribute.isEmpty()) {
            o.insert(u"attribute"_s, step.attribute);
            o.insert(u"seen"_s, step.seen);
        }
        if (!step.detail.isEmpty())
            o.insert(u"detail"_s, step.detail);
        if (step.bucket >= 0)
            o.insert(u"bucket"_s, step.bucket);
        o.insert(u"outcome"_s, step.outcome);
        array.append(o);
    }
    return array;
}

} // namespace Pennon
