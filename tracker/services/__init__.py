"""Use cases that read and write the database. The only layer that touches a Session.

Every function takes the caller's session and never commits: the caller owns the
transaction (``with store.sessions.begin() as session: ...``).
"""
