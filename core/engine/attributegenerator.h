// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "engine/attributevalue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Pennon {

/// Gives synthetic users an attribute: `NAME=GENERATOR`, one spec per attribute, as
/// `pennonctl simulate --attribute` and the simulator window take them. GENERATOR is one of
///
///     pro                       a fixed value (any text; fixed(TEXT) for text that looks
///                               like a generator)
///     choice(de:3,fr:1,us)      a weighted choice; VALUE:WEIGHT, weight a whole number
///                               (default 1); values hold no ',' ':' '(' or ')'
///     range(18,80)              a whole number from LOW to HIGH, both included
///     version(4.0.0,5.2.0)      a version MAJOR.MINOR.PATCH from LOW to HIGH, both included;
///                               MINOR and PATCH count from 0 to 9, or to the largest such
///                               part of the bounds when that is larger
///
/// Every value is a string attribute, as a CSV cell is. The value depends only on the user's
/// number and the attribute's name (a seeded hash of both, no shared random generator), so
/// every run, thread count, the window and pennonctl give the same users.
class AttributeGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(AttributeGenerator)
public:
    enum class Kind { Fixed, Choice, Range, Version };

    /// Parses a spec; on failure returns nullopt and sets *error to a message that quotes the
    /// spec and names the character where it goes wrong (1-based).
    static std::optional<AttributeGenerator> parse(const QString &spec, QString *error);

    const QString &name() const { return m_name; }
    const QString &spec() const { return m_spec; }
    Kind kind() const { return m_kind; }

    /// The value of user number `user`: a prepared value for fixed and choice generators,
    /// else written into *scratch (reserved by prepareScratch, so that it never allocates).
    const AttributeValue *value(qint64 user, AttributeValue *scratch) const;
    /// Makes a value to pass to value() as scratch.
    void prepareScratch(AttributeValue *scratch) const;
    /// The value's text, for one user (allocates; for tests, samples and displays).
    QString text(qint64 user) const;

private:
    AttributeGenerator() = default;
    quint64 hash(qint64 user) const;
    /// A number from 0 to span − 1 drawn from the user's hash.
    quint64 draw(qint64 user, quint64 span) const;

    QString m_name;
    QString m_spec;
    Kind m_kind = Kind::Fixed;
    quint64 m_seed = 0;
    QList<AttributeValue> m_values;    ///< Fixed: one; Choice: one per choice
    QList<quint64> m_cumulative;       ///< Choice: running sums of the weights
    qint64 m_low = 0;                  ///< Range: bounds; Version: bounds as mixed-radix numbers
    qint64 m_high = 0;
    qint64 m_radix = 10;               ///< Version: values per MINOR and per PATCH
};

} // namespace Pennon
