"""One statement in full: why the tool believes what it shows, and its review.

The content with its verbatim quoted parts marked; the article paragraph with the
speaker, cue and content highlighted; the date and how it was worked out; the role on
that date; the claim's other appearances on a timeline (first marked, variants and
misquotes with their differences); the review history. ``o`` opens the whole article.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Label

from tui import bidi
from tui.data.records import StatementDetail
from tui.data.statements import load_detail
from tui.messages import ActionFailed, DetailLoaded, ReviewApplied
from tui.screens.reviewing import REVIEW_BINDINGS, ReviewingScreen
from tui.widgets.bidi_text import BidiText

SPEAKER_STYLE = "bold cyan"
CUE_STYLE = "bold magenta"
CONTENT_STYLE = "underline"
QUOTE_STYLE = "bold yellow underline"


def content_text(detail: StatementDetail) -> Text:
    """The statement's content with each verbatim quote marked."""
    content = detail.view.content
    start = detail.content_span[0]
    spans: list[tuple[int, int, str]] = []
    for q_start, q_end, q_text in detail.direct_quotes:
        rel = q_start - start
        if rel >= 0 and content[rel : rel + (q_end - q_start)] == q_text:
            spans.append((rel, rel + (q_end - q_start), QUOTE_STYLE))
        elif q_text and q_text in content:  # spans from an older extraction: find the words
            found = content.index(q_text)
            spans.append((found, found + len(q_text), QUOTE_STYLE))
    return bidi.safe_styled(content, spans)


