// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "validation/problem.h"

#include <QMessageBox>

namespace Pennon {

/// An error box for a workspace that could not be read: what failed, the first problems,
/// and every problem with its place in the details.
class ProblemsDialog final : public QMessageBox
{
    Q_OBJECT
public:
    /// source names what was read (a file path or resource); problems say why it failed.
    ProblemsDialog(const QString &source, const Problems &problems, QWidget *parent = nullptr);
};

} // namespace Pennon
