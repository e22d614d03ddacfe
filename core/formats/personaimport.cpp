// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "personaimport.h"

#include "csvcontexts.h"
#include "json/jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Pennon {

using namespace Qt::StringLiterals;

PersonaImport::Format PersonaImport::formatOf(const QString &fileName)
{
    return fileName.endsWith(u".csv"_s, Qt::CaseInsensitive) ? Format::Csv : Format::Jsonl;
}

QString PersonaImport::keyFor(const QString &name, QSet<QString> *taken)
{
    QString base;
    bool dash = false;
    for (const QChar c : name.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.') {
            base += c;
            dash = false;
        } else if (!dash && !base.isEmpty()) {
            base += u'-';
            dash = true;
        }
    }
    while (base.endsWith(u'-'))
        base.chop(1);
    base.truncate(200);
    if (base.isEmpty())
        base = u"persona"_s;
    QString key = base;
    for (int n = 2; taken->contains(key); ++n)
        key = base + u'-' + QString::number(n);
    taken->insert(key);
    return key;
}

std::optional<QList<Persona>> PersonaImport::read(const QByteArray &bytes, Format format,
                                                  const QSet<QString> &taken, Problems *problems)
{
    QList<QJsonObject> contexts;
    const qsizetype before = problems->size();
    if (format == Format::Csv) {
        const std::optional<QList<Context>> rows = CsvContexts::readCsv(bytes, problems);
        if (!rows)
            return std::nullopt;
        for (const Context &row : *rows) {
            QJsonObject context;
            for (const auto &[name, value] : row.entries()) {
                if (value.isPresent())
                    context.insert(name, value.text);
            }
            contexts.append(context);
        }
    } else {
        qsizetype start = 0;
        int line = 0;
        while (start < bytes.size()) {
            qsizetype end = bytes.indexOf('\n', start);
            if (end < 0)
                end = bytes.size();
            ++line;
            const QByteArray text = bytes.mid(start, end - start).trimmed();
            start = end + 1;
            if (text.isEmpty())
                continue;
            Problem problem;
            const std::optional<QJsonValue> value = JsonReader::parse(text, &problem);
            const QString where = tr("line %1").arg(line);
            if (!value) {
                problems->append({where, problem.message});
                continue;
            }
            if (!value->isObject()) {
                problems->append({where, tr("a context must be a JSON object")});
                continue;
            }
            const QJsonObject object = value->toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QJsonValue field = it.value();
                bool ok = field.isString() || field.isDouble() || field.isBool() || field.isNull();
                if (field.isArray()) {
                    ok = true;
                    for (const QJsonValue &item : field.toArray())
                        ok = ok && item.isString();
                }
                if (!ok)
                    problems->append({where, tr("\"%1\" must be a string, number, boolean or list of strings").arg(it.key())});
            }
            contexts.append(object);
        }
    }
    if (problems->size() != before)
        return std::nullopt;
    QSet<QString> keys = taken;
    QList<Persona> personas;
    personas.reserve(contexts.size());
    for (qsizetype i = 0; i < contexts.size(); ++i) {
        Persona persona = Persona::fromContextJson(contexts.at(i));
        persona.name = persona.userId.isEmpty() ? tr("Row %1").arg(i + 1) : persona.userId;
        persona.key = keyFor(persona.name, &keys);
        personas.append(persona);
    }
    return personas;
}

} // namespace Pennon
