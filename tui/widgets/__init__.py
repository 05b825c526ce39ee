"""Widgets that each show one piece of data: the filter bar, the statement table, bidi text."""
