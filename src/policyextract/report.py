"""One self-contained HTML page to review an output folder: counts, figures, facts, highlighted texts.

Everything is inline (CSS, a little vanilla JS, PNGs as data: URIs), so the file opens offline and
can be mailed around. Each fact links to its evidence sentence (`#ev-<fact_id>`) in the document,
where entities are marked the way displaCy's "ent" style marks them, one colour per label.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from html import escape
from pathlib import Path

import pandas as pd

from .load import Tables, load
from .plot import draw_deadlines, draw_map, png_bytes

REPORT_NAME = "report.html"
ENTITY_COLOURS = {
    "PLACE": "#feca74",
    "REGION": "#ff9561",
    "SECTOR": "#7aecec",
    "AGENCY": "#aa9cfc",
    "YEAR": "#bfe1d9",
    "DATE": "#e4e7d2",
}
LABEL_PRIORITY = {label: rank for rank, label in enumerate(ENTITY_COLOURS)}
RESOLVED_METHODS = ("fuzzy", "alias")
EVIDENCE_PREVIEW_CHARS = 140
FACT_COLUMNS = (  # header, kind (text or number for sorting)
    ("#", "number"), ("document", "text"), ("place", "text"), ("level", "text"), ("province", "text"),
    ("sector", "text"), ("group", "text"), ("cluster", "text"), ("deadline", "number"),
    ("confidence", "number"), ("evidence", "text"),
)


@dataclass(frozen=True)
class Entity:
    """A highlighted span: label, offsets, and the normaliser's resolution for the tooltip."""

    start: int
    end: int
    label: str
    text: str
    canonical: str | None
    method: str | None
    score: float | None

    @property
    def is_resolved_variant(self) -> bool:
        """A misspelling or alias the normaliser mapped to a differently written canonical name."""
        return (
            self.method in RESOLVED_METHODS
            and self.canonical is not None
            and _fold(self.text) != _fold(self.canonical)
        )


@dataclass(frozen=True)
class Evidence:
    """An evidence sentence and the facts it states (each gets its own `ev-<fact_id>` wrapper)."""

    start: int
    end: int
    fact_ids: tuple[str, ...]


def write_report(out_dir: Path | str, html_path: Path | str | None = None) -> Path:
    """Write the review page for OUT_DIR (default OUT_DIR/report.html) and return its path."""
    out_dir = Path(out_dir)
    html_path = Path(html_path) if html_path else out_dir / REPORT_NAME
    html_path.parent.mkdir(parents=True, exist_ok=True)
    html_path.write_text(build_report(load(out_dir)), encoding="utf-8")
    return html_path


def build_report(tables: Tables) -> str:
    """The whole page as a string: the same tables always give the same bytes."""
    body = "\n".join(
        [
            render_summary(summary_counts(tables)),
            render_figures(tables),
            render_facts_table(tables.facts),
            render_errors(tables.errors),
            render_documents(tables),
        ]
    )
    return PAGE.format(title="policyextract report", css=CSS, body=body, script=SCRIPT)


# --- summary and figures -----------------------------------------------------------------------


def summary_counts(tables: Tables) -> dict[str, int]:
    """The headline numbers: what was read, what was found, how much of it has a deadline."""
    facts = tables.facts
    return {
        "documents": len(tables.documents),
        "facts": len(facts),
        "places": facts["place_id"].nunique(),
        "sectors": facts["sector_id"].nunique(),
        "deadlines": int(facts["deadline"].notna().sum()),
        "deadline years": facts["deadline"].dropna().nunique(),
        "errors": len(tables.errors),
    }


def render_summary(counts: dict[str, int]) -> str:
    items = "".join(
        f'<div class="stat"><span class="number">{value}</span><span class="name">{escape(name)}</span></div>'
        for name, value in counts.items()
    )
    note = "deadlines: facts with a target year"
    return f'<section id="summary"><h2>Summary</h2><div class="stats">{items}</div><p class="note">{note}</p></section>'


def render_figures(tables: Tables) -> str:
    """The map and the deadline heat map as inline PNGs."""
    figures = [
        ("Facts by place, coloured by sector group", draw_map(tables)),
        ("Facts by sector and deadline year", draw_deadlines(tables)),
    ]
    images = "".join(
        f'<figure><img alt="{escape(caption)}" src="{png_data_uri(png_bytes(figure))}">'
        f"<figcaption>{escape(caption)}</figcaption></figure>"
        for caption, figure in figures
    )
    return f'<section id="figures"><h2>Figures</h2><div class="figures">{images}</div></section>'


