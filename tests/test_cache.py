"""Incremental and interrupted runs: the cache under OUT/.cache must never change what is written."""

import os
import json
import shutil
import signal
import subprocess
import sys
import time
import zlib

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from conftest import SEEDS
from policyextract import cache as cache_module
from policyextract import run as run_module
from policyextract.cli import app
from policyextract.nlp.pipeline import DEFAULT_CONFIG, load_pipeline
from policyextract.run import run_folder
from policyextract.schema import TABLES

runner = CliRunner()
HOUR_NS = 3600 * 10**9


def write_corpus(folder, n, first=0):
    """`n` small, distinct plan-like documents made of three seed paragraphs each."""
    paragraphs = [p for seed in sorted(SEEDS.glob("*.txt")) for p in seed.read_text().split("\n\n") if p.strip()]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(first, first + n):
        picked = [paragraphs[(i * 3 + k) % len(paragraphs)] for k in range(3)]
        (folder / f"plan_{i:03d}.txt").write_text(f"Plan number {i}\n\n" + "\n\n".join(picked) + "\n")
    return folder


def age_files(folder):
    """Back-date every file so the manifest may trust its stat (no racy-timestamp re-hash)."""
    past = time.time_ns() - HOUR_NS
    for path in folder.rglob("*"):
        os.utime(path, ns=(past, past))


def assert_same_tables(out, expected):
    for name in TABLES:
        assert pq.read_table(out / f"{name}.parquet").equals(pq.read_table(expected / f"{name}.parquet")), name


def full_run(folder, out, batch_size=run_module.BATCH_SIZE):
    """What a run with no cache writes: the reference every incremental run must equal.

    Same batch size, since dictionary columns are encoded per row group.
    """
    return run_folder(folder, out, force=True, progress=False, batch_size=batch_size)


def entries(out):
    """Every entry in the cache's packs: name -> where it is."""
    return cache_module.read_index(out / ".cache" / "entries")


def packs(out):
    return sorted((out / ".cache" / "entries").glob("*" + cache_module.PACK_SUFFIX))


def replace_entry(out, name, data):
    """Rewrite the pack holding entry `name` with `data` in its place (the other entries unchanged)."""
    pack = entries(out)[name].pack
    inside = sorted((n, loc) for n, loc in entries(out).items() if loc.pack == pack)
    cache_module.write_pack(pack, [(n, data if n == name else cache_module.read_entry(loc)) for n, loc in inside])


@pytest.fixture
def corpus(tmp_path):
    return write_corpus(tmp_path / "in", 8)


def test_rerun_with_one_new_file_processes_only_that_file(corpus, tmp_path):
    out = tmp_path / "out"
    first = run_folder(corpus, out)
    assert (first.n_processed, first.n_cached) == (8, 0)
    write_corpus(corpus, 1, first=8)
    second = run_folder(corpus, out)
    assert (second.n_documents, second.n_processed, second.n_cached) == (9, 1, 8)
    full_run(corpus, tmp_path / "full")
    assert_same_tables(out, tmp_path / "full")


def test_unchanged_files_are_neither_hashed_nor_read_again(corpus, tmp_path, monkeypatch):
    age_files(corpus)
    run_folder(corpus, tmp_path / "out")

    def must_not_run(*args, **kwargs):
        raise AssertionError("an unchanged file was opened")

    monkeypatch.setattr(cache_module, "file_sha256", must_not_run)
    monkeypatch.setattr(run_module, "read_document", must_not_run)
    summary = run_folder(corpus, tmp_path / "out")
    assert (summary.n_processed, summary.n_cached, summary.errors) == (0, 8, ())


def test_changed_file_is_processed_again(corpus, tmp_path):
    out = tmp_path / "out"
    run_folder(corpus, out)
    changed = corpus / "plan_003.txt"
    changed.write_text(changed.read_text() + "\nHefei will build a new display industrial cluster by 2027.\n")
    summary = run_folder(corpus, out)
    assert (summary.n_processed, summary.n_cached) == (1, 7)
    full_run(corpus, tmp_path / "full")
    assert_same_tables(out, tmp_path / "full")


def test_removed_file_disappears_from_tables_and_cache(corpus, tmp_path):
    out = tmp_path / "out"
    run_folder(corpus, out)
    (corpus / "plan_005.txt").unlink()
    summary = run_folder(corpus, out)
    assert (summary.n_documents, summary.n_processed, summary.n_cached) == (7, 0, 7)
    assert "plan_005.txt" not in pq.read_table(out / "documents.parquet").column("document").to_pylist()
    manifest = json.loads((out / ".cache" / "manifest.json").read_text())
    assert "plan_005.txt" not in manifest["documents"] and len(manifest["documents"]) == 7
    full_run(corpus, tmp_path / "full")
    assert_same_tables(out, tmp_path / "full")


