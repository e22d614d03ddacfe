// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "commalistcompleter.h"

#include <QLineEdit>
#include <QStringListModel>

namespace Pennon {

using namespace Qt::StringLiterals;

CommaListCompleter::CommaListCompleter(QObject *parent)
    : QCompleter(parent)
    , m_items(new QStringListModel(this))
{
    setModel(m_items);
    setCaseSensitivity(Qt::CaseInsensitive);
}

void CommaListCompleter::setItems(const QStringList &items)
{
    m_items->setStringList(items);
}

QStringList CommaListCompleter::split(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(u',')) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            items.append(item);
    }
    return items;
}

QString CommaListCompleter::pathFromIndex(const QModelIndex &index) const
{
    const auto *edit = qobject_cast<const QLineEdit *>(widget());
    const QString typed = edit ? edit->text() : QString();
    const qsizetype comma = typed.lastIndexOf(u',');
    const QString before = comma < 0 ? QString() : typed.left(comma + 1) + u' ';
    return before + index.data().toString();
}

QStringList CommaListCompleter::splitPath(const QString &path) const
{
    return {path.mid(path.lastIndexOf(u',') + 1).trimmed()};
}

} // namespace Pennon
