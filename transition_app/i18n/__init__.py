"""Qt-free pieces of the interface's translation: the languages it exists in, and ``noop``."""

from transition_app.domain.languages import interface_languages

#: The interface languages (English first): the catalogs in translations/, the choice in
#: Settings and each account's ``ui_language`` — the registry rows with the purpose ``interface``.
INTERFACE_LANGUAGES = interface_languages()