def test_runs_write_one_pack_per_batch(corpus, tmp_path):
    out = tmp_path / "out"
    run_folder(corpus, out, batch_size=3)
    assert len(packs(out)) == 3 and len(entries(out)) == 8  # 3 + 3 + 2 documents
    assert not [p for p in (out / ".cache" / "entries").iterdir() if p not in packs(out)]  # no temporary files left


def test_mostly_dead_packs_are_rewritten_and_dead_ones_deleted(corpus, tmp_path):
    """A pack keeps a removed file's entry while most of the pack is live; once most of it is dead,
    its live entries move to a new pack, so the cache stays within about twice what it holds."""
    out = tmp_path / "out"
    run_folder(corpus, out, batch_size=4)  # packs of plan_000-003 and plan_004-007
    (tmp_path / "stray.zst").write_bytes(b"old format")
    os.replace(tmp_path / "stray.zst", out / ".cache" / "entries" / "stray.zst")
    (corpus / "plan_001.txt").unlink()  # 3 of 4 live: kept as it is
    for name in ("plan_004.txt", "plan_005.txt", "plan_006.txt", "plan_007.txt"):  # none live: deleted
        (corpus / name).unlink()
    first = packs(out)[0]
    summary = run_folder(corpus, out, batch_size=4)
    assert (summary.n_processed, summary.n_cached) == (0, 3)
    assert packs(out) == [first] and len(entries(out)) == 4
    (corpus / "plan_002.txt").unlink()  # 2 of 4 live: not fewer than half, kept
    run_folder(corpus, out, batch_size=4)
    assert packs(out) == [first]
    (corpus / "plan_003.txt").unlink()  # 1 of 4 live: moved to a new pack
    summary = run_folder(corpus, out, batch_size=4)
    assert (summary.n_processed, summary.n_cached) == (0, 1)
    assert len(packs(out)) == 1 and packs(out) != [first] and len(entries(out)) == 1
    full_run(corpus, tmp_path / "full", batch_size=4)
    assert_same_tables(out, tmp_path / "full")
    summary = run_folder(corpus, out, batch_size=4)
    assert (summary.n_processed, summary.n_cached) == (0, 1)


def test_renamed_identical_file_keeps_its_rows_under_the_new_name(corpus, tmp_path):
    out = tmp_path / "out"
    run_folder(corpus, out)
    (corpus / "plan_002.txt").rename(corpus / "renamed.txt")
    run_folder(corpus, out)
    documents = pq.read_table(out / "facts.parquet").column("document").to_pylist()
    assert "renamed.txt" in documents and "plan_002.txt" not in documents
    full_run(corpus, tmp_path / "full")
    assert_same_tables(out, tmp_path / "full")


