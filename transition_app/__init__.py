"""Transition Assistant: exit support for families leaving Belgian reception centres."""

__version__ = "0.1.0"
APP_NAME = "Transition Assistant"
APP_ID = "transition-app"
