"""Text rendering draws real glyphs for every script the studio sells in, shaped and ordered."""

import logging
import shutil

import cv2
import numpy as np
import pytest

from studio.processing.text import (
    FONTS_ENV,
    FontFinder,
    TextRenderer,
    default_renderer,
    font_dirs,
    render_text,
    text_size,
)

SAMPLES = {
    "zh": "真丝围巾春季新款",
    "ja": "抹茶ティーセット",
    "th": "ครีมกันแดดขนาดพกพา",
    "vi": "Cà phê phin Đà Lạt",
    "ar": "عطر العود الفاخر",
}


def _ink(image: np.ndarray) -> np.ndarray:
    """The alpha channel cropped to its ink, so glyphs compare regardless of advance."""
    alpha = image[..., 3]
    ys, xs = np.nonzero(alpha > 40)
    return alpha[ys.min():ys.max() + 1, xs.min():xs.max() + 1]


def _notdef() -> np.ndarray:
    # U+FFFF is a noncharacter: no font has it, so this is the "tofu" box.
    return _ink(render_text("\uffff", 40))


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_every_script_renders_real_distinct_glyphs(language):
    text = SAMPLES[language]
    image = render_text(text, 40, (0, 0, 0, 255))
    assert image.dtype == np.uint8 and image.shape[2] == 4
    assert (image[..., 3] > 128).sum() > 200  # plenty of ink
    tofu = _notdef()
    letters = [c for c in dict.fromkeys(text) if not c.isspace()]
    glyphs = []
    for char in letters:
        ink = _ink(render_text(char, 40))
        assert ink.shape != tofu.shape or not np.array_equal(ink, tofu), f"{char!r} is tofu"
        glyphs.append(ink.tobytes() + bytes(ink.shape))
    # Different letters must look different (a missing font draws the same box for all).
    assert len(set(glyphs)) >= len(letters) - 1


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_each_run_uses_a_font_that_has_its_letters(language):
    runs = default_renderer().runs(SAMPLES[language])
    for run in runs:
        for char in run.text:
            if char.isalpha():
                assert run.face.covers(char), (char, run.face.name)


def test_mixed_title_picks_one_font_per_script():
    runs = default_renderer().runs("ครีมกันแดด SPF50 抹茶")
    names = [run.face.name for run in runs]
    assert names == ["Noto Sans Thai", "Noto Sans", "Noto Sans CJK"]


def _pieces(image: np.ndarray) -> int:
    count, _ = cv2.connectedComponents((image[..., 3] > 100).astype(np.uint8))
    return count - 1  # minus the background


def test_arabic_letters_join():
    word = "عطر"  # three joining letters without dots
    joined = text_size(word, 40)[0]
    isolated = sum(text_size(char, 40)[0] for char in word)
    assert joined != isolated  # contextual forms (initial/medial/final) differ in width
    assert _pieces(render_text(word, 40)) == 1  # shaped: one connected stroke
    assert sum(_pieces(render_text(char, 40)) for char in word) == 3


def _x_of(needle: str, haystack: np.ndarray) -> int:
    template = render_text(needle, 40)[..., 3]
    scores = cv2.matchTemplate(haystack[..., 3], template, cv2.TM_CCOEFF_NORMED)
    _, best, _, (x, _) = cv2.minMaxLoc(scores)
    assert best > 0.9
    return x


def test_right_to_left_paragraph_puts_runs_in_visual_order():
    ltr = render_text("ABC عطر", 40)  # first strong letter is Latin: LTR paragraph
    rtl = render_text("\u200fABC عطر", 40)  # a leading RLM makes the paragraph RTL
    assert _x_of("ABC", ltr) < ltr.shape[1] // 3
    assert _x_of("ABC", rtl) > rtl.shape[1] // 3  # Latin is now on the right of the Arabic
    assert default_renderer().render("عطر العود", 40).rtl


def test_vietnamese_stacked_marks_are_drawn():
    plain, marked = _ink(render_text("A", 60)), _ink(render_text("Ấ", 60))
    assert marked.shape[0] > plain.shape[0] * 1.2  # breve/circumflex and acute sit above


def test_lines_share_a_baseline_grid_across_scripts():
    heights = {text_size(text, 30)[1] for text in SAMPLES.values()}
    assert len(heights) == 1


def test_max_width_wraps_then_ellipsizes():
    renderer = default_renderer()
    long = "Cà phê phin Đà Lạt rang xay nguyên chất thơm ngon đậm đà hương vị núi rừng"
    one = renderer.render(long, 30, max_width=300)
    assert one.lines == 1 and one.truncated and one.size[0] <= 302
    two = renderer.render(long, 30, max_width=300, max_lines=2)
    assert two.lines == 2 and two.truncated
    assert two.size[1] == 2 * one.size[1]
    short = renderer.render("Pen", 30, max_width=300, max_lines=2)
    assert short.lines == 1 and not short.truncated
    cjk = renderer.render("真丝围巾春季新款高档桑蚕丝印花披肩女士百搭", 30, max_width=200, max_lines=3)
    assert cjk.lines == 3 and cjk.size[0] <= 202  # CJK breaks between characters


def test_empty_text_is_zero_width_not_an_error():
    width, height = text_size("", 20)
    assert width == 0 and height > 0
    assert render_text("", 20).shape == (height, 0, 4)


def test_color_and_alpha_are_applied():
    image = render_text("Sale", 30, (10, 20, 30, 128))
    assert tuple(image[0, 0, :3]) == (10, 20, 30)
    assert image[..., 3].max() <= 128


def test_env_var_fonts_come_first(tmp_path, monkeypatch):
    monkeypatch.setenv(FONTS_ENV, str(tmp_path))
    assert font_dirs()[0] == tmp_path
    regular = FontFinder().find(["NotoSans-Regular.ttf"])
    assert regular is not None
    shutil.copy(regular, tmp_path / "NotoSans-Regular.ttf")
    assert FontFinder().find(["NotoSans-Regular.ttf"]) == tmp_path / "NotoSans-Regular.ttf"


def test_uncovered_script_warns_once_and_still_renders(tmp_path, caplog):
    regular = FontFinder().find(["NotoSans-Regular.ttf"])
    shutil.copy(regular, tmp_path / "NotoSans-Regular.ttf")
    with caplog.at_level(logging.WARNING, logger="studio.processing.text"):
        renderer = TextRenderer(FontFinder([tmp_path]))
        caplog.clear()
        for _ in range(3):
            image = renderer.render("ครีมกันแดด", 30).image
    assert image.shape[1] > 0
    thai_warnings = [r for r in caplog.records
                     if "no font covers" in r.getMessage() and "THAI" in r.getMessage()]
    assert len(thai_warnings) == 1


def test_without_raqm_it_warns_and_still_draws_arabic(caplog):
    with caplog.at_level(logging.WARNING, logger="studio.processing.text"):
        renderer = TextRenderer(use_raqm=False)
    assert any("raqm" in r.getMessage() for r in caplog.records)
    assert (renderer.render("عطر العود", 30).image[..., 3] > 0).any()