def test_changed_pipeline_config_invalidates_the_cache(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run_folder(corpus, out)
    copy = tmp_path / "pipeline.cfg"
    copy.write_bytes(DEFAULT_CONFIG.read_bytes() + b"#")
    monkeypatch.setenv("POLICYEXTRACT_PIPELINE", str(copy))
    load_pipeline.cache_clear()
    try:
        summary = run_folder(corpus, out)
    finally:
        monkeypatch.undo()
        load_pipeline.cache_clear()
    assert (summary.n_processed, summary.n_cached) == (8, 0)
    assert len(entries(out)) == 8  # the previous version's pack is gone


@pytest.mark.parametrize("part, changed", [("gazetteer_versions", ("other",)), ("code_version", "other")])
def test_changed_gazetteer_or_code_invalidates_the_cache(corpus, tmp_path, monkeypatch, part, changed):
    out = tmp_path / "out"
    run_folder(corpus, out)
    monkeypatch.setattr(cache_module, part, lambda *args: changed)
    summary = run_folder(corpus, out)
    assert (summary.n_processed, summary.n_cached) == (8, 0)


def entry_json(raw):
    """The JSON line of an uncompressed entry, decoded, and the text that follows it."""
    header, text = raw.split(b"\n", 1)
    return json.loads(header), text


def entry_from_json(data, text):
    return cache_module.compress_entry(json.dumps(data).encode() + b"\n" + text)


_MENTIONS, _FACTS = 5, 6  # an entry's header: format, source, issuers, horizon years, plan period end, mentions, facts


def test_entry_of_another_format_is_processed_again(corpus, tmp_path):
    """An entry that is whole but not this format (the previous release's zlib-compressed JSON, an
    older format tag, a shorter column) is a miss."""
    out = tmp_path / "out"
    run_folder(corpus, out)
    found = entries(out)
    decoded = {name: entry_json(cache_module.decompress_entry(cache_module.read_entry(found[name]))) for name in found}
    # entry names hash the code version, so their order changes with the code: pick by content
    shorter = next(name for name, (data, _) in sorted(decoded.items()) if data[_MENTIONS])  # an entry with mentions
    previous, older = [name for name in sorted(decoded) if name != shorter][:2]
    data, text = decoded[previous]
    data[0], data[1][cache_module._TEXT] = 2, text.decode()
    replace_entry(out, previous, zlib.compress(json.dumps(data).encode(), 1))
    data, text = decoded[older]
    data[0] = 2
    replace_entry(out, older, entry_from_json(data, text))
    data, text = decoded[shorter]
    data[_MENTIONS][0] = data[_MENTIONS][0][:-1]  # one mention start fewer than the other columns
    replace_entry(out, shorter, entry_from_json(data, text))
    summary = run_folder(corpus, out)
    assert (summary.n_processed, summary.n_cached) == (3, 5)
    full_run(corpus, tmp_path / "full")
    assert_same_tables(out, tmp_path / "full")


def test_force_processes_everything_again(corpus, tmp_path):
    out = tmp_path / "out"
    run_folder(corpus, out)
    summary = run_folder(corpus, out, force=True)
    assert (summary.n_processed, summary.n_cached) == (8, 0)


def test_damaged_cache_entry_is_processed_again(corpus, tmp_path):
    out = tmp_path / "out"
    run_folder(corpus, out)
    replace_entry(out, sorted(entries(out))[0], b"{not json")
    summary = run_folder(corpus, out)
    assert (summary.n_processed, summary.n_cached) == (1, 7)
    full_run(corpus, tmp_path / "full")
    assert_same_tables(out, tmp_path / "full")


@pytest.mark.parametrize(
    "damage",
    [lambda data: b"", lambda data: data[:20], lambda data: data[:-1], lambda data: b"PXPACK0\n" + data[8:]],
    ids=["empty", "index cut short", "last entry cut short", "other magic"],
)
def test_damaged_pack_is_processed_again(corpus, tmp_path, damage):
    """A pack whose index is unreadable counts as empty, and an entry it cuts short is a miss."""
    out = tmp_path / "out"
    run_folder(corpus, out, batch_size=4)
    second = packs(out)[1]
    second.write_bytes(damage(second.read_bytes()))
    summary = run_folder(corpus, out, batch_size=4)
    assert summary.n_processed in (1, 4) and summary.n_processed + summary.n_cached == 8
    full_run(corpus, tmp_path / "full", batch_size=4)
    assert_same_tables(out, tmp_path / "full")


def test_worker_pool_rerun_matches_a_full_run(corpus, tmp_path):
    out = tmp_path / "out"
    run_folder(corpus, out)
    write_corpus(corpus, 3, first=8)
    summary = run_folder(corpus, out, jobs=2)
    assert (summary.n_processed, summary.n_cached) == (3, 8)
    full_run(corpus, tmp_path / "full")
    assert_same_tables(out, tmp_path / "full")


def test_interrupted_run_resumes_without_lost_or_duplicated_rows(tmp_path, monkeypatch):
    corpus = write_corpus(tmp_path / "in", 4)
    out = tmp_path / "out"
    run_folder(corpus, out)
    before = {name: pq.read_table(out / f"{name}.parquet") for name in TABLES}
    write_corpus(corpus, 8, first=4)
    real_process_path, calls = run_module.process_path, []

    def fail_after_three(*args):
        calls.append(args)
        if len(calls) > 3:
            raise KeyboardInterrupt
        return real_process_path(*args)

    monkeypatch.setattr(run_module, "process_path", fail_after_three)
    with pytest.raises(KeyboardInterrupt):
        run_folder(corpus, out, batch_size=2)
    monkeypatch.undo()
    for name, table in before.items():
        assert pq.read_table(out / f"{name}.parquet").equals(table), name
    summary = run_folder(corpus, out, batch_size=2)
    assert (summary.n_processed, summary.n_cached) == (5, 7)
    full_run(corpus, tmp_path / "full", batch_size=2)
    assert_same_tables(out, tmp_path / "full")


def test_killed_run_resumes_without_lost_or_duplicated_rows(tmp_path):
    """SIGKILL a real run once its first cache entries exist; the re-run must equal a clean run."""
    corpus = write_corpus(tmp_path / "in", 10)
    out = tmp_path / "out"
    run_folder(corpus, out)
    before = {name: pq.read_table(out / f"{name}.parquet") for name in TABLES}
    write_corpus(corpus, 50, first=10)
    shutil.rmtree(out / ".cache")
    code = "import sys; from policyextract.run import run_folder; run_folder(sys.argv[1], sys.argv[2], batch_size=2)"
    process = subprocess.Popen([sys.executable, "-c", code, str(corpus), str(out)], stderr=subprocess.DEVNULL)
    wait_for_entries(out, process)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    left = entries(out)
    assert 0 < len(left) < 60
    assert all(cache_module.decode_entry(cache_module.read_entry(location)) for location in left.values())
    for name, table in before.items():
        assert pq.read_table(out / f"{name}.parquet").equals(table), name
    summary = run_folder(corpus, out, batch_size=2)
    assert summary.n_processed + summary.n_cached == 60 and not summary.errors
    full_run(corpus, tmp_path / "full", batch_size=2)
    assert_same_tables(out, tmp_path / "full")
    assert len(entries(out)) == 60


def wait_for_entries(out, process, timeout=120.0):
    """Poll until the running process has committed its first pack of cache entries."""
    deadline = time.monotonic() + timeout
    while not entries(out):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"the run ended or stalled before writing a cache pack (exit {process.returncode})")
        time.sleep(0.005)


