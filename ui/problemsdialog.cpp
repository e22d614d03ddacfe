// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "problemsdialog.h"

#include <QStringList>

namespace Pennon {

namespace {
constexpr int ProblemsShown = 5;
}

ProblemsDialog::ProblemsDialog(const QString &source, const Problems &problems, QWidget *parent)
    : QMessageBox(parent)
{
    setIcon(QMessageBox::Critical);
    setWindowTitle(tr("Workspace Not Read"));
    setText(tr("The workspace %1 could not be read. Pennon shows the demo workspace instead, read-only.")
                .arg(source));
    QStringList all;
    all.reserve(problems.size());
    for (const Problem &problem : problems)
        all.append(problem.toString());
    if (all.isEmpty())
        all.append(tr("No reason was given."));
    QString shown = all.mid(0, ProblemsShown).join(u'\n');
    if (all.size() > ProblemsShown)
        shown = tr("%1\n… and %n more problem(s)", nullptr, int(all.size() - ProblemsShown)).arg(shown);
    setInformativeText(shown);
    if (all.size() > 1)
        setDetailedText(all.join(u'\n'));
    setStandardButtons(QMessageBox::Close);
}

} // namespace Pennon
