// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "storage/repository.h"

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace Pennon {

class WorkspaceSession;

/// When a save finds that someone saved the flag first: who and when, their change and
/// yours in words, and the ways out — put yours on theirs (when the two changed different
/// parts), keep theirs and drop yours, or keep yours as a new flag. Never a silent overwrite.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(WorkspaceSession *session, const QString &key, const StorageError &error,
                   QWidget *parent = nullptr);

    QString text() const;

private:
    WorkspaceSession *m_session;
    QString m_key;
    QPlainTextEdit *m_text;
    QPushButton *m_reapply;
};

} // namespace Pennon
