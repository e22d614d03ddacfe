// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "keypicker.h"

namespace Pennon {

using namespace Qt::StringLiterals;

KeyPicker::KeyPicker(QWidget *parent)
    : QComboBox(parent)
{
}

void KeyPicker::setKeys(const QStringList &keys, const QStringList &texts)
{
    Q_ASSERT(keys.size() == texts.size());
    if (keys == m_keys && texts == m_texts)
        return;
    m_keys = keys;
    m_texts = texts;
    clear();
    for (qsizetype i = 0; i < keys.size(); ++i)
        addItem(texts.at(i), keys.at(i));
}

void KeyPicker::showKey(const QString &key, const QString &missingText)
{
    for (int i = count() - 1; i >= m_keys.size(); --i)
        removeItem(i);
    int index = findData(key);
    if (index < 0 && !key.isEmpty()) {
        addItem(missingText, key);
        index = count() - 1;
    }
    setCurrentIndex(index);
}

QString KeyPicker::currentKey() const
{
    return currentData().toString();
}

} // namespace Pennon
