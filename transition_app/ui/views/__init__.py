"""Views embedded in the main window (checklist) or opened from it (dashboard)."""
