"""`policyextract diff`: added, removed and changed facts between two versions of a plan."""

from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from policyextract.cli import app
from policyextract.diff import (
    CHANGE_COLUMNS,
    DiffError,
    DocumentPair,
    diff_facts,
    diff_outputs,
    document_key,
    write_changes,
)
from policyextract.write import to_table

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def fact(**overrides) -> dict:
    """A facts row with every column of the real schema; overrides change what a test varies."""
    row = {
        "doc_id": "0" * 16,
        "document": "plan.txt",
        "fact_id": "f" * 16,
        "place_id": "420100",
        "place": "Wuhan",
        "place_level": "prefecture",
        "place_text": "Wuhan",
        "province": "Hubei",
        "city": "Wuhan",
        "zone_id": None,
        "zone": None,
        "sector_id": "automobiles",
        "sector": "Automobiles",
        "sector_text": "automobile",
        "cluster": "automobile industrial base",
        "cluster_kind": "base",
        "deadline": 2025,
        "deadline_scope": "sentence",
        "evidence": "Wuhan will build an automobile industrial base by 2025.",
        "start": 0,
        "end": 55,
        "confidence": 0.8,
    }
    row.update(overrides)
    return row


def facts(*rows: dict):
    return to_table("facts", list(rows))


def changes_of(old_rows, new_rows, **kwargs) -> list[tuple]:
    result = diff_facts(facts(*old_rows), facts(*new_rows), **kwargs)
    return [
        (r.change, r.document, r.place_id, r.sector_id, r.field, r.old, r.new)
        for r in result.changes.astype(object).where(result.changes.notna(), None).itertuples(index=False)
    ]


def write_output(folder: Path, *rows: dict) -> Path:
    """A minimal `run` output folder: just facts.parquet."""
    folder.mkdir(parents=True, exist_ok=True)
    pq.write_table(facts(*rows), folder / "facts.parquet")
    return folder


# ---------------------------------------------------------------- change types


def test_added_and_removed():
    changsha = dict(place_id="430100", place="Changsha", place_text="Changsha", city="Changsha", province="Hunan")
    assert changes_of([fact()], [fact(**changsha)]) == [
        ("added", "plan.txt", "430100", "automobiles", None, None, None),
        ("removed", "plan.txt", "420100", "automobiles", None, None, None),
    ]


@pytest.mark.parametrize(
    "field, old, new, old_text, new_text",
    [
        ("deadline", None, 2025, None, "2025"),
        ("deadline", 2025, 2030, "2025", "2030"),
        ("deadline", 2025, None, "2025", None),
        ("cluster", "automobile base", "automobile hub base", "automobile base", "automobile hub base"),
        ("cluster", None, "automobile industrial base", None, "automobile industrial base"),
        ("place_level", "prefecture", "county", "prefecture", "county"),
        ("zone", None, "Wuhan Economic Development Zone", None, "Wuhan Economic Development Zone"),
        ("cluster_kind", "base", "park", "base", "park"),
        ("confidence", 0.9, 0.6, "0.9", "0.6"),
    ],
)
def test_changed_field(field, old, new, old_text, new_text):
    assert changes_of([fact(**{field: old})], [fact(**{field: new})]) == [
        ("changed", "plan.txt", "420100", "automobiles", field, old_text, new_text)
    ]


def test_one_row_per_changed_field_in_order():
    rows = changes_of([fact(deadline=None, place_level="prefecture")], [fact(deadline=2025, place_level="county")])
    assert [(r[0], r[4]) for r in rows] == [("changed", "deadline"), ("changed", "place_level")]


@pytest.mark.parametrize(
    "old, new, threshold, changed",
    [
        (0.9, 0.75, 0.15, False),
        (0.9, 0.7, 0.15, True),
        (0.9, 0.75, 0.1, True),
        (0.8, 0.85, 0.0, True),
        (0.8, 0.8, 0.0, False),
    ],
)
def test_confidence_threshold(old, new, threshold, changed):
    rows = changes_of([fact(confidence=old)], [fact(confidence=new)], confidence_threshold=threshold)
    assert bool(rows) is changed


