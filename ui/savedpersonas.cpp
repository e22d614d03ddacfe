// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "savedpersonas.h"

#include "formats/personaimport.h"
#include "personaeditor.h"
#include "problemlabel.h"
#include "storage/repository.h"
#include "text/changetext.h"
#include "validation/validator.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Pennon {

using namespace Qt::StringLiterals;

SavedPersonas::SavedPersonas(WorkspaceSession *session, PersonaEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_editor(editor)
    , m_list(new QComboBox(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_saveAs(new QPushButton(tr("Save &As…"), this))
    , m_rename(new QPushButton(tr("Re&name…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_import(new QPushButton(tr("&Import…"), this))
    , m_problem(new ProblemLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"savedPersonas"_s);
    m_list->setObjectName(u"savedPersonaList"_s);
    m_list->setAccessibleName(tr("Saved personas"));
    m_save->setObjectName(u"savePersona"_s);
    m_save->setAccessibleName(tr("Save the persona"));
    m_save->setToolTip(tr("Saves the changes of the chosen persona in the workspace"));
    m_saveAs->setObjectName(u"savePersonaAs"_s);
    m_saveAs->setAccessibleName(tr("Save as a new persona"));
    m_rename->setObjectName(u"renamePersona"_s);
    m_rename->setAccessibleName(tr("Rename the persona"));
    m_delete->setObjectName(u"deletePersona"_s);
    m_delete->setAccessibleName(tr("Delete the persona"));
    m_import->setObjectName(u"importPersonas"_s);
    m_import->setAccessibleName(tr("Import personas from a file"));
    m_import->setToolTip(tr("One persona per row of a CSV file or line of a JSONL file of contexts"));
    m_problem->setObjectName(u"savedPersonaProblem"_s);
    m_problem->setWordWrap(true);
    m_status->setObjectName(u"savedPersonaStatus"_s);
    m_status->setWordWrap(true);

    auto *label = new QLabel(tr("Sa&ved persona:"), this);
    label->setBuddy(m_list);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_save, m_saveAs, m_rename, m_delete, m_import})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    layout->addWidget(m_status);
    setTabOrder(m_list, m_save);
    setTabOrder(m_save, m_saveAs);
    setTabOrder(m_saveAs, m_rename);
    setTabOrder(m_rename, m_delete);
    setTabOrder(m_delete, m_import);

    connect(m_list, &QComboBox::activated, this, &SavedPersonas::chosen);
    connect(m_save, &QPushButton::clicked, this, &SavedPersonas::save);
    connect(m_saveAs, &QPushButton::clicked, this, &SavedPersonas::saveAs);
    connect(m_rename, &QPushButton::clicked, this, &SavedPersonas::rename);
    connect(m_delete, &QPushButton::clicked, this, &SavedPersonas::remove);
    connect(m_import, &QPushButton::clicked, this, &SavedPersonas::import);
    connect(m_editor, &PersonaEditor::changed, this, &SavedPersonas::updateActions);
    connect(m_session, &WorkspaceSession::personasChanged, this, &SavedPersonas::refill);
    connect(m_session, &WorkspaceSession::workspaceReset, this, &SavedPersonas::refill);
    connect(m_session, &WorkspaceSession::objectsSaved, this, &SavedPersonas::saved);
    connect(m_session, &WorkspaceSession::objectsSaveFailed, this, &SavedPersonas::saveFailed);
    refill();
}

QString SavedPersonas::currentKey() const
{
    return m_editor->persona().key;
}

bool SavedPersonas::choose(const QString &key)
{
    const Persona *persona = m_session->workspace().persona(key);
    if (!persona)
        return false;
    m_editor->setPersona(*persona);
    refill();
    return true;
}

void SavedPersonas::chooseIfSame(const QString &key)
{
    const Persona *saved = m_session->workspace().persona(key);
    if (!saved)
        return;
    Persona edited = m_editor->persona();
    edited.key = saved->key;
    edited.name = saved->name;
    edited.description = saved->description;
    edited.version = saved->version;
    if (edited == *saved)
        choose(key);
}

bool SavedPersonas::isModified() const
{
    const Persona edited = m_editor->persona();
    const Persona *saved = edited.key.isEmpty() ? nullptr : m_session->workspace().persona(edited.key);
    return saved && !(edited == *saved);
}

void SavedPersonas::refill()
{
    const QString current = currentKey();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_list->addItem(tr("(not saved)"), QString());
    QList<const Persona *> personas;
    for (const Persona &persona : m_session->workspace().personas)
        personas.append(&persona);
    std::sort(personas.begin(), personas.end(), [](const Persona *a, const Persona *b) {
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    for (const Persona *persona : std::as_const(personas)) {
        m_list->addItem(persona->name, persona->key);
        m_list->setItemData(m_list->count() - 1, ChangeText::personaText(*persona), Qt::ToolTipRole);
    }
    const int index = m_list->findData(current);
    if (index > 0) {
        m_list->setCurrentIndex(index);
    } else {
        m_list->setCurrentIndex(0);
        if (!current.isEmpty()) {
            // Deleted (here or by someone else): what is in the editor stays, not saved.
            Persona persona = m_editor->persona();
            persona.key.clear();
            persona.version = 0;
            m_editor->setPersona(persona);
        }
    }
    updateActions();
}

void SavedPersonas::chosen(int index)
{
    const QString key = m_list->itemData(index).toString();
    if (key == currentKey())
        return;
    if (isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved Persona Changes"),
            tr("The persona “%1” has changes that are not saved. Discard them?").arg(m_editor->persona().name),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentIndex(std::max(0, m_list->findData(currentKey())));
            return;
        }
    }
    m_status->clear();
    if (key.isEmpty()) {
        Persona persona = m_editor->persona();
        persona.key.clear();
        persona.name.clear();
        persona.version = 0;
        m_editor->setPersona(persona);
        updateActions();
        return;
    }
    choose(key);
}

void SavedPersonas::updateActions()
{
    const bool writable = m_session->isWritable() && m_request < 0;
    const bool saved = !currentKey().isEmpty() && m_session->workspace().persona(currentKey());
    const bool modified = isModified();
    const QString problem = m_editor->problem();
    m_save->setEnabled(writable && modified && problem.isEmpty());
    m_save->setToolTip(!problem.isEmpty() ? tr("Not saved while a row is wrong: %1").arg(problem)
                                          : tr("Saves the changes of the chosen persona in the workspace"));
    m_saveAs->setEnabled(writable && problem.isEmpty());
    m_rename->setEnabled(writable && saved);
    m_delete->setEnabled(writable && saved);
    m_import->setEnabled(writable);
    if (m_list->currentIndex() > 0) {
        const QString name = m_list->itemText(m_list->currentIndex());
        m_list->setAccessibleDescription(modified ? tr("%1, changed").arg(name) : name);
    }
}

QString SavedPersonas::askName(const QString &title, const QString &name)
{
    bool ok = false;
    QString text = QInputDialog::getText(this, title, tr("Name of the persona:"), QLineEdit::Normal, name, &ok);
    text = text.trimmed();
    return ok ? text : QString();
}

bool SavedPersonas::write(const QList<std::pair<Persona, bool>> &personas, const QString &comment,
                          const QString &done)
{
    WorkspaceWrite write;
    for (const auto &[persona, keep] : personas) {
        if (keep) {
            const Problems problems = Validator::validatePersona(persona, QString());
            if (!problems.isEmpty()) {
                m_problem->showProblem(tr("“%1” cannot be saved: %2").arg(persona.name, problems.constFirst().toString()), m_list);
                return false;
            }
        }
        write.objects.append({ObjectKind::Persona, persona.key,
                              keep ? std::optional<StoredObject>(StoredObject(persona)) : std::nullopt,
                              persona.version});
    }
    const int request = m_session->saveObjects(write, comment);
    if (request < 0) {
        m_problem->showProblem(m_session->isConnectionLost()
                                   ? tr("Nothing was saved: the connection to the database is lost.")
                                   : tr("Nothing was saved: the workspace cannot be written to."),
                               m_list);
        return false;
    }
    m_problem->setMessage({});
    m_request = request;
    m_done = done;
    m_status->setText(tr("Saving…"));
    updateActions();
    return true;
}

void SavedPersonas::save()
{
    const Persona persona = m_editor->persona();
    if (persona.key.isEmpty()) {
        saveAs();
        return;
    }
    m_chooseAfter = persona.key;
    write({{persona, true}}, tr("Persona “%1” changed").arg(persona.name), tr("Saved “%1”.").arg(persona.name));
}

void SavedPersonas::saveAs()
{
    const QString name = askName(tr("Save Persona As"), m_editor->persona().name);
    if (name.isEmpty())
        return;
    Persona persona = m_editor->persona();
    QSet<QString> taken = savedKeys();
    persona.name = name;
    persona.key = PersonaImport::keyFor(name, &taken);
    persona.version = 0;
    m_chooseAfter = persona.key;
    if (write({{persona, true}}, tr("New persona “%1”").arg(name), tr("Saved “%1”.").arg(name)))
        m_editor->setPersona(persona);
}

void SavedPersonas::rename()
{
    const Persona *saved = m_session->workspace().persona(currentKey());
    if (!saved)
        return;
    const QString name = askName(tr("Rename Persona"), saved->name);
    if (name.isEmpty() || name == saved->name)
        return;
    Persona persona = *saved;   // the name alone changes; edits in the editor stay unsaved
    persona.name = name;
    m_chooseAfter = persona.key;
    write({{persona, true}}, tr("Persona “%1” renamed to “%2”").arg(saved->name, name), tr("Renamed to “%1”.").arg(name));
}

void SavedPersonas::remove()
{
    const Persona *saved = m_session->workspace().persona(currentKey());
    if (!saved)
        return;
    const auto answer = QMessageBox::question(this, tr("Delete Persona"),
                                              tr("Delete the persona “%1” from the workspace? The history keeps it.").arg(saved->name),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_chooseAfter.clear();
    write({{*saved, false}}, tr("Persona “%1” deleted").arg(saved->name), tr("Deleted “%1”.").arg(saved->name));
}

void SavedPersonas::import()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Personas"), QString(),
                                                      tr("Contexts (*.csv *.jsonl *.ndjson);;All files (*)"),
                                                      nullptr, QFileDialog::DontUseNativeDialog);
    if (path.isEmpty())
        return;
    m_status->setText(tr("Reading %1…").arg(path));
    m_import->setEnabled(false);
    // The file is read and parsed off the GUI thread: a CSV of real users can be large.
    using Read = std::pair<std::optional<QList<Persona>>, QString>;
    auto *watcher = new QFutureWatcher<Read>(this);
    connect(watcher, &QFutureWatcher<Read>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const Read read = watcher->result();
        importRead(path, read.first, read.second);
    });
    watcher->setFuture(QtConcurrent::run([path, taken = savedKeys()]() -> Read {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {std::nullopt, SavedPersonas::tr("Could not read %1: %2").arg(path, file.errorString())};
        Problems problems;
        std::optional<QList<Persona>> personas = PersonaImport::read(file.readAll(), PersonaImport::formatOf(path), taken, &problems);
        if (personas)
            return {std::move(personas), QString()};
        QStringList lines;
        for (qsizetype i = 0; i < std::min<qsizetype>(problems.size(), 10); ++i)
            lines.append(problems.at(i).toString());
        return {std::nullopt, SavedPersonas::tr("%1 cannot be imported:\n%2").arg(path, lines.join(u'\n'))};
    }));
}

QSet<QString> SavedPersonas::savedKeys() const
{
    QSet<QString> keys;
    for (const Persona &saved : m_session->workspace().personas)
        keys.insert(saved.key);
    return keys;
}

void SavedPersonas::importRead(const QString &path, const std::optional<QList<Persona>> &personas, const QString &error)
{
    m_status->clear();
    updateActions();
    if (!personas) {
        QMessageBox::warning(this, tr("Import Personas"), error);
        return;
    }
    if (personas->isEmpty()) {
        QMessageBox::information(this, tr("Import Personas"), tr("%1 holds no contexts.").arg(path));
        return;
    }
    QList<std::pair<Persona, bool>> writes;
    QStringList names;
    for (const Persona &persona : *personas) {
        writes.append({persona, true});
        if (names.size() < 5)
            names.append(persona.name);
    }
    const QLocale locale;
    const QString count = locale.toString(personas->size());
    const auto answer = QMessageBox::question(
        this, tr("Import Personas"),
        tr("Import %n persona(s) from %1 into the workspace: %2%3?", nullptr, int(personas->size()))
                .arg(path, names.join(u", "_s), personas->size() > names.size() ? tr(", …") : QString()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    m_chooseAfter = personas->constFirst().key;
    write(writes, tr("%n persona(s) imported from %1", nullptr, int(personas->size())).arg(path),
          tr("Imported %1 personas.").arg(count));
}

void SavedPersonas::saved(int request)
{
    if (request != m_request)
        return;
    m_request = -1;
    m_status->setText(m_done);
    // The session has reloaded: the new state (and version) is in the workspace.
    if (!m_chooseAfter.isEmpty()) {
        const Persona edited = m_editor->persona();
        if (const Persona *persona = m_session->workspace().persona(m_chooseAfter)) {
            if (edited.key == persona->key) {
                // What was written is what the editor holds, but for edits made meanwhile or
                // kept by a rename (which saves the name alone): the name and version are new.
                Persona next = edited;
                next.name = persona->name;
                next.version = persona->version;
                m_editor->setPersona(next);
            } else {
                m_editor->setPersona(*persona);
            }
        }
    }
    m_chooseAfter.clear();
    refill();
}

void SavedPersonas::saveFailed(int request, const StorageError &error)
{
    if (request != m_request)
        return;
    m_request = -1;
    m_status->clear();
    m_chooseAfter.clear();
    // A new persona that was not written is not saved: the editor keeps it as unsaved.
    if (!m_session->workspace().persona(currentKey())) {
        Persona persona = m_editor->persona();
        persona.key.clear();
        persona.version = 0;
        m_editor->setPersona(persona);
    }
    m_problem->showProblem(error.kind == StorageError::Kind::Conflict
                               ? tr("Not saved: someone else changed the persona meanwhile (%1). Choose it again to see theirs.").arg(error.message)
                               : tr("Not saved: %1").arg(error.message),
                           m_list);
    refill();
}

} // namespace Pennon
