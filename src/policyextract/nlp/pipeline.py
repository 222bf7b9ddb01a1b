"""Build the NLP stage from `pipelines/*.cfg` and turn spaCy Docs into plain `TaggedDocument`s."""

from __future__ import annotations

import os
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_suffix_regex, registry

from ..model import Mention, Sentence, SourceDocument, TaggedDocument, builder
from ..resources import data_dir
from . import components  # noqa: F401  (registers the factories)
from .components import CLUSTERS_KEY, doc_text, entity_bounds, sentence_spans, with_text
from .segment import is_heading, paragraph_spans, strip_span

DEFAULT_CONFIG = data_dir("pipelines") / "default.cfg"
_RULE_LABELS = ("CLUSTER", "YEAR", "DATE")
_TIME_LABELS = frozenset(("YEAR", "DATE"))  # the only labels the time tagger gives a role
_mention = builder(Mention)  # field order: start, end, text, label, sentence, entity_id, canonical, method, score, note, value
_sentence = builder(Sentence)  # start, end, paragraph, is_heading

# Scraped text glues sentences and list items without a space: "2019.At", "applications,It"; and a wiki's footnote
# marks to the word before them: "logistics.[6]", "province[4]".
_GLUED_INFIXES = (r"(?<=[0-9a-z%)])\.(?=[A-Z][a-z])", r"(?<=[a-z]),(?=[A-Z])", r"(?<=[a-z])[’']s(?=[A-Z])",
                  r"(?<=[a-z%)])\.(?=\[\d)", r"(?<=[a-z.%)])\[(?=\d)")


# A sentence's full stop after a name that ends in a capital ("develop AI.", "and 6G.", "the NDRC."), which spaCy
# keeps on the word as if it were an abbreviation's; "U.S." (a stop before the capital) keeps it.
_CAPITAL_THEN_STOP = r"(?<=[A-Za-z0-9][A-Z])\."


@registry.tokenizers("policyextract.plan_tokenizer.v1")
def create_plan_tokenizer():
    """The language's own tokenizer plus infixes that split glued sentences and footnote marks, and a suffix for a
    full stop after a capital, so a year or name glued to them is a token of its own."""

    def make(nlp: Language):
        tokenizer = registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp)  # the language's own, on nlp's vocab
        infixes = list(nlp.Defaults.infixes or ()) + list(_GLUED_INFIXES)
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        tokenizer.suffix_search = compile_suffix_regex(list(nlp.Defaults.suffixes or ()) + [_CAPITAL_THEN_STOP]).search
        return tokenizer

    return make


def config_path() -> Path:
    return Path(os.environ.get("POLICYEXTRACT_PIPELINE", DEFAULT_CONFIG))


def load_pipeline(path: Path | None = None) -> Language:
    """The configured pipeline, built once per process and config file
    ($POLICYEXTRACT_PIPELINE is read on every call, so changing it takes effect)."""
    return _load_pipeline(Path(path or config_path()).resolve())


@lru_cache(maxsize=4)
def _load_pipeline(path: Path) -> Language:
    config = spacy.util.load_config(path)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.max_length = config["nlp"].get("max_length", nlp.max_length)
    return nlp


load_pipeline.cache_clear = _load_pipeline.cache_clear  # type: ignore[attr-defined]


def tag_documents(
    sources: Iterable[SourceDocument], nlp: Language | None = None, batch_size: int | None = None
) -> Iterator[TaggedDocument]:
    """Tag documents in batches with `nlp.pipe`; long texts are cut on paragraph boundaries."""
    nlp = nlp or load_pipeline()
    size = batch_size or nlp.batch_size  # from the config; `nlp.config` is rebuilt on every access
    for source in sources:
        chunks = list(_chunks(source.text, nlp.max_length))
        whole_text_paragraphs = _paragraph_table(source.text, nlp) if len(chunks) > 1 else None
        sentences: list[Sentence] = []
        mentions: list[Mention] = []
        docs = nlp.pipe((with_text(nlp.make_doc(chunk), chunk) for _, chunk in chunks), batch_size=size)
        for (offset, _), doc in zip(chunks, docs):
            paragraphs = doc._.paragraphs if whole_text_paragraphs is None else whole_text_paragraphs
            _collect(doc, offset, paragraphs, sentences, mentions)
        yield TaggedDocument(source=source, sentences=tuple(sentences), mentions=tuple(mentions))