@pytest.mark.parametrize(
    "overrides",
    [
        {"evidence": "By 2025, Wuhan will have built a large automobile industrial base.", "start": 400, "end": 470},
        {"place_text": "Wuhn"},
        {"sector_text": "automobiles"},
        {"cluster": "  Automobile   Industrial BASE "},
        {"deadline_scope": "document", "doc_id": "1" * 16},
    ],
    ids=["evidence-and-offsets", "place-text", "sector-text", "cluster-case-and-space", "scope-and-doc-id"],
)
def test_differences_that_are_no_change(overrides):
    assert changes_of([fact()], [fact(**overrides)]) == []


def test_evidence_columns_carry_both_sentences():
    result = diff_facts(facts(fact(deadline=None)), facts(fact(evidence="New sentence.")))
    row = result.changes.iloc[0]
    assert (row["old_evidence"], row["new_evidence"]) == (fact()["evidence"], "New sentence.")


# ---------------------------------------------------------------- pairing documents


@pytest.mark.parametrize(
    "document, key",
    [("plan_v1.txt", "plan_v1"), ("sub/plan.html", "sub/plan"), ("README", "README"), ("a.b.pdf", "a.b")],
)
def test_document_key(document, key):
    assert document_key(document) == key


def test_documents_pair_by_name_without_extension():
    result = diff_facts(facts(fact(document="plan_v1.txt")), facts(fact(document="plan_v1.html", deadline=2030)))
    assert result.pairs == [DocumentPair("plan_v1.txt", "plan_v1.html", "name")]
    assert list(result.changes[["change", "document", "field"]].itertuples(index=False, name=None)) == [
        ("changed", "plan_v1.html", "deadline")
    ]


def test_unpaired_documents_lose_or_gain_every_fact():
    result = diff_facts(facts(fact(document="a.txt")), facts(fact(document="b.txt")))
    assert result.pairs == [] and result.unpaired_old == ["a.txt"] and result.unpaired_new == ["b.txt"]
    assert sorted(zip(result.changes["change"], result.changes["document"])) == [("added", "b.txt"), ("removed", "a.txt")]


def test_manual_pairs():
    result = diff_facts(facts(fact(document="a.txt")), facts(fact(document="b.txt")), pairs=[("a.txt", "b.txt", "manual")])
    assert result.changes.empty and result.pairs == [DocumentPair("a.txt", "b.txt", "manual")]


def test_cli_pair_option(tmp_path):
    old = write_output(tmp_path / "old", fact(document="2019/plan.txt"))
    new = write_output(tmp_path / "new", fact(document="2021/plan-final.txt"))
    runner = CliRunner()
    assert runner.invoke(app, ["diff", str(old), str(new)]).exit_code == 1
    paired = runner.invoke(app, ["diff", str(old), str(new), "--pair", "plan=plan-final.txt"])
    assert paired.exit_code == 0, paired.output
    assert "manual" in paired.output


# ---------------------------------------------------------------- output


@pytest.mark.parametrize("suffix", [".parquet", ".csv", ".json"])
def test_output_formats_round_trip(tmp_path, suffix):
    changsha = dict(place_id="430100", place="Changsha", place_text="Changsha")
    result = diff_facts(
        facts(fact(deadline=None), fact(place_id="360200", place="Jingdezhen")),
        facts(fact(deadline=2025), fact(**changsha)),
    )
    path = tmp_path / f"changes{suffix}"
    write_changes(result.changes, path)
    readers = {
        ".parquet": pd.read_parquet,
        ".csv": lambda p: pd.read_csv(p, dtype=str),
        ".json": lambda p: pd.read_json(p, orient="records", dtype=str),
    }
    back = readers[suffix](path)
    assert list(back.columns) == list(CHANGE_COLUMNS)
    expected = result.changes.astype(object).where(result.changes.notna(), None)
    back = back.astype(object).where(back.notna(), None)
    assert back.to_dict("records") == expected.to_dict("records")
    assert list(back["change"]) == ["added", "changed", "removed"]


def test_unknown_output_format(tmp_path):
    with pytest.raises(DiffError):
        write_changes(diff_facts(facts(), facts()).changes, tmp_path / "changes.xlsx")


def test_rows_are_sorted_deterministically():
    old = [fact(document=d, place_id=p, deadline=None) for d in ("b.txt", "a.txt") for p in ("430100", "420100")]
    new = [
        fact(document=d, place_id=p, deadline=2025, place_level="county")
        for d in ("a.txt", "b.txt")
        for p in ("420100", "430100")
    ]
    changes = diff_facts(facts(*old), facts(*new)).changes
    keys = list(changes[["document", "place_id", "field"]].itertuples(index=False, name=None))
    assert keys == sorted(keys) and len(keys) == 8


