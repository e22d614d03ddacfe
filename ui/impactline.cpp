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

namespace Pennon {

using namespace Qt::StringLiterals;

ImpactLine::ImpactLine(WorkspaceSession *session, const QString &flagKey, const QString &environment,
                       qint64 users, QWidget *parent)
    : QWidget(parent)
    , m_flag(flagKey)
    , m_environment(environment)
    , m_label(new QLabel(this))
    , m_details(new QPushButton(tr("&Details…"), this))
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    setObjectName(u"impactLine_"_s + flagKey + u'_' + environment);
    const Workspace saved = session->workspace();
    const Workspace edited = session->editedWorkspace();
    const QString environmentName = FlagText::environmentName(edited, environment);
    const QLocale locale;
    m_label->setObjectName(u"impactLineText"_s);
    m_label->setWordWrap(true);
    m_label->setAccessibleName(tr("Change impact of %1 in %2").arg(flagKey, environmentName));
    m_label->setText(tr("%1 in %2: working out how many of %3 users would get another variation…")
                         .arg(flagKey, environmentName, locale.toString(users)));
    m_details->setObjectName(u"impactLineDetails"_s);
    m_details->setAccessibleName(tr("Details of the change impact of %1 in %2").arg(flagKey, environmentName));
    m_details->setAutoDefault(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_details);
    connect(m_details, &QPushButton::clicked, this, [this] { Q_EMIT detailsRequested(m_flag, m_environment); });

    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    const PluginRegistry *plugins = PluginRegistry::shared();
    auto *watcher = new QFutureWatcher<ImpactResult>(this);
    connect(watcher, &QFutureWatcher<ImpactResult>::finished, this, [this, watcher, environmentName] {
        watcher->deleteLater();
        m_result = watcher->result();
        m_finished = true;
        const QLocale here;
        if (!m_result.error.isEmpty()) {
            m_label->setText(tr("%1 in %2: no change impact (%3).").arg(m_flag, environmentName, m_result.error));
        } else {
            m_label->setText(tr("%1 in %2: %3 of %4 users (%5 %) would get another variation.")
                                 .arg(m_flag, environmentName, here.toString(m_result.changed),
                                      here.toString(m_result.users),
                                      here.toString(m_result.users > 0 ? double(m_result.changed) * 100 / double(m_result.users) : 0.0,
                                                      'f', 1)));
        }
        Q_EMIT finished();
    });
    watcher->setFuture(QtConcurrent::run([saved, edited, flagKey, environment, users, cancel, plugins] {
        SimulationOptions options;
        options.users = users;
        const FlagsImpact impact = ChangeImpact::compareFlags(Engine::compile(saved, environment, plugins),
                                                              Engine::compile(edited, environment, plugins),
                                                              {flagKey}, options, 5, cancel.get());
        return impact.flags.isEmpty() ? ImpactResult() : impact.flags.constFirst();
    }));
}

ImpactLine::~ImpactLine()
{
    *m_cancel = true;
}

QString ImpactLine::text() const
{
    return m_label->text();
}

} // namespace Pennon
