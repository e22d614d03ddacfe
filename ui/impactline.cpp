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
    auto *watcher = new QFutureWatcher<FlagsImpact>(this);
    connect(watcher, &QFutureWatcher<FlagsImpact>::finished, this, [this, watcher, subject] {
        watcher->deleteLater();
        m_result = watcher->result();
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
        Q_EMIT finished();
    });
    watcher->setFuture(QtConcurrent::run([from, to, flags, environment, users, cancel, plugins] {
        SimulationOptions options;
        options.users = users;
        return ChangeImpact::compareFlags(Engine::compile(from, environment, plugins),
                                          Engine::compile(to, environment, plugins), flags, options, 5, cancel.get());
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
