"""Database reads and writes of the app, run inside thread workers; they return plain records."""
