"""Claims and quote attribution tracker for fact-checkers.

The core library: readers (``ingest``), extractors (``extract``), speaker resolution,
claim linking, search and export. It never imports Textual; the terminal UI lives in
the separate ``tui`` package.
"""

__version__ = "0.1.0"
