// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/workspace.h"

#include <QTextBrowser>

namespace Pennon {

/// Read-only description of one flag: identity, variations, and per environment its state,
/// off variation, rules in plain words and default serve.
class FlagDetailsView final : public QTextBrowser
{
    Q_OBJECT
public:
    explicit FlagDetailsView(QWidget *parent = nullptr);

    /// Shows a flag; the workspace gives environment order and names, library activations
    /// and segments.
    void showFlag(const Flag &flag, const Workspace &workspace);
    /// Shows the "select a flag" placeholder.
    void showNothing();

    /// The flag shown, or empty.
    QString flagKey() const { return m_flagKey; }

    /// The HTML showFlag() displays; separate so it can be checked without a widget.
    static QString flagHtml(const Flag &flag, const Workspace &workspace);

private:
    QString m_flagKey;
};

} // namespace Pennon
