"""READ stage: formats, encodings, sniffing, bad input and the seeds' titles and dates."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import pickle
from pathlib import Path

import pytest

from policyextract.read import ReadError, iter_input_files, read_document
from policyextract.read import document as document_module
from policyextract.read.metadata import find_date, guess_title

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
PLAN_SENTENCE = (
    "Hubei will build an optoelectronics industrial cluster in Wuhan by 2025, "
    "and Henan will develop electronics information in Zhengzhou."
)

ARTICLE_PAGE = f"""<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Central China cluster plan - Example News</title>
<meta property="og:title" content="Central China sets up industrial cluster bases">
<meta property="article:published_time" content="2021-11-05T09:30:00+08:00">
<script>var tracking = "SCRIPT_TEXT";</script>
<style>.x {{ color: red }}</style>
</head><body>
<header id="site-header"><div class="logo">Example News</div>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/china">NAV_CHINA_LINK</a></li></ul></nav>
</header>
<div class="menu-bar"><a href="/a">MENU_ITEM_ONE</a> <a href="/b">MENU_ITEM_TWO</a></div>
<div class="breadcrumb"><a href="/">Home</a> / <a href="/policy">CRUMB_POLICY</a></div>
<article>
  <h1>Central China sets up industrial cluster bases</h1>
  <p>The State Council issued a guideline on the central region on Thursday.</p>
  <p>{PLAN_SENTENCE}</p>
  <p>Anhui will strengthen new-energy vehicles in Hefei.<br>Jiangxi will focus on new materials.</p>
  <div class="share-buttons"><a href="#">SHARE_WECHAT</a></div>
</article>
<aside class="sidebar"><h3>SIDEBAR_POPULAR</h3><ul><li><a href="/x">Popular story</a></li></ul></aside>
<section id="comments"><h3>COMMENT_HEADING</h3>
  <form action="/comment"><label>Name</label><input name="n"><textarea>COMMENT_FORM_TEXT</textarea>
  <button>Submit</button></form>
  <div class="comment">COMMENT_BODY_TEXT was posted by a reader.</div>
</section>
<footer><p>FOOTER_COPYRIGHT 2021 Example News. All rights reserved.</p></footer>
</body></html>
"""
BOILERPLATE_MARKERS = (
    "SCRIPT_TEXT",
    "NAV_CHINA_LINK",
    "MENU_ITEM_ONE",
    "CRUMB_POLICY",
    "SHARE_WECHAT",
    "SIDEBAR_POPULAR",
    "COMMENT_HEADING",
    "COMMENT_FORM_TEXT",
    "COMMENT_BODY_TEXT",
    "FOOTER_COPYRIGHT",
    "color: red",
)

DIV_PAGE = """<html><head><title>Yangtze plan | Gov Portal</title></head><body>
<div id="nav"><a href="/">Home</a><a href="/n">News</a><a href="/p">Policies</a></div>
<div class="content"><div class="info">Updated: Feb 20, 2019</div>
<p>Wuhan, Changsha and Nanchang will build an equipment manufacturing base together.</p>
<p>The middle reaches city cluster is striving to build a base with worldwide influence.</p>
</div>
<div class="footer">Copyright FOOTER_TEXT. Contact us.</div>
</body></html>
"""

SEED_EXPECTATIONS = [
    ("000_cab9256134e1f121.txt", "China publishes guideline to help central regions set up industrial cluster bases", None),
    (
        "001_7d86ebdbefa529c3.txt",
        "China Issues Guideline on High-quality Development of Central Region for Catalyzing Economic Growth (Part 1/2)",
        "2021-11-05",
    ),
    ("002_513aef5028e67c49.txt", "Yangtze River middle reaches: Building competitive industrial clusters", "2019-02-20"),
    ("003_92246d45ece8fe47.txt", "China unveils world-class industrial cluster plan for Beijing-Tianjin-Hebei development", None),
    ("004_a833904ce3160797.txt", "Emerging Industrial Clusters Accelerate Development", "2019-02-14"),
]


def write(path: Path, data: bytes | str) -> Path:
    """Create `path` (and its folders) holding `data`; str is written as UTF-8."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def read_bytes_as(tmp_path: Path, name: str, data: bytes | str, **kwargs):
    """Write `data` to tmp_path/name and read it back as a SourceDocument."""
    return read_document(write(tmp_path / name, data), tmp_path, **kwargs)


