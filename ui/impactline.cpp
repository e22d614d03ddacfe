// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "impactline.h"

#include "engine/engine.h"
#include "engine/pluginregistry.h"
#include "text/flagtext.h"
#include "workspacesession.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Pennon {

using namespace Qt::StringLiterals;

ImpactLine::ImpactLine(WorkspaceSession *session, const QString &flagKey, const QString &environment,
                       qint64 users, QWidget *parent)
    : ImpactLine(session->workspace(), session->editedWorkspace(), {flagKey}, environment, users, parent)
{
    m_details->show();
}

ImpactLine::ImpactLine(const Workspace &from, const Workspace &to, const QStringList &flags,
                       const QString &environment, qint64 users, QWidget *parent)
    : QWidget(parent)
    , m_flags(flags)
    , m_environment(environment)
    , m_label(new QLabel(this))
    , m_details(new QPushButton(tr("&Details…"), this))
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    setObjectName(u"impactLine_"_s + flag() + u'_' + environment);
    const QString environmentName = FlagText::environmentName(to, environment);
    // What the line is about: "checkout in Production", or "Production" for several flags.
    const QString subject = flags.size() == 1 ? tr("%1 in %2").arg(flags.constFirst(), environmentName) : environmentName;
    const QLocale locale;
    m_label->setObjectName(u"impactLineText"_s);
    m_label->setWordWrap(true);
    m_label->setAccessibleName(tr("Change impact of %1").arg(subject));
    m_label->setText(tr("%1: working out how many of %2 users would get another variation…")
                         .arg(subject, locale.toString(users)));
    m_details->setObjectName(u"impactLineDetails"_s);
    m_details->setAccessibleName(tr("Details of the change impact of %1").arg(subject));
    m_details->setAutoDefault(false);
    m_details->hide();   // shown where there is a window to open
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_details);
    connect(m_details, &QPushButton::clicked, this, [this] { Q_EMIT detailsRequested(flag(), m_environment); });

    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    const PluginRegistry *plugins = PluginRegistry::shared();
    // The synthetic users, and the workspace's saved personas: the ones a product manager knows
    // by name ("Anna — Pro, Germany") are named when they change.
    struct Answer {
        FlagsImpact users;
        QStringList changedPersonas;
        int personas = 0;
    };
    QList<Context> personaContexts;
    QStringList personaNames;
    for (const Persona &persona : to.personas) {
        Problems problems;
        if (const std::optional<Context> context = Context::fromJson(persona.contextJson(), QString(), &problems)) {
            personaContexts.append(*context);
            personaNames.append(persona.name);
        }
    }
    auto *watcher = new QFutureWatcher<Answer>(this);
    connect(watcher, &QFutureWatcher<Answer>::finished, this, [this, watcher, subject] {
        watcher->deleteLater();
        const Answer answer = watcher->result();
        m_result = answer.users;
        m_changedPersonas = answer.changedPersonas;
        m_finished = true;
        const QLocale here;
        const auto failed = std::find_if(m_result.flags.cbegin(), m_result.flags.cend(),
                                         [](const ImpactResult &r) { return !r.error.isEmpty(); });
        const QString share = here.toString(m_result.users > 0 ? double(m_result.changedAny) * 100 / double(m_result.users) : 0.0, 'f', 1);
        if (failed != m_result.flags.cend()) {
            m_label->setText(tr("%1: no change impact (%2).").arg(subject, failed->error));
        } else if (m_flags.size() == 1) {
            m_label->setText(tr("%1: %2 of %3 users (%4 %) would get another variation.")
                                 .arg(subject, here.toString(m_result.changedAny), here.toString(m_result.users), share));
        } else {
            m_label->setText(tr("%1: %2 of %3 users (%4 %) would get another variation of at least one of %n flag(s).",
                                nullptr, int(m_flags.size()))
                                 .arg(subject, here.toString(m_result.changedAny), here.toString(m_result.users), share));
        }
        if (failed == m_result.flags.cend() && answer.personas > 0) {
            QString personas;
            if (m_changedPersonas.isEmpty()) {
                personas = tr("None of the %n saved persona(s) changes.", nullptr, answer.personas);
            } else {
                QStringList shown = m_changedPersonas.mid(0, 3);
                if (m_changedPersonas.size() > shown.size())
                    shown.append(tr("%n more", nullptr, int(m_changedPersonas.size() - shown.size())));
                personas = tr("Saved personas who change: %1.").arg(shown.join(u", "_s));
            }
            m_label->setText(m_label->text() + u' ' + personas);
        }
        Q_EMIT finished();
    });
    watcher->setFuture(QtConcurrent::run([from, to, flags, environment, users, cancel, plugins, personaContexts, personaNames] {
        const std::shared_ptr<const Engine> before = Engine::compile(from, environment, plugins);
        const std::shared_ptr<const Engine> after = Engine::compile(to, environment, plugins);
        Answer answer;
        SimulationOptions options;
        options.users = users;
        answer.users = ChangeImpact::compareFlags(before, after, flags, options, 5, cancel.get());
        answer.personas = int(personaContexts.size());
        if (!personaContexts.isEmpty() && !answer.users.cancelled) {
            SimulationOptions personas;
            personas.contexts = personaContexts;
            personas.threads = 1;   // a handful of contexts
            const FlagsImpact impact = ChangeImpact::compareFlags(before, after, flags, personas,
                                                                  int(personaContexts.size()), cancel.get());
            QList<bool> changed(personaContexts.size(), false);
            for (const ImpactResult &result : impact.flags) {
                for (const qint64 user : result.sampleUsers) {
                    if (user >= 0 && user < changed.size())
                        changed[user] = true;
                }
            }
            for (qsizetype i = 0; i < changed.size(); ++i) {
                if (changed.at(i))
                    answer.changedPersonas.append(personaNames.at(i));
            }
        }
        return answer;
    }));
}

ImpactLine::~ImpactLine()
{
    *m_cancel = true;
}

Workspace ImpactLine::withObject(Workspace workspace, const std::variant<Activation, Segment> &edited)
{
    if (const auto *activation = std::get_if<Activation>(&edited)) {
        auto it = std::find_if(workspace.activations.begin(), workspace.activations.end(),
                               [&](const Activation &a) { return a.key == activation->key; });
        if (it != workspace.activations.end())
            *it = *activation;
        else
            workspace.activations.append(*activation);
    } else {
        const Segment &segment = std::get<Segment>(edited);
        auto it = std::find_if(workspace.segments.begin(), workspace.segments.end(),
                               [&](const Segment &s) { return s.key == segment.key; });
        if (it != workspace.segments.end())
            *it = segment;
        else
            workspace.segments.append(segment);
    }
    return workspace;
}

QString ImpactLine::text() const
{
    return m_label->text();
}

} // namespace Pennon