# ---------------------------------------------------------------- exit codes


def test_exit_codes(tmp_path):
    same = write_output(tmp_path / "same", fact())
    other = write_output(tmp_path / "other", fact(deadline=2030))
    garbage = tmp_path / "garbage"
    garbage.mkdir()
    (garbage / "facts.parquet").write_bytes(b"not parquet")
    runner = CliRunner()
    cases = [
        ([str(same), str(same)], 0),
        ([str(same), str(other)], 1),
        ([str(same), str(tmp_path / "missing")], 2),
        ([str(same), str(garbage)], 2),
        ([str(same), str(other), "--out", str(tmp_path / "x.xlsx")], 2),
        ([str(same), str(other), "--pair", "no-equals-sign"], 2),
        ([str(same), str(other), "--pair", "plan=nothing.txt"], 2),
    ]
    for args, code in cases:
        result = runner.invoke(app, ["diff", *args])
        assert result.exit_code == code, (args, result.output)
        if code == 2:
            assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1


def test_cli_writes_out_file(tmp_path):
    old = write_output(tmp_path / "old", fact(deadline=None))
    new = write_output(tmp_path / "new", fact())
    out = tmp_path / "diff.json"
    result = CliRunner().invoke(app, ["diff", str(old), str(new), "--out", str(out)])
    assert result.exit_code == 1
    assert "changed 1" in result.output and "deadline" in result.output
    assert pd.read_json(out, dtype=str)["new"].tolist() == ["2025"]


# ---------------------------------------------------------------- end to end (real pipeline)

PLAN_V1 = """Middle Reaches of the Yangtze River: Industrial Cooperation Plan

The region will build a modern industrial system with distinctive regional characteristics.

The cities of Wuhan, Xiangyang, Zhuzhou and Nanchang will be the key bases for rail transit equipment.

An automobile industrial alliance of Wuhan, Changsha and Jindezhen will be formed.

Yichang will build a petrochemical industrial base.
"""

PLAN_V2 = """Middle Reaches of the Yangtze River: Industrial Cooperation Plan

The region will build a modern industrial system with distinctive regional characteristics.

The cities of Wuhan, Zhuzhou and Nanchang will be the key bases for rail transit equipment.

An automobile industrial alliance of Wuhan, Changsha, Jingdezhen and Hefei will be formed.

By 2025, Yichang will build a petrochemical industrial base.
"""

XIANGYANG, HEFEI, YICHANG, JINGDEZHEN = "420600", "340100", "420500", "360200"


