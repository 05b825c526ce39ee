"""The fact-checker's desk: a Textual app over the tracker store.

Only ``tracker tui`` imports this package; the core library never imports Textual.
Entry point: :func:`tui.app.make_app`.
"""
