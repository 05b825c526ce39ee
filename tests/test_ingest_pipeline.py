"""The ingest pipeline's extraction stage: every item comes back once, in input order, with any
number of worker processes and across batch boundaries (the next batch runs ahead)."""

from __future__ import annotations

import pytest

from tests.builders import make_article_record
from tracker.ingest import ReadFailure
from tracker.services import pipeline
from tracker.services.ingest import body_hash


def _items(count: int) -> list:  # type: ignore[type-arg]
    items: list = []  # type: ignore[type-arg]
    for n in range(count):
        if n % 4 == 3:
            items.append(ReadFailure(f"bad-{n}.json", None, "unreadable"))
        else:
            items.append(
                make_article_record(f"قال سامر الخطيب إن الخطة رقم {n} ستنفذ.", url=f"https://x.test/{n}")
            )
    return items


@pytest.mark.parametrize(
    ("jobs", "count", "batch"),
    [
        pytest.param(1, 7, 3, id="in-process"),
        pytest.param(2, 7, 3, id="two-workers-uneven-batches"),
        pytest.param(2, 6, 3, id="two-workers-whole-batches"),
        pytest.param(2, 2, 3, id="two-workers-one-short-batch"),
        pytest.param(2, 0, 3, id="nothing"),
    ],
)
def test_extracted_items_keep_order(monkeypatch, jobs, count, batch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pipeline, "BATCH_SIZE", batch)
    items = _items(count)
    out = list(pipeline.extracted_items(iter(items), jobs))
    assert len(out) == count
    for given, got in zip(items, out, strict=True):
        if isinstance(given, ReadFailure):
            assert got == given
        else:
            assert not isinstance(got, ReadFailure)
            assert got.article.url == given.url
            assert isinstance(got.statements, tuple)
            # Prepared for storing where it was extracted: the body hash and one row per statement.
            assert got.digest == body_hash(given.text)
            assert [row["content"] for row in got.rows] == [st.content.text for st in got.statements]
            assert [claim.text for claim, _ in got.wordings] == [st.content.text for st in got.statements]