def png_data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


# --- facts table ---------------------------------------------------------------------------------


def render_facts_table(facts: pd.DataFrame) -> str:
    """All facts in one table; the inline script filters it (text box) and sorts it (headers)."""
    header = "".join(
        f'<th data-kind="{kind}" tabindex="0" aria-sort="none">{escape(name)}</th>' for name, kind in FACT_COLUMNS
    )
    rows = "\n".join(render_fact_row(number, fact) for number, fact in enumerate(facts.itertuples(index=False), 1))
    return (
        '<section id="facts"><h2>Facts</h2>'
        '<p><input id="fact-filter" type="search" placeholder="Filter facts (place, sector, document, text…)" '
        'aria-label="Filter facts"> <span id="fact-count"></span></p>'
        f'<div class="table-scroll"><table id="facts-table"><thead><tr>{header}</tr></thead><tbody>\n{rows}\n'
        "</tbody></table></div></section>"
    )


def render_fact_row(number: int, fact) -> str:
    """One fact; the place cell's tooltip shows how the place was written when that differs."""
    place_title = f"as written: {fact.place_text}" if _fold(fact.place_text) != _fold(fact.place) else fact.place_id
    if isinstance(getattr(fact, "zone", None), str):  # a fact stated of a zone or a town in the place
        place_title = f"{place_title}; in {fact.zone}"
    evidence = _text(fact.evidence)
    preview = evidence if len(evidence) <= EVIDENCE_PREVIEW_CHARS else evidence[: EVIDENCE_PREVIEW_CHARS - 1] + "…"
    cells = [
        _cell(str(number), number),
        _cell(_text(fact.document)),
        f'<td title="{escape(place_title)}">{escape(_text(fact.place))}</td>',
        _cell(_text(fact.place_level)),
        _cell(_text(fact.province)),
        f'<td title="as written: {escape(_text(fact.sector_text))}">{escape(_text(fact.sector))}</td>',
        _cell(_text(fact.sector_group)),
        _cell(_text(fact.cluster)),
        _cell(_text(fact.deadline), None if pd.isna(fact.deadline) else int(fact.deadline)),
        _cell(f"{fact.confidence:.2f}", round(float(fact.confidence), 2)),
        f'<td><a href="#ev-{escape(fact.fact_id)}" title="{escape(evidence)}">{escape(preview)}</a></td>',
    ]
    return f'<tr id="fact-{escape(fact.fact_id)}">{"".join(cells)}</tr>'


def _cell(text: str, sort_value: float | int | None = None) -> str:
    value = "" if sort_value is None else f' data-value="{sort_value}"'
    return f"<td{value}>{escape(text)}</td>"


def render_errors(errors: pd.DataFrame) -> str:
    if errors.empty:
        return ""
    rows = "".join(
        f"<tr>{_cell(_text(e.document))}{_cell(_text(e.stage))}{_cell(_text(e.error_type))}{_cell(_text(e.message))}</tr>"
        for e in errors.itertuples(index=False)
    )
    return (
        '<section id="errors"><h2>Errors</h2><table><thead><tr><th>document</th><th>stage</th>'
        f"<th>error</th><th>message</th></tr></thead><tbody>{rows}</tbody></table></section>"
    )


# --- documents with highlights ---------------------------------------------------------------------


def render_documents(tables: Tables) -> str:
    """Every document's text with its entities highlighted and its evidence sentences anchored."""
    mentions = dict(tuple(tables.mentions.groupby("doc_id", observed=True, sort=False)))
    facts = dict(tuple(tables.facts.groupby("doc_id", observed=True, sort=False)))
    empty_mentions, empty_facts = tables.mentions.iloc[0:0], tables.facts.iloc[0:0]
    sections = [
        render_document(document, mentions.get(document.doc_id, empty_mentions), facts.get(document.doc_id, empty_facts))
        for document in tables.documents.itertuples(index=False)
    ]
    return f'<section id="documents"><h2>Documents</h2>{render_legend()}{"".join(sections)}</section>'


def render_legend() -> str:
    marks = "".join(
        f'<mark class="entity" style="background: {colour}">{label}</mark>' for label, colour in ENTITY_COLOURS.items()
    )
    return (
        f'<p class="legend">{marks} <span class="resolved-example">dotted underline</span>: a misspelling or alias '
        "resolved to a canonical name (hover for it, the method and the score)</p>"
    )


