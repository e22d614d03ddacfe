// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "bulkedit.h"

#include "newflagdialog.h"

namespace Pennon {

Flag BulkEdit::applied(const Flag &flag, bool *setUp) const
{
    Flag after = flag;
    if (setUp)
        *setUp = false;
    switch (kind) {
    case Kind::AddTags:
        for (const QString &tag : tags) {
            if (!after.tags.contains(tag))
                after.tags.append(tag);
        }
        break;
    case Kind::RemoveTags:
        for (const QString &tag : tags)
            after.tags.removeAll(tag);
        break;
    case Kind::SetOwner:
        after.owner = owner;
        break;
    case Kind::SwitchOn: {
        auto config = after.environments.find(environment);
        if (config == after.environments.end()) {
            // As a new flag starts there (off, serving its first variation), then on.
            config = after.environments.insert(environment, NewFlagDialog::switchedOff(after));
            if (setUp)
                *setUp = true;
        }
        config->on = true;
        break;
    }
    case Kind::SwitchOff: {
        // Not configured there is off already.
        const auto config = after.environments.find(environment);
        if (config != after.environments.end())
            config->on = false;
        break;
    }
    case Kind::Archive:
        after.archived = true;
        break;
    case Kind::Unarchive:
        after.archived = false;
        break;
    }
    return after;
}

bool BulkEdit::needsInput() const
{
    return kind == Kind::AddTags || kind == Kind::RemoveTags || kind == Kind::SetOwner;
}

QString BulkEdit::title(qsizetype count, const QString &environmentName) const
{
    const int n = int(count);
    switch (kind) {
    case Kind::AddTags: return tr("Add Tags to %n Flag(s)", nullptr, n);
    case Kind::RemoveTags: return tr("Remove Tags from %n Flag(s)", nullptr, n);
    case Kind::SetOwner: return tr("Set the Owner of %n Flag(s)", nullptr, n);
    case Kind::SwitchOn: return tr("Switch On %n Flag(s) in %1", nullptr, n).arg(environmentName);
    case Kind::SwitchOff: return tr("Switch Off %n Flag(s) in %1", nullptr, n).arg(environmentName);
    case Kind::Archive: return tr("Archive %n Flag(s)", nullptr, n);
    case Kind::Unarchive: return tr("Unarchive %n Flag(s)", nullptr, n);
    }
    return {};
}

} // namespace Pennon