@pytest.fixture(scope="module")
def plan_versions(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("plan")
    old, new = folder / "plan_v1.txt", folder / "plan_v2.txt"
    old.write_text(PLAN_V1, encoding="utf-8")
    new.write_text(PLAN_V2, encoding="utf-8")
    return old, new


def test_pipeline_extracts_the_facts_the_diff_relies_on(plan_versions, tmp_path):
    from policyextract.run import run_folder

    run_folder(plan_versions[0], tmp_path, on_error=pytest.fail)
    got = pd.read_parquet(tmp_path / "facts.parquet")
    keys = set(zip(got["place_id"], got["sector_id"]))
    assert {(XIANGYANG, "rail_transit_equipment"), (YICHANG, "petrochemicals"), (JINGDEZHEN, "automobiles")} <= keys
    jingdezhen = got[got["place_id"] == JINGDEZHEN].iloc[0]
    assert jingdezhen["place_text"] == "Jindezhen"
    assert pd.isna(got[got["place_id"] == YICHANG].iloc[0]["deadline"])


def test_new_plan_version_end_to_end(plan_versions):
    result = diff_outputs(*plan_versions)
    assert result.pairs == [DocumentPair("plan_v1.txt", "plan_v2.txt", "manual")]
    rows = result.changes.astype(object).where(result.changes.notna(), None)
    assert list(rows[["change", "place_id", "sector_id", "field", "old", "new"]].itertuples(index=False, name=None)) == [
        ("added", HEFEI, "automobiles", None, None, None),
        ("changed", YICHANG, "petrochemicals", "deadline", None, "2025"),
        ("removed", XIANGYANG, "rail_transit_equipment", None, None, None),
    ]
    assert set(rows["document"]) == {"plan_v2.txt"}


def test_new_plan_version_cli_exit_status(plan_versions):
    result = CliRunner().invoke(app, ["diff", *map(str, plan_versions)])
    assert result.exit_code == 1
    assert "added 1 removed 1 changed 1" in result.output


def test_identical_inputs_give_an_empty_diff():
    result = diff_outputs(SEEDS, SEEDS)
    assert result.changes.empty and not result.has_differences
    assert {p.how for p in result.pairs} == {"name"} and len(result.pairs) == len(list(SEEDS.glob("*.txt")))
    assert CliRunner().invoke(app, ["diff", str(SEEDS), str(SEEDS)]).exit_code == 0


def test_renamed_document_is_paired_by_similarity(tmp_path):
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    (old / "plan_v1.txt").write_text(PLAN_V1, encoding="utf-8")
    (new / "cooperation-plan-2025.txt").write_text(PLAN_V2, encoding="utf-8")
    seed = SEEDS / "000_cab9256134e1f121.txt"
    for folder in (old, new):
        (folder / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    result = diff_outputs(old, new)
    assert result.pairs == [
        DocumentPair(seed.name, seed.name, "name"),
        DocumentPair("plan_v1.txt", "cooperation-plan-2025.txt", "similarity"),
    ]
    assert not result.unpaired_old and not result.unpaired_new
    assert sorted(result.changes["change"]) == ["added", "changed", "removed"]
    output = CliRunner().invoke(app, ["diff", str(old), str(new)]).output
    assert "similarity" in output and "cooperation-plan-2025.txt" in output


@pytest.mark.parametrize(
    ("old_title", "new_title", "expected"),
    [
        ("Action Plan (2021-2025)", "Action Plan (2023-2027)", [("2025", "2027")]),  # the period moved
        ("Action Plan", "Action Plan (2023-2027)", [(None, "2027")]),  # the new version states one
        ("Action Plan (2021-2025)", "Action Plan (2021-2025)", []),
    ],
)
def test_a_changed_plan_period_is_one_document_row(tmp_path, old_title, new_title, expected):
    """Facts no longer carry the plan's period, so a revision that only moves it still shows."""
    body = "\n\nHefei will build a new-energy vehicle industrial cluster.\n"
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(f"Anhui NEV Cluster {old_title}{body}", encoding="utf-8")
    new.write_text(f"Anhui NEV Cluster {new_title}{body}", encoding="utf-8")
    rows = diff_outputs(old, new).changes
    rows = rows.astype(object).where(rows.notna(), None)
    assert list(rows[["change", "document", "place_id", "field", "old", "new"]].itertuples(index=False, name=None)) == [
        ("changed", "new.txt", None, "plan_period_end", old_end, new_end) for old_end, new_end in expected
    ]
    if expected:
        assert "whole document" in CliRunner().invoke(app, ["diff", str(old), str(new)]).output


def test_an_output_written_before_plan_periods_is_not_compared_on_them(tmp_path):
    from policyextract.run import run_folder

    text = "Anhui NEV Cluster Action Plan (2021-2025)\n\nHefei will build a new-energy vehicle industrial cluster.\n"
    (tmp_path / "plan.txt").write_text(text, encoding="utf-8")
    current, older = tmp_path / "current", tmp_path / "older"
    run_folder(tmp_path / "plan.txt", current)
    run_folder(tmp_path / "plan.txt", older)
    documents = pq.read_table(older / "documents.parquet")
    pq.write_table(documents.drop_columns(["plan_period_end"]), older / "documents.parquet")
    assert diff_outputs(older, current).changes.empty


def test_an_output_written_before_zones_is_compared_without_them(tmp_path):
    """Facts tables written before the `zone` column diff against new ones: a missing zone reads as none."""
    from policyextract.run import run_folder

    (tmp_path / "plan.txt").write_text("Plan\n\nHefei will build a new-energy vehicle industrial cluster.\n")
    current, older = tmp_path / "current", tmp_path / "older"
    run_folder(tmp_path / "plan.txt", current)
    run_folder(tmp_path / "plan.txt", older)
    table = pq.read_table(older / "facts.parquet")
    pq.write_table(table.drop_columns(["zone_id", "zone"]), older / "facts.parquet")
    assert diff_outputs(older, current).changes.empty