def read_error(tmp_path: Path, name: str, data: bytes | str, **kwargs) -> ReadError:
    """Write `data` and return the ReadError that reading it raises."""
    with pytest.raises(ReadError) as caught:
        read_bytes_as(tmp_path, name, data, **kwargs)
    return caught.value


def text_pdf(*pages: str, title: str | None = None, created: dt.datetime | None = None) -> bytes:
    """A PDF with a real text layer, one page per argument (fpdf2)."""
    from fpdf import FPDF

    pdf = FPDF()
    if title:
        pdf.set_title(title)
    if created:
        pdf.set_creation_date(created)
    pdf.set_font("Helvetica", size=11)
    for page in pages:
        pdf.add_page()
        pdf.multi_cell(0, 7, page)
    return bytes(pdf.output())


def drawing_only_pdf() -> bytes:
    """A PDF whose only page content is a rectangle: what a scan without OCR looks like to a reader."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 80, 40)
    return bytes(pdf.output())


def word_docx(tmp_path: Path) -> bytes:
    """A DOCX with a title, body paragraphs and a table, made with python-docx."""
    import docx

    word = docx.Document()
    word.core_properties.title = "Guideline on the Central Region"
    word.core_properties.created = dt.datetime(2021, 11, 5, 8, 0, 0)
    word.add_heading("Guideline on the Central Region", level=1)
    word.add_paragraph(PLAN_SENTENCE)
    table = word.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Luoyang"
    table.cell(0, 1).text = "equipment manufacturing cluster"
    table.cell(1, 0).text = "Changsha"
    table.cell(1, 1).text = "construction machinery cluster"
    word.add_paragraph("Closing paragraph of the guideline.")
    path = tmp_path / "made.docx"
    word.save(path)
    return path.read_bytes()


# --- seeds ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "title", "published"), SEED_EXPECTATIONS)
def test_seed_title_and_date(name: str, title: str, published: str | None) -> None:
    source = read_document(SEEDS / name, SEEDS)
    assert (source.document, source.title, source.published) == (name, title, published)
    assert source.source_format == "text"
    assert source.sha256 == hashlib.sha256(source.text.encode("utf-8")).hexdigest()


def test_seed_text_is_the_file_text() -> None:
    path = SEEDS / SEED_EXPECTATIONS[1][0]
    assert read_document(path, SEEDS).text == path.read_text(encoding="utf-8")


# --- title and date heuristics -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published 2021-11-05 by Xinhua", "2021-11-05"),
        ("Updated: Feb 20, 2019 Print", "2019-02-20"),
        ("February 20, 2019", "2019-02-20"),
        ("20 Feb 2019", "2019-02-20"),
        ("Sept. 3rd, 2020", "2020-09-03"),
        ("2019年2月14日", "2019-02-14"),
        ("2019-02-30 is not a day", None),
        ("by the end of 2035", None),
        ("in April 2015", None),
        ("Feb 20, 19", None),  # no four-digit year: no date
        ("", None),
        ("Released on 3 March ２０２１", "2021-03-03"),  # any Unicode digits, as the date patterns take
    ],
)
def test_find_date(text: str, expected: str | None) -> None:
    assert find_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# Markdown title\n\nBody text follows here.", "Markdown title"),
        ("News\n\nHome > News > Policy\n\nWuhan plans a new optics valley cluster\n\nBody.", "Wuhan plans a new optics valley cluster"),
        ("This opening line is a full sentence that ends with a stop.\nMore.", None),
        ("Tel: 010-1234567\nCluster plan for Hebei\n\nBody text.", "Cluster plan for Hebei"),
        ("", None),
        # a short kicker label is replaced by a longer headline among the next three candidates
        ("Industry\n\nShare:\nThe Hubei optics cluster plan for Wuhan\n\nBody.", "The Hubei optics cluster plan for Wuhan"),
        ("Industry\nOne.\nTwo.\nThree.\nThe Hubei optics cluster plan for Wuhan", "Industry"),
        ("Industry", "Industry"),
    ],
)
def test_guess_title(text: str, expected: str | None) -> None:
    assert guess_title(text) == expected


# --- encodings -----------------------------------------------------------------------------

BILINGUAL = "湖北省武汉市光谷\nWuhan will build an optics valley cluster.\r\n河南郑州电子信息产业集群\r\nEnd.\n"


@pytest.mark.parametrize(
    ("label", "data"),
    [
        ("gb18030", BILINGUAL.encode("gb18030")),
        ("utf-16-le-bom", b"\xff\xfe" + BILINGUAL.encode("utf-16-le")),
        ("utf-16-be-bom", b"\xfe\xff" + BILINGUAL.encode("utf-16-be")),
        ("utf-8-bom", b"\xef\xbb\xbf" + BILINGUAL.encode("utf-8")),
        ("utf-8", BILINGUAL.encode("utf-8")),
    ],
)
def test_encodings_decode_to_the_same_text(tmp_path: Path, label: str, data: bytes) -> None:
    source = read_bytes_as(tmp_path, f"{label}.txt", data)
    assert source.text == BILINGUAL.replace("\r\n", "\n")
    assert source.title == "湖北省武汉市光谷"
    assert source.source_format == "text"


def test_gb18030_longer_text_with_rare_characters(tmp_path: Path) -> None:
    text = "中部地区高质量发展𠀀，河南郑州电子信息产业集群，洛阳装备制造。\nThe State Council approved the plan.\n" * 3
    assert read_bytes_as(tmp_path, "plan.txt", text.encode("gb18030")).text == text


def test_windows_1252_english_text(tmp_path: Path) -> None:
    text = "Café “cluster” plan – Zhengzhou\nThe plan covers electronics.\n"
    assert read_bytes_as(tmp_path, "cp.txt", text.encode("cp1252")).text == text


def test_same_text_same_hash_across_encodings(tmp_path: Path) -> None:
    first = read_bytes_as(tmp_path, "a.txt", BILINGUAL.encode("gb18030"))
    second = read_bytes_as(tmp_path, "b.txt", b"\xff\xfe" + BILINGUAL.encode("utf-16-le"))
    assert first.sha256 == second.sha256


# --- HTML ----------------------------------------------------------------------------------


def test_html_keeps_article_and_drops_boilerplate(tmp_path: Path) -> None:
    source = read_bytes_as(tmp_path, "page.html", ARTICLE_PAGE)
    assert source.source_format == "html"
    assert PLAN_SENTENCE in source.text
    for marker in BOILERPLATE_MARKERS:
        assert marker not in source.text, marker
    assert source.title == "Central China sets up industrial cluster bases"
    assert source.published == "2021-11-05"
    assert "\n\n" + PLAN_SENTENCE + "\n\n" in source.text
    assert "Hefei.\nJiangxi" in source.text


def test_html_without_semantic_tags(tmp_path: Path) -> None:
    source = read_bytes_as(tmp_path, "div.htm", DIV_PAGE)
    assert "equipment manufacturing base together" in source.text
    assert "FOOTER_TEXT" not in source.text and "Policies" not in source.text
    assert source.title == "Yangtze plan"
    assert source.published == "2019-02-20"


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ('<meta name="pubdate" content="2020-03-04">', "2020-03-04"),
        ('<script type="application/ld+json">{"@graph": [{"datePublished": "2020-03-05T01:00:00Z"}]}</script>', "2020-03-05"),
        ("", "2020-03-06"),
    ],
)
def test_html_published_sources(tmp_path: Path, head: str, published: str) -> None:
    page = (
        f"<html><head>{head}</head><body><article><time datetime='2020-03-06'>6 March</time>"
        f"<p>{PLAN_SENTENCE}</p></article></body></html>"
    )
    assert read_bytes_as(tmp_path, "p.html", page).published == published


@pytest.mark.parametrize(
    ("head", "body_top", "title"),
    [
        ('<meta property="og:title" content="OG headline"><title>Head title - Site</title>', "<h1>H1 headline</h1>", "OG headline"),
        ("<title>Head title - Site</title>", '<div class="logo"><h1>Example News</h1></div><h1>H1 headline</h1>', "H1 headline"),
        ("<title>Hubei optics valley plan | Example News</title>", "", "Hubei optics valley plan"),
        ("", "", None),
    ],
)
def test_html_title_sources(tmp_path: Path, head: str, body_top: str, title: str | None) -> None:
    page = f"<html><head>{head}</head><body>{body_top}<p>{PLAN_SENTENCE}</p></body></html>"
    assert read_bytes_as(tmp_path, "t.html", page).title == title


def test_html_title_is_prepended_when_missing_from_text(tmp_path: Path) -> None:
    page = f"<html><head><title>Hubei optics plan</title></head><body><p>{PLAN_SENTENCE}</p></body></html>"
    assert read_bytes_as(tmp_path, "t.html", page).text.startswith("Hubei optics plan\n\n")


def test_html_declared_charset(tmp_path: Path) -> None:
    page = f'<html><head><meta charset="gbk"><title>规划</title></head><body><p>湖北武汉 {PLAN_SENTENCE}</p></body></html>'
    source = read_bytes_as(tmp_path, "gbk.html", page.encode("gbk"))
    assert "湖北武汉" in source.text and source.title == "规划"


# --- PDF and DOCX --------------------------------------------------------------------------


def test_pdf_with_text_layer(tmp_path: Path) -> None:
    long_paragraph = " ".join([PLAN_SENTENCE] * 3)
    data = text_pdf(long_paragraph, "Second page about Luoyang.", title="Central Region Plan",
                    created=dt.datetime(2021, 11, 5, tzinfo=dt.timezone.utc))
    source = read_bytes_as(tmp_path, "plan.pdf", data)
    assert source.source_format == "pdf"
    assert PLAN_SENTENCE in source.text
    assert source.text.endswith("\n\nSecond page about Luoyang.\n")
    assert (source.title, source.published) == ("Central Region Plan", "2021-11-05")


def test_docx_paragraphs_tables_and_properties(tmp_path: Path) -> None:
    source = read_bytes_as(tmp_path, "plan.docx", word_docx(tmp_path))
    assert source.source_format == "docx"
    assert PLAN_SENTENCE in source.text
    assert "Luoyang | equipment manufacturing cluster" in source.text
    assert source.text.index("Changsha") < source.text.index("Closing paragraph")
    assert (source.title, source.published) == ("Guideline on the Central Region", "2021-11-05")


# --- content sniffing ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "source_format"),
    [
        ("page.txt", ARTICLE_PAGE, "html"),
        ("page", ARTICLE_PAGE, "html"),
        ("report", "pdf", "pdf"),
        ("report.txt", "pdf", "pdf"),
        ("plan.bin", "docx", "docx"),
        ("notes", "Plain notes about Wuhan clusters.\n", "text"),
        ("error-page.pdf", ARTICLE_PAGE, "html"),
    ],
)
def test_content_sniffing(tmp_path: Path, name: str, content: str, source_format: str) -> None:
    data = {"pdf": lambda: text_pdf(PLAN_SENTENCE), "docx": lambda: word_docx(tmp_path)}.get(
        content, lambda: content.encode("utf-8")
    )()
    assert read_bytes_as(tmp_path, name, data).source_format == source_format


# --- bad input -----------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"


@pytest.mark.parametrize(
    ("name", "data", "error_type"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\t\r\n  \n", "empty"),
        ("blank16.txt", b"\xff\xfe" + " \n \n".encode("utf-16-le"), "empty"),
        ("nul.txt", b"Wuhan\x00\x00\x01\x02 cluster\x00", "binary"),
        ("random.dat", bytes(range(256)) * 8, "binary"),
        ("controls.txt", b"Plan" + b"\x01\x02\x03\x04\x05\x06\x07\x08" * 4 + b" text", "binary"),
        ("image.png", PNG, "unsupported"),
        ("image.txt", PNG, "unsupported"),
        ("legacy.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "unsupported"),
        ("broken-utf8.txt", "Wuhan “optics valley” – 光谷 plan “clusters”\n".encode() * 2 + b"\xff\xfe more", "encoding"),
        ("scanned.pdf", "drawing", "pdf_no_text"),
        ("truncated.pdf", "truncated", "pdf_corrupt"),
        ("garbage.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 4 + b"\n%%EOF\n", "pdf_corrupt"),
        ("random.pdf", bytes(range(256)), "pdf_corrupt"),
        ("broken.docx", b"PK\x03\x04word/document.xml" + b"\x00" * 50, "docx_corrupt"),
        ("random.docx", bytes(range(256)), "docx_corrupt"),
        ("menu-only.html", "<html><body><nav><a href='/'>Home</a> <a href='/x'>News</a></nav><footer>(c) 2021</footer></body></html>", "html_empty"),
        ("script-only.html", "<html><head><script>var a = 1;</script></head><body></body></html>", "html_empty"),
    ],
)
def test_bad_input(tmp_path: Path, name: str, data: bytes | str, error_type: str) -> None:
    if data == "drawing":
        data = drawing_only_pdf()
    elif data == "truncated":
        full = text_pdf(PLAN_SENTENCE * 4)
        data = full[: len(full) * 2 // 3]
    error = read_error(tmp_path, name, data)
    assert error.error_type == error_type
    assert_one_line_naming(error, name)


def test_scanned_pdf_message(tmp_path: Path) -> None:
    error = read_error(tmp_path, "scan.pdf", drawing_only_pdf())
    assert str(error) == "scan.pdf: no text layer (scanned PDF?)"


def test_too_large_is_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(document_module, "open", _no_open, raising=False)
    error = read_error(tmp_path, "big.txt", "x" * 2000, max_bytes=1000)
    assert error.error_type == "too_large"
    assert_one_line_naming(error, "big.txt")


@pytest.mark.parametrize(
    ("size", "stat_size", "max_bytes", "expected"),
    [
        (10, 10, 100, 10),  # stat was right
        (50, 10, 100, 50),  # the file grew after stat: read on
        (150, 10, 100, 101),  # grew past the limit: one byte over, so the caller reports it
        (100, 100, 100, 100),
        (101, 100, 100, 101),
        (5, 10, 100, 5),  # shrank
    ],
)
def test_read_limited(size: int, stat_size: int, max_bytes: int, expected: int) -> None:
    import io

    data = bytes(range(256)) * 2
    assert document_module.read_limited(io.BytesIO(data[:size]), stat_size, max_bytes) == data[:expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a\r\nb\rc\n", "a\nb\nc\n"), ("a\nb", "a\nb"), ("\r\r\n", "\n\n"), ("", "")],
)
def test_normalise_newlines(text: str, expected: str) -> None:
    from policyextract.read.common import normalise_newlines

    assert normalise_newlines(text) == expected


@pytest.mark.parametrize(
    ("path", "root", "expected"),
    [
        ("in/region/plan.txt", "in", "region/plan.txt"),
        ("in/plan.txt", "in/plan.txt", "plan.txt"),  # a single-file input
        ("elsewhere/plan.txt", "in", "plan.txt"),
        ("in/plan.txt", "in/other.txt", "plan.txt"),
    ],
)
def test_document_name(tmp_path: Path, path: str, root: str, expected: str) -> None:
    write(tmp_path / "in" / "region" / "plan.txt", "x")
    write(tmp_path / "in" / "plan.txt", "x")
    write(tmp_path / "in" / "other.txt", "x")
    assert document_module.document_name(tmp_path / path, tmp_path / root) == expected


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as caught:
        read_document(tmp_path / "sub" / "gone.txt", tmp_path)
    assert caught.value.error_type == "not_found"
    assert str(caught.value).startswith("sub/gone.txt: ")


def test_folder_is_unsupported(tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    with pytest.raises(ReadError) as caught:
        read_document(tmp_path / "folder", tmp_path)
    assert caught.value.error_type == "unsupported"


def test_permission_denied_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "locked.txt", "Wuhan optics valley.")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(document_module, "open", denied, raising=False)
    with pytest.raises(ReadError) as caught:
        read_document(path, tmp_path)
    assert caught.value.error_type == "permission"
    assert_one_line_naming(caught.value, "locked.txt")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_permission_denied_real(tmp_path: Path) -> None:
    path = write(tmp_path / "locked.txt", "Wuhan optics valley.")
    path.chmod(0)
    try:
        with pytest.raises(ReadError) as caught:
            read_document(path, tmp_path)
    finally:
        path.chmod(0o644)
    assert caught.value.error_type == "permission"


def test_symlink_loop_file(tmp_path: Path) -> None:
    (tmp_path / "self").symlink_to(tmp_path / "self")
    with pytest.raises(ReadError) as caught:
        read_document(tmp_path / "self", tmp_path)
    assert caught.value.error_type == "symlink_loop"


def test_error_is_one_line_and_pickles() -> None:
    error = ReadError("a/b.txt", "encoding", "bad byte\nat offset 3")
    assert str(error) == "a/b.txt: bad byte at offset 3"
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.path, copy.error_type, copy.message) == (error.path, error.error_type, error.message)
    assert error.to_document_error().stage == "read"


def test_unknown_error_type_is_refused() -> None:
    with pytest.raises(ValueError):
        ReadError("a.txt", "weird", "message")


def assert_one_line_naming(error: ReadError, name: str) -> None:
    """The contract for every ReadError message: '<document path>: <reason>' on one line."""
    message = str(error)
    assert "\n" not in message
    assert message.startswith(f"{name}: ") and len(message) > len(name) + 3


def _no_open(*args, **kwargs):
    raise AssertionError("the file was opened before its size was checked")


# --- iter_input_files ----------------------------------------------------------------------


def make_tree(root: Path) -> None:
    """A small input folder with nesting, hidden entries, a lock file and an output folder."""
    for name in ("b.txt", "a.txt", "sub/z.txt", "sub/deeper/y.md", "A-upper.txt", "noext"):
        write(root / name, f"{name} text")
    write(root / ".hidden.txt", "hidden")
    write(root / ".git" / "config", "hidden folder")
    write(root / "~$plan.docx", b"lock")
    write(root / "out" / "facts.parquet", b"PAR1")


def relative_names(root: Path, items) -> list[str]:
    return [item.relative_to(root).as_posix() if isinstance(item, Path) else f"ERROR:{item}" for item in items]


def test_iter_input_files_sorted_and_filtered(tmp_path: Path) -> None:
    make_tree(tmp_path)
    names = relative_names(tmp_path, iter_input_files(tmp_path, exclude=[tmp_path / "out"]))
    assert names == ["A-upper.txt", "a.txt", "b.txt", "noext", "sub/deeper/y.md", "sub/z.txt"]


def test_iter_input_files_is_deterministic(tmp_path: Path) -> None:
    make_tree(tmp_path)
    first = relative_names(tmp_path, iter_input_files(tmp_path))
    assert first == relative_names(tmp_path, iter_input_files(tmp_path))
    assert "out/facts.parquet" in first


def test_iter_single_file(tmp_path: Path) -> None:
    path = write(tmp_path / "one.txt", "Wuhan optics valley cluster.")
    assert list(iter_input_files(path)) == [path]
    assert read_document(path, path).document == "one.txt"


def test_iter_missing_input(tmp_path: Path) -> None:
    (item,) = iter_input_files(tmp_path / "nope")
    assert isinstance(item, ReadError) and item.error_type == "not_found"


def test_iter_reports_symlink_loops(tmp_path: Path) -> None:
    write(tmp_path / "docs" / "plan.txt", "Plan text.")
    (tmp_path / "docs" / "back").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "self").symlink_to(tmp_path / "self")
    (tmp_path / "zz-alias").symlink_to(tmp_path / "docs", target_is_directory=True)
    items = list(iter_input_files(tmp_path))
    errors = sorted((item.path, item.error_type) for item in items if isinstance(item, ReadError))
    files = [item.relative_to(tmp_path).as_posix() for item in items if isinstance(item, Path)]
    assert errors == [("docs/back", "symlink_loop"), ("self", "symlink_loop")]
    assert files == ["docs/plan.txt"]


def test_document_paths_use_forward_slashes(tmp_path: Path) -> None:
    path = write(tmp_path / "region" / "central" / "plan.txt", "Wuhan optics valley cluster.")
    assert read_document(path, tmp_path).document == "region/central/plan.txt"


def test_control_character_count_matches_unicode_category_cc():
    """Exactly the Cc code points outside the allowed whitespace count, one each, also side by side."""
    import unicodedata

    from policyextract.read import text as text_module

    everything = list(map(chr, range(0x110000)))
    counted = {ch for ch in everything if text_module.count_control_characters(ch)}
    expected = {
        ch for ch in everything if unicodedata.category(ch) == "Cc" and ch not in text_module._ALLOWED_CONTROLS
    }
    assert counted == expected
    assert text_module.count_control_characters("".join(everything)) == len(expected)


@pytest.mark.parametrize(
    "text, count",
    [
        ("", 0),
        ("plain text\twith\ttabs\r\nand\x1b[0m escapes\f\v", 0),
        ("\x00\x01\x7f", 3),
        ("\x80\x9f\xa0\xc2\xbf", 2),  # C1 controls count; NBSP, Â and ¿ (also \xc2 in UTF-8) do not
        ("中文\x85é\ud800\x07", 2),
    ],
)
def test_count_control_characters(text: str, count: int) -> None:
    from policyextract.read.text import count_control_characters

    assert count_control_characters(text) == count


@pytest.mark.parametrize("controls, rejected", [(10, False), (11, True)])
def test_control_share_threshold(controls, rejected):
    """More than 1% control characters is binary; exactly 1% still reads (C1 controls count too)."""
    from policyextract.read.text import decode_text

    text = "\x85" * controls + "a" * (1000 - controls)
    if rejected:
        with pytest.raises(ReadError, match="control characters"):
            decode_text(text.encode("utf-8"), "doc.txt")
    else:
        assert decode_text(text.encode("utf-8"), "doc.txt") == text


def test_breadcrumb_check_needs_a_separator():
    from policyextract.read.metadata import is_breadcrumb

    assert is_breadcrumb("Home > News > Content")
    assert is_breadcrumb("Home /NUA in China /Regional Plans")
    assert not is_breadcrumb("No separators in this line at all")
    assert not is_breadcrumb("关于印发长三角地区先进制造业集群发展规划的通知")
