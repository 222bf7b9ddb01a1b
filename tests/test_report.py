"""The HTML report: self-contained, escaped, deterministic, and working in a headless Chromium."""

import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest
from matplotlib.image import imread
from typer.testing import CliRunner

from policyextract.cli import app
from policyextract.load import load
from policyextract.report import Entity, Evidence, build_report, mark_up_text, write_report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (CI installs it in .ci/run)")


@pytest.fixture(scope="module")
def report(seeds_out, tmp_path_factory):
    return write_report(seeds_out, tmp_path_factory.mktemp("report") / "report.html")


@pytest.fixture(scope="module")
def html(report):
    return report.read_text(encoding="utf-8")


class _Collector(HTMLParser):
    """Every tag's attributes, to check links and ids."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _tags(html):
    collector = _Collector()
    collector.feed(html)
    return collector.tags


def test_no_external_resources(html):
    for tag, attrs in _tags(html):
        for name in ("src", "href"):
            value = attrs.get(name) or ""
            assert not re.match(r"\s*(https?:)?//", value), (tag, name, value[:80])
    assert not re.search(r"<link\b|@import|url\(\s*['\"]?https?:", html)


def test_figures_are_inline_pngs(html):
    images = [attrs["src"] for tag, attrs in _tags(html) if tag == "img"]
    assert len(images) == 2 and all(src.startswith("data:image/png;base64,") for src in images)


def test_every_fact_links_to_its_evidence_sentence(html, seeds_out):
    facts = load(seeds_out).facts
    tags = _tags(html)
    ids = {attrs.get("id") for _, attrs in tags}
    hrefs = {attrs.get("href") for tag, attrs in tags if tag == "a"}
    for fact_id in facts["fact_id"]:
        assert f"ev-{fact_id}" in ids and f"#ev-{fact_id}" in hrefs


def test_evidence_wrapper_holds_the_evidence_sentence(html, seeds_out):
    fact = load(seeds_out).facts.iloc[0]
    start = html.index(f'id="ev-{fact.fact_id}">')
    plain = re.sub(r"<span class=\"label\">[A-Z]+</span>|<[^>]+>", "", html[start : start + 20_000])
    assert plain.split(">", 1)[1].startswith(fact.evidence[:40].replace("&", "&amp;"))


def test_summary_counts(html, seeds_out):
    n_facts = len(load(seeds_out).facts)
    assert '<span class="number">5</span><span class="name">documents</span>' in html
    assert f'<span class="number">{n_facts}</span><span class="name">facts</span>' in html


def test_entities_highlighted_with_resolution_on_hover(html):
    labels = set(re.findall(r'<mark class="entity[^"]*" data-label="([A-Z]+)"', html))
    assert {"PLACE", "REGION", "SECTOR", "AGENCY", "YEAR"} <= labels
    assert re.search(r'<mark class="entity resolved" data-label="REGION"[^>]*title="→ Beijing-Tianjin-Hebei \(alias, score 100\)">Jing-Jin-Ji', html)


def test_text_is_escaped():
    text = "Hefei <script>alert(1)</script> & Heifei"
    entities = [Entity(31, 37, "PLACE", "Heifei", "Hefei", "fuzzy", 91.0)]
    marked = mark_up_text(text, entities, [Evidence(0, len(text), ("f1",))])
    assert "<script>" not in marked and "&lt;script&gt;" in marked and "&amp;" in marked
    assert 'title="→ Hefei (fuzzy, score 91)"' in marked and 'id="ev-f1"' in marked


def test_overlapping_sentences_and_entities_stay_well_formed():
    text = "Wuhan builds optics. Hefei builds chips."
    entities = [Entity(0, 5, "PLACE", "Wuhan", "Wuhan", "exact", 100.0)]
    sentences = [Evidence(0, 20, ("a", "b")), Evidence(21, 40, ("c",))]
    marked = mark_up_text(text, entities, sentences)
    assert marked.count("<span") == marked.count("</span>")
    assert re.sub(r"<span class=\"label\">PLACE</span>|<[^>]+>", "", marked) == text


def test_report_is_deterministic(seeds_out):
    tables = load(seeds_out)
    assert build_report(tables) == build_report(tables)


def test_report_command_default_path(seeds_out, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(seeds_out, out)
    result = CliRunner().invoke(app, ["report", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "report.html").is_file()
    assert CliRunner().invoke(app, ["report", str(tmp_path / "missing")]).exit_code == 2


def test_empty_run_still_reports(tmp_path):
    from policyextract.run import run_folder

    source = tmp_path / "in"
    source.mkdir()
    (source / "note.txt").write_text("Nothing about industry here.", encoding="utf-8")
    run_folder(source, tmp_path / "out")
    html = write_report(tmp_path / "out").read_text(encoding="utf-8")
    assert '<span class="number">0</span><span class="name">facts</span>' in html


@needs_chromium
def test_chromium_runs_the_script_and_renders_highlights(report, seeds_out, tmp_path):
    n_facts = len(load(seeds_out).facts)
    dom = subprocess.run(
        [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", report.as_uri()],
        capture_output=True, text=True, timeout=120, check=True,
    ).stdout
    assert f'<span id="fact-count">{n_facts} of {n_facts} facts shown</span>' in dom  # filled in by the script
    assert dom.count('<tr id="fact-') == n_facts
    assert dom.count('<mark class="entity') > 100


@needs_chromium
def test_chromium_screenshot_without_network_requests(report, seeds_out, tmp_path):
    n_facts = len(load(seeds_out).facts)
    playwright = pytest.importorskip("playwright.sync_api", reason="playwright not installed")
    requests: list[str] = []
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1280, "height": 2000})
        page.on("request", lambda request: requests.append(request.url))
        page.goto(report.as_uri())
        page.wait_for_load_state("load")
        assert page.locator("#facts-table tbody tr").count() == n_facts
        assert page.locator("mark.entity[data-label=PLACE]").count() > 10
        assert page.locator("#figures img").evaluate_all("imgs => imgs.every(i => i.naturalWidth > 0)")
        page.fill("#fact-filter", "Zhengzhou")
        shown = page.locator("#facts-table tbody tr:not([hidden])").count()
        assert 0 < shown < n_facts and page.inner_text("#fact-count") == f"{shown} of {n_facts} facts shown"
        page.fill("#fact-filter", "")
        page.click("#facts-table th:nth-child(9)")  # deadline, ascending: dated facts first
        assert page.locator("#facts-table tbody tr").first.locator("td").nth(8).inner_text().strip() != ""
        page.screenshot(path=str(tmp_path / "report.png"))
        browser.close()
    assert [url for url in requests if not url.startswith(("file:", "data:"))] == []
    image = imread(tmp_path / "report.png")
    assert image.shape[:2] == (2000, 1280) and image[..., :3].std() > 0.05
