"""Dispatch: inputs (files, folders, stdin, bytes) to the reader of their format.

The format is the caller's, else the file extension's, else sniffed from the first 64 KB.
JSON Lines is streamed from the open file; every other format is one document, read whole
only after its size is checked against the limit (a file's size from the file system
before reading; stdin's by reading at most one byte past the limit). A failure is yielded,
never raised, so one bad file leaves the rest of a batch alone.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import tzinfo
from pathlib import Path
from typing import IO

from tracker.ingest.base import FORMATS, MAX_DOCUMENT_BYTES, ReadFailure, ReadOptions, over_limit
from tracker.ingest.decode import DecodeError, decode_bytes
from tracker.ingest.jsonl import iter_jsonl, read_json_text
from tracker.ingest.pagetext import read_page_text
from tracker.ingest.resources import EXTENSION_FORMATS
from tracker.ingest.sniff import SNIFF_BYTES, format_from_name, sniff_format
from tracker.records import ArticleRecord

Result = ArticleRecord | ReadFailure
STDIN = "-"


def iter_input_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files to read: files as given, folders recursively (sorted, hidden entries skipped), ``-`` = stdin.

    In a folder only files with an article extension are read (``.txt``, ``.html``, ``.json``,
    ``.jsonl``, ``.rss``, ``.xml`` ...), so a README or a gazetteer beside the articles is not
    taken for one; a file named on the command line is read whatever its name.

    A path that does not exist is yielded as given, so the reader can report it by name.
    """
    for raw in paths:
        path = Path(raw)
        if str(raw) == STDIN:
            yield Path(STDIN)
        elif path.is_dir():
            yield from _walk(path)
        else:
            yield path


#: Extensions read when walking a folder: every format's, less Markdown (notes, READMEs).
FOLDER_EXTENSIONS = (frozenset(EXTENSION_FORMATS) - {".md"}) | {".xml"}


def _walk(folder: Path) -> Iterator[Path]:
    try:
        entries = sorted(folder.iterdir(), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry)
        elif entry.is_file() and entry.suffix.lower() in FOLDER_EXTENSIONS:
            yield entry


def _options(source: str, **kwargs: object) -> ReadOptions:
    return ReadOptions(source=source, **kwargs)  # type: ignore[arg-type]


def read_paths(
    paths: Iterable[str | Path],
    *,
    fmt: str = "auto",
    language: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    default_tz: tzinfo | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> Iterator[Result]:
    """Articles (and failures) from files, folders and ``-`` (stdin), in order."""
    _check_format(fmt)
    for path in iter_input_files(paths):
        source = STDIN if str(path) == STDIN else str(path)
        opts = _options(
            source, language=language, outlet=outlet, url=url, default_tz=default_tz, max_bytes=max_bytes
        )
        if source == STDIN:
            yield from _read_stream(sys.stdin.buffer, None, fmt, opts)
            continue
        try:
            handle = open(path, "rb")  # noqa: SIM115 - closed in the finally below, after streaming
        except FileNotFoundError:
            yield opts.fail("no such file or directory")
            continue
        except IsADirectoryError:
            yield opts.fail("is a directory")
            continue
        except OSError as error:
            yield opts.fail(f"cannot open: {error.strerror or error}")
            continue
        try:
            size = os.fstat(handle.fileno()).st_size
            yield from _read_stream(handle, size, _format_for(fmt, path), opts)
        except OSError as error:
            yield opts.fail(f"cannot read: {error.strerror or error}")
        finally:
            handle.close()


def read_bytes(
    data: bytes,
    *,
    source: str,
    fmt: str = "auto",
    language: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    default_tz: tzinfo | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> Iterator[Result]:
    """Articles (and failures) from bytes already in memory; ``source`` names them in messages."""
    _check_format(fmt)
    opts = _options(
        source, language=language, outlet=outlet, url=url, default_tz=default_tz, max_bytes=max_bytes
    )
    if fmt == "auto":
        fmt = format_from_name(source) or "auto"
    yield from _read_stream(io.BufferedReader(io.BytesIO(data)), len(data), fmt, opts)


def _check_format(fmt: str) -> None:
    # A wrong format name is a programming error of the caller, not bad input: raise.
    if fmt not in FORMATS:
        raise ValueError(f"unknown input format {fmt!r}; expected one of {', '.join(FORMATS)}")


def _format_for(fmt: str, path: Path) -> str:
    return fmt if fmt != "auto" else (format_from_name(path) or "auto")


def _read_stream(stream: IO[bytes], size: int | None, fmt: str, opts: ReadOptions) -> Iterator[Result]:
    if fmt == "auto":
        head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES] if hasattr(stream, "peek") else b""
        fmt = sniff_format(head) if head.strip() else "text"
    if fmt == "jsonl":
        if size == 0:
            yield opts.fail("empty file")
            return
        yield from iter_jsonl(stream, opts)
        return
    if size is not None and size > opts.max_bytes:
        yield opts.fail(over_limit(size, opts.max_bytes))
        return
    data = stream.read(opts.max_bytes + 1)
    if len(data) > opts.max_bytes:
        total = len(data) + sum(len(chunk) for chunk in iter(lambda: stream.read(1 << 20), b""))
        yield opts.fail(over_limit(total, opts.max_bytes))
        return
    yield from read_document(data, fmt, opts)


def read_document(data: bytes, fmt: str, opts: ReadOptions) -> Iterator[Result]:
    """One whole document of a known format (``auto`` is sniffed from its bytes)."""
    if not data.strip(b" \t\r\n\x0b\x0c"):
        yield opts.fail("empty file")
        return
    if fmt == "auto":
        fmt = sniff_format(data[:SNIFF_BYTES])
    try:
        text, _encoding = decode_bytes(data, declarations=fmt in ("html", "rss"))
    except DecodeError as error:
        yield opts.fail(str(error))
        return
    text = text.lstrip("\ufeff")
    if not text.strip():
        yield opts.fail("empty file")
        return
    try:
        yield from _parse(text, fmt, opts)
    except Exception as error:  # noqa: BLE001 - a parser library's surprise must not end the batch
        yield opts.fail(f"could not be read as {fmt} ({type(error).__name__}: {error})")


def _parse(text: str, fmt: str, opts: ReadOptions) -> Iterator[Result]:
    if fmt == "text":
        yield from read_page_text(text, opts)
    elif fmt == "json":
        yield from read_json_text(text, opts)
    elif fmt == "jsonl":
        yield from iter_jsonl(io.BufferedReader(io.BytesIO(text.encode("utf-8"))), opts)
    elif fmt == "html":
        from tracker.ingest.html import read_html  # trafilatura is slow to import: only when needed

        yield from read_html(text, opts)
    elif fmt == "rss":
        from tracker.ingest.feeds import read_feed

        yield from read_feed(text, opts)