def paragraph_bounds(body: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The paragraph (between newlines) around the given spans of ``body``."""
    first = min(s for s, _ in spans)
    last = max(e for _, e in spans)
    start = body.rfind("\n", 0, first) + 1
    end = body.find("\n", last)
    return start, len(body) if end < 0 else end


def paragraph_text(detail: StatementDetail) -> Text:
    """The article paragraph with speaker, cue and content highlighted."""
    marks = [(detail.content_span, CONTENT_STYLE), (detail.cue_span, CUE_STYLE)]
    if detail.speaker_span:
        marks.append((detail.speaker_span, SPEAKER_STYLE))
    body = detail.body
    valid = [(span, style) for span, style in marks if 0 <= span[0] < span[1] <= len(body)]
    if not valid:
        return Text("(the statement's position in the article is unknown)", style="dim")
    start, end = paragraph_bounds(body, [span for span, _ in valid])
    return bidi.safe_styled(body[start:end], [(s - start, e - start, style) for (s, e), style in valid])


def date_text(detail: StatementDetail) -> Text:
    """'2025-02-06 (explicit: في 6 من شباط)', or why there is no date."""
    view = detail.view
    shown = view.said_on_iso() or "no date"
    if view.date_from_article:
        how = "article: the publication date, the text gives none"
    elif view.date_evidence:
        how = f"{view.date_basis}: {view.date_evidence}"
    else:
        how = view.date_basis
    return Text(bidi.clean(f"{shown} ({how})"))


def difference_text(difference: dict[str, Any] | None) -> str:
    """A link's ``difference`` (see tracker.linking.guard) in words: what this wording changes."""
    if not difference:
        return ""
    parts = []
    if difference.get("negation"):
        parts.append("negation differs")
    for key, label in (("figures", "figures"), ("words", "words")):
        pair = difference.get(key)
        if isinstance(pair, dict):
            here = " ".join(str(v) for v in pair.get("a", [])) or "—"
            there = " ".join(str(v) for v in pair.get("b", [])) or "—"
            parts.append(f"{label}: {here} ≠ {there}")
    if difference.get("polarity"):
        parts.append("polarity: " + " ".join(str(v) for v in difference["polarity"]))
    if difference.get("reordered"):
        parts.append("word order differs")
    if difference.get("misquote"):
        parts.append(f"misquote: {difference['misquote']}")
    if difference.get("against") is not None:
        parts.append(f"against statement {difference['against']}")
    return bidi.clean("; ".join(parts))


def timeline_text(detail: StatementDetail) -> Text:
    """One line per appearance of the claim, oldest first, the first one starred."""
    if not detail.appearances:
        return Text("(no other appearances)", style="dim")
    first = detail.view.claim_first_statement_id
    out = Text()
    for item in detail.appearances:
        line = Text()
        line.append("★ " if item.statement_id == first else "  ", style="bold yellow")
        line.append(f"{item.day.isoformat() if item.day else '?':10}  ")
        line.append(bidi.truncate(bidi.clean(item.outlet or "—"), 18), style="italic")
        line.append("  ")
        line.append(bidi.truncate(bidi.clean(item.speaker), 20), style=SPEAKER_STYLE)
        line.append(f"  [{item.relation}/{item.status}]", style="dim")
        if item.statement_id == detail.view.id:
            line.append("  ← this", style="bold")
        out.append_text(line)
        out.append("\n")
        out.append("    " + bidi.truncate(bidi.clean(item.wording), 90) + "\n")
        if item.relation != "same" and item.difference:
            out.append("    differs: " + difference_text(item.difference) + "\n", style="red")
    out.rstrip()
    return out


def history_text(detail: StatementDetail) -> Text:
    if not detail.history:
        return Text("never reviewed", style="dim")
    out = Text()
    for entry in detail.history:
        when = entry.at.strftime("%Y-%m-%d %H:%M") if entry.at else "?"
        out.append(f"{when}  {bidi.clean(entry.reviewer)}: {entry.previous_status or '—'} → ")
        out.append(entry.status.replace("_", " "), style="bold")
        if entry.note:
            out.append(f"  “{bidi.clean(entry.note)}”")
        out.append("\n")
    out.rstrip()
    return out


def head_text(detail: StatementDetail) -> Text:
    view = detail.view
    out = Text()
    out.append(bidi.clean(view.speaker_name), style=SPEAKER_STYLE)
    if view.role:
        out.append(f" — {bidi.clean(view.role)}", style="italic")
    # Latin first, so the line reads left to right whatever the outlet's script.
    out.append(f"\nstatement {view.id} · {view.kind} · {view.language} · method {bidi.clean(detail.method)}")
    out.append(f" ({detail.confidence:.2f}) · outlet {bidi.clean(view.outlet or '—')} · status ")
    out.append(view.review_status.replace("_", " "), style="bold reverse")
    if view.reviewed_by:
        out.append(f" by {bidi.clean(view.reviewed_by)}")
    for check in view.fact_checks:
        out.append(f"\n{bidi.clean(check)}", style="bold red")
    return out


class DetailScreen(ReviewingScreen):
    """A statement with its evidence, claim timeline and review history."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *REVIEW_BINDINGS,
        Binding("o", "open_article", "Article"),
        Binding("escape,backspace", "app.pop_screen", "Back"),
    ]

    def __init__(self, statement_id: int) -> None:
        super().__init__()
        self.statement_id = statement_id
        self.detail: StatementDetail | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="detail"):
            yield BidiText(id="d-head")
            yield Label("Statement", classes="section")
            yield BidiText(id="d-content")
            yield Label("Said on", classes="section")
            yield BidiText(id="d-date")
            yield Label("In the article", classes="section")
            yield BidiText(id="d-paragraph")
            yield Label("Claim", classes="section")
            yield BidiText(id="d-claim")
            yield BidiText(id="d-timeline")
            yield Label("Review history", classes="section")
            yield BidiText(id="d-history")
        yield Footer()

    def on_mount(self) -> None:
        self.load(self.statement_id)

    @work(thread=True, exclusive=True, exit_on_error=False, group="detail")
    def load(self, statement_id: int) -> None:
        try:
            with self.app.store.sessions.begin() as session:  # type: ignore[attr-defined]
                detail = load_detail(session, statement_id)
        except Exception as error:  # noqa: BLE001 - told to the user; a worker must not die
            self.post_message(ActionFailed(f"could not load statement {statement_id}: {error}"))
            return
        self.post_message(DetailLoaded(detail))

    def on_detail_loaded(self, message: DetailLoaded) -> None:
        detail = message.detail
        if detail is None:
            self.notify(f"statement {self.statement_id} no longer exists", severity="error", markup=False)
            return
        self.detail = detail
        self.sub_title = f"statement {detail.view.id}"
        self.query_one("#d-head", BidiText).set_text(head_text(detail))
        self.query_one("#d-content", BidiText).set_text(content_text(detail))
        self.query_one("#d-date", BidiText).set_text(date_text(detail))
        self.query_one("#d-paragraph", BidiText).set_text(paragraph_text(detail))
        claim = detail.view.claim_text
        self.query_one("#d-claim", BidiText).set_text(
            Text(f"{bidi.clean(claim)}  ({detail.view.claim_appearances} appearances)")
            if claim
            else Text("not linked to a repeated claim", style="dim")
        )
        self.query_one("#d-timeline", BidiText).set_text(timeline_text(detail))
        self.query_one("#d-history", BidiText).set_text(history_text(detail))

    def redisplay(self) -> None:
        for widget in self.query(BidiText):
            widget.refresh(layout=True)

    def review_target(self) -> tuple[int, int, str] | None:
        if self.detail is None:
            return None
        view = self.detail.view
        return view.id, view.version, view.review_status

    def review_done(self, applied: ReviewApplied) -> None:
        if self.detail is not None:
            view = replace(
                self.detail.view,
                review_status=applied.status,
                version=applied.version,
                reviewed_by=applied.reviewer,
            )
            self.detail = replace(self.detail, view=view)
        self.load(self.statement_id)
        # The table underneath shows the same statement: keep it in step.
        for screen in self.app.screen_stack:
            if screen is not self and isinstance(screen, ReviewingScreen):
                screen.review_done(applied)

    def action_open_article(self) -> None:
        if self.detail is not None:
            self.app.push_screen(ArticleScreen(self.detail))


class ArticleScreen(Screen[None]):
    """The whole article, with this statement's speaker, cue and content highlighted."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,backspace,o", "app.pop_screen", "Back")]

    def __init__(self, detail: StatementDetail) -> None:
        super().__init__()
        self.detail = detail

    def compose(self) -> ComposeResult:
        view = self.detail.view
        marks = [(self.detail.content_span, CONTENT_STYLE), (self.detail.cue_span, CUE_STYLE)]
        if self.detail.speaker_span:
            marks.append((self.detail.speaker_span, SPEAKER_STYLE))
        yield Header()
        with VerticalScroll(id="article"):
            yield BidiText(Text(bidi.clean(view.article_title or "(no title)"), style="bold"), id="a-title")
            published = view.published_at.isoformat(sep=" ", timespec="minutes") if view.published_at else "?"
            yield BidiText(
                Text(
                    bidi.clean(f"{view.outlet or '—'} · {published} · {view.article_url or ''}"), style="dim"
                )
            )
            yield BidiText(
                bidi.safe_styled(self.detail.body, [(s, e, st) for (s, e), st in marks]), id="a-body"
            )
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"article {self.detail.view.article_id}"

    def redisplay(self) -> None:
        for widget in self.query(BidiText):
            widget.refresh(layout=True)
