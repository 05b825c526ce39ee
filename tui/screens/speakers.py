"""The speakers screen: cross-script search, counts, aliases, roles over time; alias, merge, split.

Search and edits are helper 5's ``tracker.services.speakers``; every edit names the
version of the speaker shown, so a colleague's concurrent change is reported, not lost.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import DataTable, Footer, Header, Input

from tracker.services.speakers import (
    SpeakerConflict,
    SpeakerError,
    add_alias,
    merge_speakers,
    search_speakers,
    split_speaker,
)
from tracker.services.speakers_detail import SpeakerDetail, speaker_detail
from tui import bidi
from tui.messages import ActionFailed, SpeakerEdited, SpeakerLoaded, SpeakersFound
from tui.screens.dialogs import PromptDialog
from tui.widgets.bidi_text import BidiText

SEARCH_LIMIT = 200
DEBOUNCE_SECONDS = 0.25


def speaker_text(detail: SpeakerDetail) -> Text:
    """Everything about one speaker, one fact per line."""
    out = Text()
    out.append(bidi.clean(detail.name), style="bold cyan")
    out.append("\n")
    facts = [f"speaker {detail.id}", detail.kind, f"{detail.statement_count} statements"]
    if detail.latin_name:
        facts.insert(1, bidi.clean(detail.latin_name))
    if detail.external_id:
        facts.append(bidi.clean(detail.external_id))
    out.append(" · ".join(facts) + "\n")
    out.append("\nAliases\n", style="bold")
    for alias in detail.aliases:
        out.append(f"{alias.kind:15} {alias.source:10} ", style="dim")
        out.append(bidi.clean(alias.alias) + "\n")
    out.append("\nRoles over time\n", style="bold")
    if not detail.roles:
        out.append("none recorded\n", style="dim")
    for role in detail.roles:
        span = f"{role.first_seen or '?'} – {role.last_seen or '?'}"
        org = f" ({bidi.clean(role.organization)})" if role.organization else ""
        out.append(f"{span:25} ", style="dim")
        out.append(bidi.clean(role.title) + org + "\n")
    out.append("\nStatements by month\n", style="bold")
    out.append("  ".join(f"{month}: {count}" for month, count in detail.months) or "none", style="")
    out.append("\n")
    if detail.merges:
        out.append("\nMerged into this speaker\n", style="bold")
        for merge in detail.merges:
            out.append(f"merge {merge.merge_id}: speaker {merge.merged_id} ", style="dim")
            out.append(bidi.clean(merge.merged_name))
            out.append(
                f" ({merge.statements} statements, by {bidi.clean(merge.merged_by or '?')})\n", style="dim"
            )
    if detail.suggestions:
        out.append("\nMight be the same person\n", style="bold")
        for s in detail.suggestions:
            other_id, other = (
                (s.second_id, s.second_name) if s.first_id == detail.id else (s.first_id, s.first_name)
            )
            out.append(f"speaker {other_id} ({s.score:.0f}) ", style="dim")
            out.append(bidi.clean(other) + "\n")
    out.rstrip()
    return out


class SpeakersScreen(Screen[None]):
    """Find a speaker in any script; see and edit their names and roles."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "focus_search", "Search", key_display="/"),
        Binding("a", "add_alias", "Add alias"),
        Binding("g", "merge", "Merge into this"),
        Binding("p", "split", "Split last merge"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.hits: list = []
        self.detail: SpeakerDetail | None = None
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="speaker name, in Arabic or Latin letters", id="speaker-query")
        with Horizontal(id="speakers-body"):
            table: DataTable[Text] = DataTable(id="speaker-list", cursor_type="row", zebra_stripes=True)
            yield table
            with VerticalScroll(id="speaker-detail"):
                yield BidiText(id="s-detail")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#speaker-list", DataTable)
        for key, label, width in (
            ("id", "id", 6),
            ("name", "name", 24),
            ("latin", "latin", 18),
            ("matched", "matched", 14),
        ):
            table.add_column(label, key=key, width=width)
        table.focus()
        self.search("")

    def redisplay(self) -> None:
        self._show_hits()
        self.query_one("#s-detail", BidiText).refresh(layout=True)

    # --- search ------------------------------------------------------------------------

    @on(Input.Changed, "#speaker-query")
    def query_changed(self, event: Input.Changed) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE_SECONDS, lambda: self.search(event.value))

    @on(Input.Submitted, "#speaker-query")
    def query_submitted(self, event: Input.Submitted) -> None:
        if self._timer is not None:
            self._timer.stop()
        self.search(event.value)
        self.query_one("#speaker-list").focus()

    @work(thread=True, exclusive=True, exit_on_error=False, group="speaker-search")
    def search(self, query: str) -> None:
        try:
            with self.app.store.sessions.begin() as session:  # type: ignore[attr-defined]
                hits = search_speakers(session, query, limit=SEARCH_LIMIT)
        except Exception as error:  # noqa: BLE001 - told to the user; a worker must not die
            self.post_message(ActionFailed(f"speaker search failed: {error}"))
            return
        self.post_message(SpeakersFound(query, hits))

    def on_speakers_found(self, message: SpeakersFound) -> None:
        if message.query.strip() != self.query_one("#speaker-query", Input).value.strip():
            return  # an older search
        self.hits = message.hits
        self._show_hits()
        if not self.hits:
            self.detail = None
            self.query_one("#s-detail", BidiText).set_text(Text("no speaker matches", style="dim"))

    def _show_hits(self) -> None:
        table = self.query_one("#speaker-list", DataTable)
        mode = self.app.rtl_mode  # type: ignore[attr-defined]
        table.clear()
        for hit in self.hits:
            table.add_row(
                Text(str(hit.speaker_id)),
                Text(bidi.show(hit.name, mode, 24)),
                Text(bidi.show(hit.latin_name or "", mode, 18)),
                Text(bidi.show(hit.matched, mode, 14), style="dim"),
                key=str(hit.speaker_id),
            )

    @on(DataTable.RowHighlighted, "#speaker-list")
    def highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value is not None:
            self.load(int(event.row_key.value))

    @work(thread=True, exclusive=True, exit_on_error=False, group="speaker-detail")
    def load(self, speaker_id: int) -> None:
        try:
            with self.app.store.sessions.begin() as session:  # type: ignore[attr-defined]
                detail = speaker_detail(session, speaker_id)
        except Exception as error:  # noqa: BLE001 - told to the user; a worker must not die
            self.post_message(ActionFailed(f"could not load speaker {speaker_id}: {error}"))
            return
        self.post_message(SpeakerLoaded(detail))

    def on_speaker_loaded(self, message: SpeakerLoaded) -> None:
        self.detail = message.detail
        if self.detail is not None:
            self.query_one("#s-detail", BidiText).set_text(speaker_text(self.detail))

    def action_focus_search(self) -> None:
        self.query_one("#speaker-query").focus()

    # --- edits ------------------------------------------------------------------------

    def action_add_alias(self) -> None:
        detail = self.detail
        if detail is None:
            return

        def chosen(alias: str | None) -> None:
            if alias:
                self.edit("alias", detail.id, detail.version, alias)

        self.app.push_screen(PromptDialog(f"New alias for {bidi.clean(detail.name)}", "any script"), chosen)

    def action_merge(self) -> None:
        detail = self.detail
        if detail is None:
            return
        suggested = next(
            (str(s.second_id if s.first_id == detail.id else s.first_id) for s in detail.suggestions), ""
        )

        def chosen(other: str | None) -> None:
            if other:
                if not other.isdigit():
                    self.notify("give the other speaker's id (a number)", severity="error", markup=False)
                    return
                self.edit("merge", detail.id, detail.version, other)

        self.app.push_screen(
            PromptDialog(
                f"Merge which speaker into {bidi.clean(detail.name)} (id)?", "speaker id", suggested
            ),
            chosen,
        )

    def action_split(self) -> None:
        if self.detail is not None:
            self.edit("split", self.detail.id, self.detail.version, "")

    @work(thread=True, exclusive=True, exit_on_error=False, group="speaker-edit")
    def edit(self, what: str, speaker_id: int, version: int, value: str) -> None:
        reviewer = self.app.reviewer  # type: ignore[attr-defined]
        try:
            with self.app.store.sessions.begin() as session:  # type: ignore[attr-defined]
                if what == "alias":
                    add_alias(session, speaker_id, value, expected_version=version)
                    said = f"alias {bidi.clean(value)} added"
                elif what == "merge":
                    merge = merge_speakers(
                        session, speaker_id, int(value), merged_by=reviewer, expected_versions=(version, None)
                    )
                    said = f"speaker {merge.merged_id} merged into {merge.kept_id} (merge {merge.id})"
                else:
                    merge = split_speaker(session, speaker_id=speaker_id, expected_version=version)
                    said = f"merge {merge.id} undone: speaker {merge.merged_id} is separate again"
        except (SpeakerError, SpeakerConflict) as error:
            self.post_message(ActionFailed(str(error)))
            self.app.call_from_thread(self.load, speaker_id)  # show the newer state
            return
        except Exception as error:  # noqa: BLE001 - told to the user; a worker must not die
            self.post_message(ActionFailed(f"speaker not changed: {error}"))
            return
        self.post_message(SpeakerEdited(speaker_id, said))

    def on_speaker_edited(self, message: SpeakerEdited) -> None:
        self.notify(message.message, timeout=3, markup=False)
        self.load(message.speaker_id)
        self.search(self.query_one("#speaker-query", Input).value)

    def on_action_failed(self, message: ActionFailed) -> None:
        self.notify(bidi.clean(message.message), severity="error", timeout=6, markup=False)
