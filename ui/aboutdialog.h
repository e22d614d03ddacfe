// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

namespace Pennon {

/// Pennon's name, version, purpose, licence and the Qt it runs on.
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace Pennon
