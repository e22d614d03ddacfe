// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "engine/simulator.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;
class QRadioButton;
class QSpinBox;

namespace Pennon {

class ProblemLabel;

/// The users a simulation evaluates, as `pennonctl simulate` takes them: N synthetic users (an
/// id pattern, the attribute that holds the id, and attributes generated per user, one
/// `NAME=GENERATOR` line each as `--attribute` takes it, see AttributeGenerator) or the rows of
/// a CSV file. The one form of the simulator windows (Many Users, Change Impact), so that they
/// read users alike.
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

    /// Appends an attribute line holding spec (empty: a blank line to type in) and focuses it.
    void addAttribute(const QString &spec = QString());
    /// The attribute lines as typed (trimmed; blank lines left out).
    QStringList attributes() const;

    /// The first and last control, for the window's tab order.
    QWidget *firstField() const;
    QWidget *lastField() const;

Q_SIGNALS:
    void changed();

private:
    struct AttributeRow {
        QWidget *row;           ///< the line, its Remove button and its problem
        QLineEdit *edit;
        QPushButton *remove;
        ProblemLabel *problem;
    };

    void updateSource();
    void chooseCsv();
    void removeAttribute(QWidget *row);
    void renumberAttributes();
    void checkAttributes();

    QRadioButton *m_synthetic;
    QRadioButton *m_fromCsv;
    QSpinBox *m_users;
    QLineEdit *m_idPattern;
    QLineEdit *m_idAttribute;
    QLineEdit *m_csvPath;
    QPushButton *m_browse;
    QWidget *m_attributeBox;
    QVBoxLayout *m_attributeRows;
    QPushButton *m_addAttribute;
    ProblemLabel *m_attributeHint;
    QLabel *m_preview;
    QString m_prefix;
    QList<AttributeRow> m_attributes;
};

} // namespace Pennon
