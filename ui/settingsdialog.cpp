// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include "appsettings.h"
#include "problemlabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Pennon {

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_workspace(new QLineEdit(this))
    , m_workspaceProblem(new ProblemLabel(this))
    , m_staleDays(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));

    // Language: the names of the languages in their own words, as language menus show them.
    m_language->setObjectName(u"languageCombo"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language())));
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    auto *languageNote = new ProblemLabel(this, ProblemLabel::Role::Hint);
    languageNote->setObjectName(u"languageNote"_s);
    languageNote->setWordWrap(true);
    languageNote->setMessage(tr("Pennon shows the new language when it next starts."));

    // Default workspace: between $PENNON_DB and the built-in per-user workspace.
    m_workspace->setObjectName(u"defaultWorkspaceField"_s);
    m_workspace->setAccessibleName(tr("Default workspace"));
    m_workspace->setPlaceholderText(DatabaseUrl::defaultWorkspace().toDisplayString());
    m_workspace->setToolTip(tr("A SQLite file, sqlite:PATH or "
                               "postgresql://[user@]host[:port]/dbname; empty: the built-in "
                               "workspace. A password is never stored: PGPASSWORD and ~/.pgpass "
                               "supply it."));
    m_workspace->setClearButtonEnabled(true);
    m_workspace->setMinimumWidth(fontMetrics().horizontalAdvance(u'M') * 28);
    m_workspace->setText(AppSettings::defaultWorkspace());
    auto *workspaceLabel = new QLabel(tr("Default &workspace:"), this);
    workspaceLabel->setBuddy(m_workspace);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"browseWorkspaceButton"_s);
    browse->setAccessibleName(tr("Choose a SQLite file"));
    m_workspaceProblem->setObjectName(u"defaultWorkspaceProblem"_s);
    m_workspaceProblem->setWordWrap(true);
    auto *workspaceNote = new ProblemLabel(this, ProblemLabel::Role::Hint);
    workspaceNote->setObjectName(u"defaultWorkspaceNote"_s);
    workspaceNote->setWordWrap(true);
    const QString environment = qEnvironmentVariable("PENNON_DB");
    QString environmentError;
    const std::optional<DatabaseUrl> environmentUrl = DatabaseUrl::parse(environment, &environmentError);
    workspaceNote->setMessage(
        environment.isEmpty()
            ? tr("Opened when Pennon next starts, unless $PENNON_DB names another workspace.")
            // Shown without a password the variable may hold.
            : tr("$PENNON_DB is set (%1): it is opened instead while it is set.")
                      .arg(environmentUrl ? environmentUrl->toDisplayString() : tr("not a valid URL")));
    auto *workspaceRow = new QHBoxLayout;
    workspaceRow->addWidget(m_workspace, 1);
    workspaceRow->addWidget(browse);

    m_staleDays->setObjectName(u"staleDaysSpin"_s);
    m_staleDays->setAccessibleName(tr("Days until a flag is stale"));
    m_staleDays->setRange(1, 3650);
    m_staleDays->setSuffix(tr(" days"));
    m_staleDays->setValue(AppSettings::staleDays());
    m_staleDays->setToolTip(tr("A flag is stale when it has not changed for this many days and "
                               "serves one variation to everyone"));
    auto *staleLabel = new QLabel(tr("&Stale after:"), this);
    staleLabel->setBuddy(m_staleDays);

    m_buttons->setObjectName(u"settingsButtons"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save the settings"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close without saving"));

    auto *form = new QFormLayout;
    form->addRow(languageLabel, m_language);
    // The notes sit under their fields, with no label of their own (an empty one would keep
    // a hidden message's row open).
    QWidget *const noLabel = nullptr;
    form->addRow(noLabel, languageNote);
    form->addRow(workspaceLabel, workspaceRow);
    form->addRow(noLabel, m_workspaceProblem);
    form->addRow(noLabel, workspaceNote);
    form->addRow(staleLabel, m_staleDays);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setTabOrder(m_language, m_workspace);
    setTabOrder(m_workspace, browse);
    setTabOrder(browse, m_staleDays);
    setTabOrder(m_staleDays, m_buttons);

    connect(m_workspace, &QLineEdit::textChanged, this, &SettingsDialog::checkWorkspace);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseWorkspace);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    checkWorkspace();
}

void SettingsDialog::checkWorkspace()
{
    QString error;
    const bool ok = m_workspace->text().trimmed().isEmpty()
        || AppSettings::parseWorkspace(m_workspace->text(), &error).has_value();
    m_workspaceProblem->showProblem(ok ? QString() : error, m_workspace);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void SettingsDialog::browseWorkspace()
{
    QString error;
    const std::optional<DatabaseUrl> current = AppSettings::parseWorkspace(m_workspace->text(), &error);
    const QString start = current && current->kind == DatabaseUrl::Kind::Sqlite
        ? current->path
        : DatabaseUrl::defaultWorkspace().path;
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Default Workspace"), start, tr("SQLite workspaces (*.sqlite *.db);;All files (*)"),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_workspace->setText(u"sqlite:"_s + file);
}

void SettingsDialog::accept()
{
    QString error;
    if (!m_workspace->text().trimmed().isEmpty() && !AppSettings::parseWorkspace(m_workspace->text(), &error))
        return;   // OK is disabled; Enter in a field must not get past it either
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setDefaultWorkspace(m_workspace->text());
    AppSettings::setStaleDays(m_staleDays->value());
    QDialog::accept();
}

} // namespace Pennon
