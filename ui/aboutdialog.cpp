// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace Pennon {

using namespace Qt::StringLiterals;

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Pennon"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/pennon/icons/pennon.svg"_s).pixmap(QSize(64, 64), devicePixelRatio()));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(tr("Pennon %1").arg(QApplication::applicationVersion()), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *purpose = new QLabel(tr("Feature flags and experiments: edit rules and splits, see "
                                  "exactly who gets what, and export for your services."),
                               this);
    purpose->setWordWrap(true);

    auto *licence = new QLabel(tr("Released under the MIT licence."), this);
    auto *qt = new QLabel(tr("Built with Qt %1, running on Qt %2.")
                              .arg(QString::fromLatin1(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                          this);
    for (QLabel *label : {title, purpose, licence, qt})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(purpose);
    text->addSpacing(8);
    text->addWidget(licence);
    text->addWidget(qt);
    text->addStretch();

    auto *body = new QHBoxLayout;
    body->addWidget(icon);
    body->addSpacing(12);
    body->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace Pennon
