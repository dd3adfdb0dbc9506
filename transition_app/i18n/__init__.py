"""Qt-free pieces of the interface's translation: the languages it exists in, and ``noop``."""

#: The interface languages (English first): the catalogs in translations/, the choice in
#: Settings and each account's ``ui_language``.
INTERFACE_LANGUAGES = ("en", "fr", "nl", "de", "ar")
