// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "workspacefile.h"

#include "formats/flagdimport.h"
#include "formats/pennonjson.h"
#include "formats/unleashimport.h"

namespace Pennon {

using namespace Qt::StringLiterals;

bool WorkspaceFile::parseFormat(const QString &name, WorkspaceFormat *out)
{
    if (name == u"native" || name == u"pennon")
        *out = WorkspaceFormat::Native;
    else if (name == u"unleash")
        *out = WorkspaceFormat::Unleash;
    else if (name == u"flagd")
        *out = WorkspaceFormat::Flagd;
    else
        return false;
    return true;
}

std::optional<Workspace> WorkspaceFile::read(const QByteArray &bytes, WorkspaceFormat format,
                                             const QString &environment, Problems *problems,
                                             Problems *warnings)
{
    switch (format) {
    case WorkspaceFormat::Native:
        return PennonJson::read(bytes, problems);
    case WorkspaceFormat::Unleash:
        return UnleashImport::read(bytes, environment.isEmpty() ? u"default"_s : environment, problems, warnings);
    case WorkspaceFormat::Flagd:
        return FlagdImport::read(bytes, environment.isEmpty() ? u"default"_s : environment, problems, warnings);
    }
    return std::nullopt;
}

} // namespace Pennon
