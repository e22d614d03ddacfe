// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/workspace.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Pennon {

/// File ▸ New Flag: a key (checked as it is typed: well-formed and not taken), a name and a
/// type whose template gives the variations (boolean on/off, string A/B/C, number, JSON).
/// The flag starts off in every environment, serving its first variation.
class NewFlagDialog final : public QDialog
{
    Q_OBJECT
public:
    /// source: duplicate that flag (its variations and environments) under a new key.
    NewFlagDialog(const Workspace &workspace, QWidget *parent = nullptr,
                  const std::optional<Flag> &source = std::nullopt);

    /// The flag as filled in (valid when the dialog was accepted).
    Flag flag() const;
    /// Why the key cannot be used, or empty.
    QString keyProblem() const;

    /// The variations a new flag of a type starts with.
    /// A flag's configuration in an environment it is new to: off, serving its first variation
    /// (a template's "off"), so that nothing changes until someone turns it on.
    static EnvironmentConfig switchedOff(const Flag &flag);
    static QList<Variation> templateVariations(FlagType type);

private:
    void update();

    Workspace m_workspace;
    std::optional<Flag> m_source;
    QLineEdit *m_key;
    QLineEdit *m_name;
    QComboBox *m_type;
    QLabel *m_keyError;
    QLabel *m_variations;
    QDialogButtonBox *m_buttons;
};

} // namespace Pennon
