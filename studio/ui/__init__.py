"""The desktop window: a thin PySide6 view over `studio.session.Session`.

Nothing here does media work. Widgets read core state through `CoreBridge` (which moves
core callbacks onto the GUI thread) and call session actions through `CoreBridge.run`
(which runs them on one worker thread and reports back on the GUI thread)."""
