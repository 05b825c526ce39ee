"""Outlets: the publishers articles come from, with the time zone their bylines are written in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tracker.models import Article, Outlet


@dataclass(frozen=True)
class OutletRow:
    id: int
    name: str
    domain: str | None
    language: str | None
    timezone: str | None
    articles: int


def list_outlets(session: Session) -> list[OutletRow]:
    counts = (
        select(Article.outlet_id, func.count(Article.id).label("n")).group_by(Article.outlet_id).subquery()
    )
    rows = session.execute(
        select(Outlet, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.outlet_id == Outlet.id)
        .order_by(Outlet.name)
    )
    return [OutletRow(o.id, o.name, o.domain, o.language, o.timezone, n) for o, n in rows]


def set_outlet(
    session: Session,
    name: str,
    *,
    timezone: str | None = None,
    domain: str | None = None,
    language: str | None = None,
) -> Outlet:
    """Create or update an outlet; ``timezone`` is a name such as Asia/Damascus or an offset like +03:00."""
    outlet = session.scalar(select(Outlet).where(Outlet.name == name))
    if outlet is None:
        outlet = Outlet(name=name)
        session.add(outlet)
    if timezone is not None:
        parse_zone(timezone)  # refuse an unknown zone before storing it
        outlet.timezone = timezone
    if domain is not None:
        outlet.domain = domain.lower().removeprefix("www.")
    if language is not None:
        outlet.language = language
    session.flush()
    return outlet


def outlet_zone(session: Session, name: str | None) -> tzinfo | None:
    """The time zone configured for an outlet, if any."""
    if not name:
        return None
    zone = session.scalar(select(Outlet.timezone).where(Outlet.name == name))
    return parse_zone(zone) if zone else None


def parse_zone(value: str) -> tzinfo:
    """``+03:00``, ``UTC+3``, ``-05:30`` or an IANA name such as ``Asia/Damascus``; ValueError otherwise."""
    from datetime import timedelta
    from datetime import timezone as fixed
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    text = value.strip().upper().removeprefix("UTC").removeprefix("GMT") or "+00:00"
    if text[0] in "+-":
        sign = -1 if text[0] == "-" else 1
        hours, _, minutes = text[1:].partition(":")
        try:
            return fixed(sign * timedelta(hours=int(hours), minutes=int(minutes or 0)))
        except ValueError:
            pass
    try:
        return ZoneInfo(value.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {value!r} (use +03:00 or a name like Asia/Damascus)") from None
