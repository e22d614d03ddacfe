// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/changestamp.h"
#include "model/workspace.h"

#include <QHash>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Pennon {

/// A CSV summary for people and spreadsheets: RFC 4180 (CRLF line ends, fields quoted when
/// they hold a comma, a quote or a line break, quotes doubled), UTF-8, a header row, then one
/// row per flag and environment, flags sorted by key and environments in workspace order:
///
///   key,name,type,environment,state,rules,default,owner,tags,updated,updated_by,archived
///
/// `state` is on/off, `rules` the number of rules evaluated (disabled ones not counted), `default` the default serve (a variation
/// key, or "split a 50 / b 50" with each variation's weight), `tags` the tags joined by "; ",
/// `updated` when the flag was last saved (ISO 8601, UTC) and `updated_by` by whom, from the
/// workspace database (empty for a workspace read from a file), `archived` yes/no. The column
/// names are not translated.
class CsvExport final
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)
public:
    /// All environments when environment is empty, else only that one (which must exist:
    /// check with Workspace::environment first).
    static QByteArray write(const Workspace &workspace, const QString &environment = QString(),
                            const QHash<QString, ChangeStamp> &stamps = {});
    /// One field, quoted when RFC 4180 asks for it.
    static QString field(const QString &text);
};

} // namespace Pennon
