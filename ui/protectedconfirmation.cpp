// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "protectedconfirmation.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QCoreApplication>
#include <QPushButton>

namespace Pennon {

QCheckBox *requireProtectedConfirmation(QBoxLayout *layout, QPushButton *save, const QString &text,
                                        const QString &objectName)
{
    auto *confirm = new QCheckBox(text, layout->parentWidget());
    confirm->setObjectName(objectName);
    layout->addWidget(confirm);
    save->setEnabled(false);
    save->setToolTip(QCoreApplication::translate("ProtectedConfirmation",
                                                 "Tick the confirmation for the protected environments first"));
    QObject::connect(confirm, &QCheckBox::toggled, save, &QPushButton::setEnabled);
    return confirm;
}

} // namespace Pennon