def test_cli_summary_says_how_many_came_from_cache(corpus, tmp_path):
    out = tmp_path / "out"
    assert runner.invoke(app, ["run", str(corpus), "--out", str(out), "--quiet"]).exit_code == 0
    write_corpus(corpus, 1, first=8)
    result = runner.invoke(app, ["run", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "9 documents, 1 processed, 8 from cache, 0 errors" in result.stderr
    result = runner.invoke(app, ["run", str(corpus), "--out", str(out), "--force"])
    assert "9 processed, 0 from cache" in result.stderr


def test_entry_round_trips_a_result_exactly():
    from conftest import make_source
    from policyextract.run import process_document

    seed = sorted(SEEDS.glob("*.txt"))[1]
    result = process_document(make_source(seed.read_text(), name=seed.name))
    assert result.facts and result.mentions
    back = cache_module.decode_entry(cache_module.encode_entry(result))
    assert back == result
    for new, old in zip((back.source, *back.mentions, *back.facts), (result.source, *result.mentions, *result.facts)):
        assert vars(new) == vars(old) and list(vars(new)) == list(vars(old)) and hash(new) == hash(old)
        assert [type(v) for v in vars(new).values()] == [type(v) for v in vars(old).values()]


def test_entry_round_trips_text_that_is_not_the_span():
    """Mention text and evidence are stored by offsets only when they equal the text's slice."""
    import dataclasses

    from conftest import make_source
    from policyextract.run import process_document

    seed = sorted(SEEDS.glob("*.txt"))[1]
    result = process_document(make_source(seed.read_text(), name=seed.name))
    changed = dataclasses.replace(
        result,
        mentions=(dataclasses.replace(result.mentions[0], text="other"), *result.mentions[1:]),
        facts=(*result.facts[:-1], dataclasses.replace(result.facts[-1], evidence="elsewhere")),
    )
    for each in (result, changed):
        assert cache_module.decode_entry(cache_module.encode_entry(each)) == each
    evidence, text = cache_module._FACT_SPAN[0], cache_module._MENTION_SPAN[0]
    stored, _ = entry_json(cache_module.result_to_bytes(result))
    assert stored[_MENTIONS][text] is None and stored[_FACTS][evidence] is None
    stored, _ = entry_json(cache_module.result_to_bytes(changed))
    assert stored[_MENTIONS][text][0] == "other" and stored[_FACTS][evidence][-1] == "elsewhere"


def test_entry_round_trips_empty_mentions_and_facts():
    from conftest import make_source
    from policyextract.model import DocumentResult

    result = DocumentResult(make_source("No plan here.\n", name="empty.txt"), (), (), (), ())
    assert cache_module.decode_entry(cache_module.encode_entry(result)) == result


def odd_result(text):
    """A result whose strings hold what could trip the entry layout: newlines, quotes, non-ASCII."""
    from conftest import make_source
    from policyextract.model import DocumentResult, Fact, Mention

    source = make_source(text, name="odd\nname.txt", title='a "title"\nover two lines')
    span = Mention(0, len(text), text, "PLACE", 0, "130629", "Rongcheng", "suffix", 100.0, None, None)
    other = Mention(0, 1, "not\nthe span", "YEAR", 1, None, None, "rule", None, "end\n", 2027)
    fact = Fact(
        doc_id=source.doc_id, document=source.document, fact_id="f\n1", place_id="130629", place="Rongcheng",
        place_level="county", place_text="Róngchéng\n", province=None, city="保定", zone_id="zone:130629/x\nzone",
        zone="X\n Zone", sector_id="x", sector="X", sector_text="x", cluster=None, cluster_kind="base", deadline=None, deadline_scope=None, evidence=text,
        start=0, end=len(text), confidence=0.1 + 0.2,
    )
    return DocumentResult(source, ("issuer\n",), (2027,), (span, other), (fact,), 2025)


@pytest.mark.parametrize(
    "text",
    ["", "\n", "\nafter a newline", "before a newline\n", 'quotes " and \\ backslashes\r\n', "中文 🏭 \u2028 \0 end"],
)
def test_entry_round_trips_any_text(text):
    """The text follows the JSON line raw: newlines and odd characters in it or in the JSON strings are kept."""
    result = odd_result(text)
    back = cache_module.decode_entry(cache_module.encode_entry(result))
    assert back == result and back.mentions[1].text == "not\nthe span"


def test_entry_is_a_zstd_stream():
    """The header is a skippable frame, so any zstd decoder reads an entry (`zstd -dc` for a look)."""
    result = odd_result("Hefei\n")
    raw = cache_module.result_to_bytes(result)
    data = cache_module.encode_entry(result)
    assert cache_module._CODEC.decompress(data, decompressed_size=len(raw), asbytes=True) == raw


def with_header(data, *, size_change=0, crc_change=0):
    """The entry with its header's uncompressed size or checksum changed."""
    magic, length, size, crc = cache_module._HEADER.unpack_from(data)
    header = cache_module._HEADER.pack(magic, length, size + size_change, (crc + crc_change) % 2**32)
    return header + data[cache_module._HEADER.size :]


def flip(data, at):
    return data[:at] + bytes([data[at] ^ 1]) + data[at + 1 :]


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: data[:10],
        lambda data: data[:-1],
        lambda data: data + b"\0",
        lambda data: flip(data, 0),
        lambda data: flip(data, len(data) // 2),
        lambda data: flip(data, len(data) - 1),
        lambda data: with_header(data, size_change=1),
        lambda data: with_header(data, size_change=-1),
        lambda data: with_header(data, size_change=2**40),
        lambda data: with_header(data, crc_change=1),
        lambda data: zlib.compress(cache_module.result_to_bytes(odd_result("Hefei\n")), 1),
    ],
    ids=["empty", "header only", "truncated", "extra byte", "magic", "middle", "last byte"]
    + ["size +1", "size -1", "size huge", "checksum", "zlib like format 2"],
)
def test_damaged_entry_raises_and_is_a_miss(tmp_path, damage):
    data = damage(cache_module.encode_entry(odd_result("Hefei\n")))
    with pytest.raises(Exception):
        cache_module.decode_entry(data)
    name = "0" * 40
    entries_dir = tmp_path / "out" / ".cache" / "entries"
    entries_dir.mkdir(parents=True)
    cache_module.write_pack(entries_dir / ("1" + cache_module.PACK_SUFFIX), [(name, data)])
    slot = cache_module.Slot("odd\nname.txt", cache_module.FileState(1, 1, "sha"), name, True)
    assert cache_module.ResultCache(tmp_path / "out", "v").load(slot) is None


def test_store_makes_the_entries_folder_when_it_is_missing(tmp_path):
    """The folder is made by the first pack, and again if it went missing during the run."""
    cache = cache_module.ResultCache(tmp_path / "out", "v", pack_entries=1)
    result = odd_result("Hefei\n")
    for name in ("first", "second"):
        state = cache_module.FileState(1, 1, name)
        slot = cache_module.Slot(result.source.document, state, name.ljust(40, "0"), False)
        cache.store(slot, result)
        assert cache.load(slot) == result
        shutil.rmtree(cache.entries)


def test_entries_wait_for_a_whole_pack_or_the_end_of_the_run(tmp_path):
    cache = cache_module.ResultCache(tmp_path / "out", "v", pack_entries=2)
    result = odd_result("Hefei\n")
    slots = [cache_module.Slot(result.source.document, cache_module.FileState(1, 1, str(i)), f"{i:040d}", False)
             for i in range(3)]
    cache.store(slots[0], result)
    assert not cache.entries.exists()
    cache.store(slots[1], result)
    assert len(cache_module.read_index(cache.entries)) == 2
    cache.store(slots[2], result)
    cache.save(complete=False)
    again = cache_module.ResultCache(tmp_path / "out", "v")
    assert [again.load(slot) for slot in slots] == [result] * 3