def tag_document(source: SourceDocument, nlp: Language | None = None) -> TaggedDocument:
    return next(tag_documents([source], nlp))


def _chunks(text: str, max_length: int) -> Iterator[tuple[int, str]]:
    """Pieces of at most max_length characters, cut after a blank line, a line break or a
    sentence end where possible, and only as a last resort mid-sentence."""
    start = 0
    while len(text) - start > max_length:
        window = text[start : start + max_length]
        cut = -1
        for boundary in ("\n\n", "\n", ". ", "; ", " "):
            found = window.rfind(boundary)
            if found > 0:
                cut = start + found + len(boundary)
                break
        if cut <= start:
            cut = start + max_length
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]


def _paragraph_table(text: str, nlp: Language) -> list[tuple[int, int, bool]]:
    """Paragraphs of the whole text (chunks share one numbering) and whether each is a heading."""
    max_words = nlp.get_pipe("plan_sentencizer").heading_max_words
    return [(s, e, is_heading(text[s:e], max_words)) for s, e in paragraph_spans(text, max_words)]


def _collect(doc: Doc, offset: int, paragraphs: list, sentences: list, mentions: list) -> None:
    text = doc_text(doc)
    bounds = sentence_spans(doc)
    sentence_of: list[int | None] = []  # the Doc's sentence -> its index in `sentences` (None: blank)
    paragraph_starts = [p[0] for p in paragraphs]
    for sent_start, sent_end in bounds:
        start, end = strip_span(text, sent_start, sent_end)
        if start >= end:
            sentence_of.append(None)
            continue
        paragraph, heading = _paragraph(paragraphs, paragraph_starts, start + offset)
        sentence_of.append(len(sentences))
        sentences.append(_sentence(start + offset, end + offset, paragraph, heading))
    labelled = [(start, end, label, label) for start, end, label, _, _ in entity_bounds(doc)]
    labelled += [(span.start_char, span.end_char, "CLUSTER", span.label_) for span in doc.spans.get(CLUSTERS_KEY, [])]
    for names in (doc._.zone_sectors or {}).values():  # sectors named in a zone's name, within its entity
        labelled += [(start, end, "SECTOR", "SECTOR") for start, end in names]
    labelled.sort()  # no two share (start, end, label): entities never overlap, nor do cluster phrases
    resolutions = doc._.resolutions or {}
    time_roles = doc._.time_roles or {}
    for (start, end, label, kind), within in zip(labelled, _sentences_holding(bounds, labelled)):
        sent_index = sentence_of[within] if within >= 0 else None
        if sent_index is None:
            continue
        resolution = resolutions.get((start, end))
        role = time_roles.get((start, end)) if label in _TIME_LABELS else None
        if resolution is not None:
            mentions.append(
                _mention(
                    start + offset, end + offset, text[start:end], label, sent_index, resolution.entity_id,
                    resolution.canonical, resolution.method, resolution.score, resolution.note,
                    role[1] if role else None,
                )
            )
            continue
        mentions.append(
            _mention(
                start + offset, end + offset, text[start:end], label, sent_index,
                kind if label == "CLUSTER" else None, None, "rule" if label in _RULE_LABELS else None, None,
                role[0] if role else None, role[1] if role else None,
            )
        )


def _sentences_holding(bounds: list[tuple[int, int]], labelled: list[tuple]) -> list[int]:
    """For each labelled span, the Doc sentence it starts in (-1 before the first): one array search."""
    sentence_starts = numpy.fromiter(map(itemgetter(0), bounds), dtype="int64", count=len(bounds))
    span_starts = numpy.fromiter(map(itemgetter(0), labelled), dtype="int64", count=len(labelled))
    return (numpy.searchsorted(sentence_starts, span_starts, side="right") - 1).tolist()


def _paragraph(paragraphs: list, starts: list[int], char: int) -> tuple[int, bool]:
    index = max(bisect_right(starts, char) - 1, 0)
    if not paragraphs:
        return 0, False
    return index, paragraphs[index][2] and paragraphs[index][0] <= char < paragraphs[index][1]
