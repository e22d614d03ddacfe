// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

class QWidget;

namespace Pennon {

/// Leaves Ctrl+Z and Ctrl+Shift+Z (Ctrl+Y) in an editor's field to Edit ▸ Undo / Redo, the
/// session's undo stack, instead of the field's own undo, which would step around it.
void leaveUndoToWindow(QWidget *field);

} // namespace Pennon
