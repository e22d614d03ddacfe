// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "engine/simulator.h"

#include <QGroupBox>

class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Pennon {

/// The users a simulation evaluates, as `pennonctl simulate` takes them: N synthetic users (an
/// id pattern and the attribute that holds the id) or the rows of a CSV file. The one form of
/// the simulator windows (Many Users, Change Impact), so that they read users alike.
///
///     SimulationOptions options;
///     QWidget *field = nullptr;
///     if (!form->options(&options, &error, &field)) { show error at field; return; }
///     // then, off the GUI thread when csvPath() is set:
///     UsersForm::readCsv(path, &options, &error);
class UsersForm final : public QGroupBox
{
    Q_OBJECT
public:
    /// objectPrefix names the controls ("simulation" gives simulationUsers, ...).
    explicit UsersForm(const QString &objectPrefix, QWidget *parent = nullptr);

    /// The options as the form says (the CSV file is not read here); false with *error and
    /// the field to show it at when something is wrong.
    bool options(SimulationOptions *options, QString *error, QWidget **field = nullptr) const;
    /// The CSV file to read, or empty for synthetic users.
    QString csvPath() const;
    /// Reads a CSV file of users into options->contexts (blocking: call it off the GUI
    /// thread); false with *error naming the file and the place.
    static bool readCsv(const QString &path, SimulationOptions *options, QString *error);

    /// The first and last control, for the window's tab order.
    QWidget *firstField() const;
    QWidget *lastField() const;

Q_SIGNALS:
    void changed();

private:
    void updateSource();
    void chooseCsv();

    QRadioButton *m_synthetic;
    QRadioButton *m_fromCsv;
    QSpinBox *m_users;
    QLineEdit *m_idPattern;
    QLineEdit *m_idAttribute;
    QLineEdit *m_csvPath;
    QPushButton *m_browse;
};

} // namespace Pennon
