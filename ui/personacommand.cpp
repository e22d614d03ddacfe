// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "personacommand.h"

#include <QJsonDocument>
#include <QStringList>

namespace Pennon {

using namespace Qt::StringLiterals;

QString PersonaCommand::shellWord(const QString &word)
{
    const bool plain = !word.isEmpty() && std::all_of(word.cbegin(), word.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || QStringView(u"_-./:=@%+,").contains(c);
    });
    if (plain)
        return word;
    QString quoted = word;
    quoted.replace(u"'"_s, u"'\\''"_s);   // close the quotes, an escaped quote, open them again
    return u'\'' + quoted + u'\'';
}

QString PersonaCommand::evalLine(const QString &database, const QString &environment, const QString &flag,
                                 const QJsonObject &context)
{
    QStringList words{u"pennonctl"_s};
    if (!database.isEmpty())
        words << u"--db"_s << shellWord(database);
    words << u"eval"_s << u"--env"_s << shellWord(environment);
    if (!flag.isEmpty())
        words << u"--flag"_s << shellWord(flag);
    words << u"--context"_s << shellWord(QString::fromUtf8(QJsonDocument(context).toJson(QJsonDocument::Compact)));
    return words.join(u' ');
}

} // namespace Pennon
