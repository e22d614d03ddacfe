// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "recentworkspaces.h"


#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Pennon {

using namespace Qt::StringLiterals;

QStringList RecentWorkspaces::entries()
{
    QStringList list = QSettings().value(QString::fromLatin1(RecentKey)).toStringList();
    list.removeAll(QString());
    return list.mid(0, MaxEntries);
}

void RecentWorkspaces::add(const DatabaseUrl &url)
{
    const QString entry = url.toDisplayString();   // never the password
    QStringList list = entries();
    list.removeAll(entry);
    list.prepend(entry);
    QSettings().setValue(QString::fromLatin1(RecentKey), list.mid(0, MaxEntries));
}

void RecentWorkspaces::remove(const QString &entry)
{
    QStringList list = entries();
    list.removeAll(entry);
    QSettings().setValue(QString::fromLatin1(RecentKey), list);
}

void RecentWorkspaces::clear()
{
    QSettings().remove(QString::fromLatin1(RecentKey));
}

bool RecentWorkspaces::isAvailable(const QString &entry, QString *reason)
{
    QString error;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(entry, &error);
    if (!url) {
        if (reason)
            *reason = error;
        return false;
    }
    if (url->kind == DatabaseUrl::Kind::Sqlite && !QFileInfo::exists(url->path)) {
        if (reason)
            *reason = tr("The file %1 no longer exists.").arg(QDir::toNativeSeparators(url->path));
        return false;
    }
    return true;
}

} // namespace Pennon