def render_document(document, mentions: pd.DataFrame, facts: pd.DataFrame) -> str:
    """A document's heading, metadata and marked-up text."""
    sentences = evidence_sentences(facts)
    entities = entity_spans(mentions, sentences)
    title = _text(document.title) or _text(document.document)
    meta = " · ".join(
        part
        for part in (
            escape(_text(document.document)),
            f"published {escape(_text(document.published))}" if _text(document.published) else "",
            "issued by " + escape(", ".join(document.issuers)) if len(document.issuers) else "",
            f"{len(facts)} facts",
        )
        if part
    )
    return (
        f'<article class="document" id="doc-{escape(document.doc_id)}"><h3>{escape(title)}</h3>'
        f'<p class="meta">{meta}</p>'
        f'<div class="entities">{mark_up_text(_text(document.text), entities, sentences)}</div></article>'
    )


def evidence_sentences(facts: pd.DataFrame) -> list[Evidence]:
    """Distinct evidence sentences in text order with their fact ids; partly overlapping ones are dropped."""
    grouped = facts.groupby(["start", "end"], sort=True)["fact_id"].agg(lambda ids: tuple(sorted(ids)))
    sentences: list[Evidence] = []
    for (start, end), fact_ids in grouped.items():
        if sentences and start < sentences[-1].end:
            continue
        sentences.append(Evidence(int(start), int(end), fact_ids))
    return sentences


def entity_spans(mentions: pd.DataFrame, sentences: list[Evidence]) -> list[Entity]:
    """Non-overlapping highlightable mentions (longest first), none crossing an evidence boundary."""
    candidates = sorted(
        (_entity(row) for row in mentions.itertuples(index=False) if row.label in ENTITY_COLOURS),
        key=lambda e: (e.start, -(e.end - e.start), LABEL_PRIORITY[e.label]),
    )
    boundaries = {offset for sentence in sentences for offset in (sentence.start, sentence.end)}
    kept: list[Entity] = []
    for entity in candidates:
        crosses = any(entity.start < offset < entity.end for offset in boundaries)
        if not crosses and (not kept or entity.start >= kept[-1].end):
            kept.append(entity)
    return kept


def _entity(row) -> Entity:
    return Entity(
        start=int(row.start),
        end=int(row.end),
        label=str(row.label),
        text=str(row.text),
        canonical=None if pd.isna(row.canonical) else str(row.canonical),
        method=None if pd.isna(row.method) else str(row.method),
        score=None if pd.isna(row.score) else float(row.score),
    )


def mark_up_text(text: str, entities: list[Entity], sentences: list[Evidence]) -> str:
    """Escaped text with entity marks, each evidence sentence wrapped in one span per fact."""
    parts: list[str] = []
    cursor = 0
    for sentence in sentences:
        parts.append(mark_up_range(text, cursor, sentence.start, entities))
        opening = "".join(f'<span class="evidence" id="ev-{escape(fact_id)}">' for fact_id in sentence.fact_ids)
        parts.append(opening + mark_up_range(text, sentence.start, sentence.end, entities))
        parts.append("</span>" * len(sentence.fact_ids))
        cursor = sentence.end
    parts.append(mark_up_range(text, cursor, len(text), entities))
    return "".join(parts)


def mark_up_range(text: str, start: int, end: int, entities: list[Entity]) -> str:
    """text[start:end] escaped, with the entities inside that range marked."""
    parts: list[str] = []
    cursor = start
    for entity in entities:
        if entity.start < start or entity.end > end:
            continue
        parts.append(escape(text[cursor : entity.start]))
        parts.append(render_entity(text[entity.start : entity.end], entity))
        cursor = entity.end
    parts.append(escape(text[cursor:end]))
    return "".join(parts)


def render_entity(surface: str, entity: Entity) -> str:
    """displaCy-style mark: the span, its label, and the resolution on hover."""
    classes = "entity resolved" if entity.is_resolved_variant else "entity"
    return (
        f'<mark class="{classes}" data-label="{entity.label}" style="background: {ENTITY_COLOURS[entity.label]}" '
        f'title="{escape(entity_title(entity))}">{escape(surface)}<span class="label">{entity.label}</span></mark>'
    )


def entity_title(entity: Entity) -> str:
    """Tooltip text: canonical name, method and score, e.g. `Jingdezhen (fuzzy, score 91)`."""
    if entity.canonical is None:
        return entity.label.lower() if entity.method in (None, "rule") else f"unresolved ({entity.method})"
    score = "" if entity.score is None else f", score {entity.score:.0f}"
    prefix = "→ " if entity.is_resolved_variant else ""
    return f"{prefix}{entity.canonical} ({entity.method}{score})"


