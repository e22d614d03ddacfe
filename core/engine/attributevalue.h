// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Pennon {

/// One attribute's value in an evaluation context: a string, number, boolean or list of
/// strings, or absent. The text and UTF-8 forms are prepared when the value is set, so that
/// evaluation compares and hashes without allocating. This header is also part of the
/// activation plugin interface: keep it free of out-of-line code.
struct AttributeValue {
    enum class Kind : quint8 { Absent, String, Number, Boolean, List };

    Kind kind = Kind::Absent;
    QString text;       ///< string form: the string, the number's shortest form, "true"/"false"
    QByteArray utf8;    ///< text as UTF-8, for hashing
    double number = 0;  ///< Number only
    bool boolean = false;
    QStringList list;   ///< List only

    bool isPresent() const { return kind != Kind::Absent; }
};

} // namespace Pennon
