"""Who may do what: password hashing, roles and permissions, the audit chain.  Qt-free."""