def _text(value) -> str:
    """Display text of a cell: empty for nulls."""
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return ""
    return str(value)


def _fold(text) -> str:
    return " ".join(_text(text).casefold().replace("-", " ").split())


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
<header><h1>{title}</h1></header>
<main>
{body}
</main>
<script>{script}</script>
</body>
</html>
"""

CSS = """
body { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 0; color: #222; }
header { background: #1f3b57; color: #fff; padding: 0.6em 1.5em; }
header h1 { margin: 0; font-size: 1.4em; }
main { padding: 0 1.5em 3em; max-width: 1400px; }
h2 { border-bottom: 1px solid #ddd; padding-bottom: 0.2em; margin-top: 1.6em; }
.stats { display: flex; flex-wrap: wrap; gap: 0.8em; }
.stat { border: 1px solid #ddd; border-radius: 6px; padding: 0.5em 1em; min-width: 7em; text-align: center; }
.stat .number { display: block; font-size: 1.7em; font-weight: bold; }
.stat .name, .note, .meta { color: #666; font-size: 0.9em; }
.figures { display: flex; flex-wrap: wrap; gap: 1em; align-items: flex-start; }
figure { margin: 0; }
figure img { max-width: 100%; height: auto; border: 1px solid #eee; }
figure:first-child img { width: 700px; }
figure:last-child img { width: 470px; }
figcaption { color: #666; font-size: 0.9em; text-align: center; }
#fact-filter { width: 28em; padding: 0.35em; font-size: 1em; }
.table-scroll { max-height: 34em; overflow: auto; border: 1px solid #e5e5e5; }
#facts-table td:last-child { min-width: 20em; }
table { border-collapse: collapse; font-size: 0.88em; width: 100%; }
th, td { border-bottom: 1px solid #e5e5e5; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
th { background: #f3f5f7; cursor: pointer; user-select: none; position: sticky; top: 0; white-space: nowrap; }
th[aria-sort="ascending"]::after { content: " ▲"; }
th[aria-sort="descending"]::after { content: " ▼"; }
tbody tr:hover { background: #fafbe6; }
td a { color: #1f5f99; text-decoration: none; }
.document { border-top: 1px solid #eee; margin-top: 1.5em; }
.entities { line-height: 2.5; white-space: pre-wrap; direction: ltr; }
mark.entity { padding: 0.45em 0.6em; margin: 0 0.25em; line-height: 1; border-radius: 0.35em; }
mark.entity .label { font-size: 0.8em; font-weight: bold; line-height: 1; border-radius: 0.35em;
  vertical-align: middle; margin-left: 0.5rem; }
mark.resolved, .resolved-example { text-decoration: underline dotted #b00020 2px; cursor: help; }
.legend mark.entity { font-size: 0.8em; font-weight: bold; }
.evidence:target { background: #fff3a0; outline: 2px solid #f0c000; border-radius: 3px; }
"""

SCRIPT = """
(function () {
  var table = document.getElementById("facts-table");
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var filter = document.getElementById("fact-filter");
  var count = document.getElementById("fact-count");

  function showCount() {
    var shown = rows.filter(function (row) { return !row.hidden; }).length;
    count.textContent = shown + " of " + rows.length + " facts shown";
  }

  function applyFilter() {
    var words = filter.value.toLowerCase().split(/\\s+/).filter(Boolean);
    rows.forEach(function (row) {
      var text = row.textContent.toLowerCase();
      row.hidden = !words.every(function (word) { return text.indexOf(word) !== -1; });
    });
    showCount();
  }

  function cellKey(row, index, kind) {
    var cell = row.cells[index];
    if (kind === "number") {
      var value = cell.getAttribute("data-value");
      return value === null || value === "" ? Infinity : parseFloat(value);
    }
    return cell.textContent.toLowerCase();
  }

  function sortBy(header) {
    var index = header.cellIndex;
    var kind = header.getAttribute("data-kind");
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) { th.setAttribute("aria-sort", "none"); });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var sorted = rows.slice().sort(function (a, b) {
      var x = cellKey(a, index, kind), y = cellKey(b, index, kind);
      var order = x < y ? -1 : x > y ? 1 : 0;
      return ascending ? order : -order;
    });
    sorted.forEach(function (row) { body.appendChild(row); });
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    th.addEventListener("click", function () { sortBy(th); });
    th.addEventListener("keydown", function (event) { if (event.key === "Enter") { sortBy(th); } });
  });
  filter.addEventListener("input", applyFilter);
  applyFilter();
})();
"""
