// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "attributegenerator.h"

#include "engine/context.h"
#include "engine/murmur3.h"

#include <QJsonValue>

#include <cstring>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 RangeLimit = 1'000'000'000'000'000LL; // 10^15: bounds of range()
constexpr qint64 VersionPartLimit = 99'999;             // largest MAJOR, MINOR or PATCH
constexpr int MaxTextLength = 64;                        // longest range() or version() text

quint64 splitMix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

/// Writes n in decimal; returns the number of characters.
int writeNumber(qint64 n, char *out)
{
    int length = 0;
    quint64 magnitude = n < 0 ? quint64(0) - quint64(n) : quint64(n);
    if (n < 0)
        out[length++] = '-';
    char reversed[20];
    int digits = 0;
    do {
        reversed[digits++] = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    while (digits > 0)
        out[length++] = reversed[--digits];
    return length;
}

AttributeValue stringValue(const QString &text)
{
    AttributeValue value;
    Context::toAttributeValue(QJsonValue(text), &value);
    return value;
}

} // namespace

std::optional<AttributeGenerator> AttributeGenerator::parse(const QString &spec, QString *error)
{
    const auto fail = [&](qsizetype at, const QString &why) -> std::optional<AttributeGenerator> {
        if (error)
            *error = tr("'%1' at character %2: %3").arg(spec).arg(at + 1).arg(why);
        return std::nullopt;
    };
    const qsizetype equals = spec.indexOf(u'=');
    if (equals < 0)
        return fail(spec.size(), tr("expected NAME=GENERATOR"));
    if (equals == 0)
        return fail(0, tr("the attribute name is missing"));

    AttributeGenerator g;
    g.m_spec = spec;
    g.m_name = spec.left(equals);
    g.m_seed = splitMix(quint64(Murmur3::hash(g.m_name.toUtf8(), 0x5EED)) << 32
                        | Murmur3::hash(g.m_name.toUtf8(), 0xA77B));
    const qsizetype start = equals + 1;
    const QString body = spec.mid(start);

    // Which generator? Anything but keyword(...) is a fixed value.
    QString keyword;
    const qsizetype open = body.indexOf(u'(');
    if (open > 0 && body.endsWith(u')')) {
        const QString word = body.left(open);
        if (word == u"fixed" || word == u"choice" || word == u"range" || word == u"version")
            keyword = word;
    }
    if (keyword.isEmpty()) {
        for (const char *word : {"choice", "range", "version", "fixed"}) {
            if (body.startsWith(QLatin1StringView(word) + u'('))
                return fail(spec.size(), tr("%1(...) must end with ')'").arg(QLatin1StringView(word)));
        }
        g.m_kind = Kind::Fixed;
        g.m_values.append(stringValue(body));
        return g;
    }
    const qsizetype argsStart = start + open + 1;
    const QString args = body.mid(open + 1, body.size() - open - 2);
    if (keyword == u"fixed") {
        g.m_kind = Kind::Fixed;
        g.m_values.append(stringValue(args));
        return g;
    }

    // The comma-separated arguments with where each starts in the spec.
    QList<std::pair<QString, qsizetype>> parts;
    qsizetype partStart = 0;
    for (qsizetype i = 0; i <= args.size(); ++i) {
        if (i == args.size() || args.at(i) == u',') {
            parts.append({args.mid(partStart, i - partStart), argsStart + partStart});
            partStart = i + 1;
        }
    }

    if (keyword == u"choice") {
        g.m_kind = Kind::Choice;
        quint64 total = 0;
        for (const auto &[part, at] : std::as_const(parts)) {
            const qsizetype colon = part.indexOf(u':');
            const QString value = colon < 0 ? part : part.left(colon);
            if (value.isEmpty())
                return fail(at, tr("a choice needs a value"));
            for (qsizetype i = 0; i < value.size(); ++i) {
                if (value.at(i) == u'(' || value.at(i) == u')')
                    return fail(at + i, tr("a choice's value must not hold '(' or ')'"));
            }
            quint64 weight = 1;
            if (colon >= 0) {
                bool ok = false;
                const QString weightText = part.mid(colon + 1);
                weight = weightText.toULongLong(&ok);
                if (!ok || weightText.startsWith(u'+') || weight > 1'000'000'000ULL)
                    return fail(at + colon + 1, tr("the weight must be a whole number from 0 to 10^9, not '%1'").arg(weightText));
            }
            total += weight;
            g.m_values.append(stringValue(value));
            g.m_cumulative.append(total);
        }
        if (total == 0)
            return fail(argsStart, tr("at least one choice needs a weight above 0"));
        return g;
    }

    if (parts.size() != 2)
        return fail(argsStart, tr("%1(LOW,HIGH) takes two bounds, not %2").arg(keyword).arg(parts.size()));

    if (keyword == u"range") {
        g.m_kind = Kind::Range;
        qint64 bounds[2];
        for (int b = 0; b < 2; ++b) {
            bool ok = false;
            bounds[b] = parts.at(b).first.toLongLong(&ok);
            if (!ok || bounds[b] < -RangeLimit || bounds[b] > RangeLimit)
                return fail(parts.at(b).second, tr("a bound must be a whole number from -10^15 to 10^15, not '%1'").arg(parts.at(b).first));
        }
        if (bounds[0] > bounds[1])
            return fail(parts.at(1).second, tr("HIGH must not be below LOW"));
        g.m_low = bounds[0];
        g.m_high = bounds[1];
        return g;
    }

    // version(LOW,HIGH): MAJOR[.MINOR[.PATCH]] each.
    g.m_kind = Kind::Version;
    qint64 version[2][3] = {};
    for (int b = 0; b < 2; ++b) {
        const QStringList numbers = parts.at(b).first.split(u'.');
        if (numbers.size() > 3)
            return fail(parts.at(b).second, tr("a version is MAJOR.MINOR.PATCH, not '%1'").arg(parts.at(b).first));
        qsizetype offset = 0;
        for (qsizetype i = 0; i < numbers.size(); ++i) {
            bool ok = false;
            version[b][i] = numbers.at(i).toLongLong(&ok);
            if (!ok || numbers.at(i).startsWith(u'+') || numbers.at(i).startsWith(u'-')
                || version[b][i] > VersionPartLimit) {
                return fail(parts.at(b).second + offset, tr("a version's part must be a whole number from 0 to %1, not '%2'").arg(VersionPartLimit).arg(numbers.at(i)));
            }
            offset += numbers.at(i).size() + 1;
        }
    }
    qint64 largest = 9;
    for (int b = 0; b < 2; ++b)
        largest = qMax(largest, qMax(version[b][1], version[b][2]));
    g.m_radix = largest + 1;
    g.m_low = (version[0][0] * g.m_radix + version[0][1]) * g.m_radix + version[0][2];
    g.m_high = (version[1][0] * g.m_radix + version[1][1]) * g.m_radix + version[1][2];
    if (g.m_low > g.m_high)
        return fail(parts.at(1).second, tr("HIGH must not be below LOW"));
    return g;
}

quint64 AttributeGenerator::hash(qint64 user) const
{
    return splitMix(m_seed ^ splitMix(quint64(user)));
}

quint64 AttributeGenerator::draw(qint64 user, quint64 span) const
{
    // The high word of hash × span: uniform up to a bias of span / 2^64.
    const quint64 h = hash(user);
    const quint64 hLow = h & 0xFFFFFFFFULL, hHigh = h >> 32;
    const quint64 sLow = span & 0xFFFFFFFFULL, sHigh = span >> 32;
    const quint64 middle = hHigh * sLow + (hLow * sLow >> 32);
    const quint64 middle2 = hLow * sHigh + (middle & 0xFFFFFFFFULL);
    return hHigh * sHigh + (middle >> 32) + (middle2 >> 32);
}

void AttributeGenerator::prepareScratch(AttributeValue *scratch) const
{
    scratch->kind = AttributeValue::Kind::String;
    scratch->text.reserve(MaxTextLength);
    scratch->utf8.reserve(MaxTextLength);
}

const AttributeValue *AttributeGenerator::value(qint64 user, AttributeValue *scratch) const
{
    switch (m_kind) {
    case Kind::Fixed:
        return &m_values.first();
    case Kind::Choice: {
        const quint64 r = draw(user, m_cumulative.last());
        qsizetype i = 0;
        while (m_cumulative.at(i) <= r)
            ++i;
        return &m_values.at(i);
    }
    case Kind::Range:
    case Kind::Version:
        break;
    }
    const qint64 n = m_low + qint64(draw(user, quint64(m_high - m_low) + 1));
    char buffer[MaxTextLength];
    int length = 0;
    if (m_kind == Kind::Range) {
        length = writeNumber(n, buffer);
    } else {
        length = writeNumber(n / (m_radix * m_radix), buffer);
        buffer[length++] = '.';
        length += writeNumber(n / m_radix % m_radix, buffer + length);
        buffer[length++] = '.';
        length += writeNumber(n % m_radix, buffer + length);
    }
    scratch->kind = AttributeValue::Kind::String;
    scratch->text.resize(length);
    QChar *text = scratch->text.data();
    for (int i = 0; i < length; ++i)
        text[i] = QLatin1Char(buffer[i]);
    scratch->utf8.resize(length);
    std::memcpy(scratch->utf8.data(), buffer, size_t(length));
    return scratch;
}

QString AttributeGenerator::text(qint64 user) const
{
    AttributeValue scratch;
    prepareScratch(&scratch);
    return value(user, &scratch)->text;
}

} // namespace Pennon
