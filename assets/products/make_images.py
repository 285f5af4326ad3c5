"""Draw the demo catalogue's product pictures (run once; the PNGs are committed).

    python assets/products/make_images.py

Each picture is drawn at 2x and scaled down for smooth edges, then reduced to a
256-colour palette so every PNG stays well under 60 KB.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

HERE = Path(__file__).resolve().parent
SIZE = 400
S = 2  # supersampling factor
RGB = tuple[int, int, int]


def backdrop(top: RGB, bottom: RGB) -> Image.Image:
    """A studio sweep: vertical gradient with a soft floor shadow in the middle."""
    n = SIZE * S
    t = np.linspace(0.0, 1.0, n)[:, None, None]
    grad = (np.array(top) * (1 - t) + np.array(bottom) * t).repeat(n, axis=1)
    return Image.fromarray(grad.astype(np.uint8), "RGB")


def floor_shadow(img: Image.Image, cx: int, cy: int, rx: int, ry: int, strength: int = 90) -> None:
    mask = Image.new("L", img.size, 0)
    ImageDraw.Draw(mask).ellipse([(cx - rx) * S, (cy - ry) * S, (cx + rx) * S, (cy + ry) * S],
                                 fill=strength)
    mask = mask.filter(ImageFilter.GaussianBlur(14 * S))
    img.paste((0, 0, 0), mask=mask)


def box(*xy: float) -> list[float]:
    return [v * S for v in xy]


def earbuds(img: Image.Image) -> None:
    floor_shadow(img, 200, 320, 150, 22)
    d = ImageDraw.Draw(img)
    d.rounded_rectangle(box(95, 150, 305, 310), radius=70 * S, fill=(250, 250, 252),
                        outline=(215, 218, 225), width=2 * S)
    d.line(box(100, 205, 300, 205), fill=(205, 208, 216), width=3 * S)
    d.ellipse(box(192, 258, 208, 274), fill=(120, 220, 140))  # charge light
    for cx, flip in ((150, -1), (250, 1)):
        d.rounded_rectangle(box(cx - 11, 118, cx + 11, 190), radius=11 * S, fill=(245, 246, 250),
                            outline=(200, 204, 212), width=2 * S)
        d.ellipse(box(cx - 32 + flip * 6, 70, cx + 28 + flip * 6, 130), fill=(252, 252, 255),
                  outline=(200, 204, 212), width=2 * S)
        d.ellipse(box(cx - 12 + flip * 6, 88, cx + 8 + flip * 6, 108), fill=(60, 64, 72))


def matcha(img: Image.Image) -> None:
    floor_shadow(img, 200, 318, 150, 20)
    d = ImageDraw.Draw(img)
    d.rounded_rectangle(box(160, 300, 240, 322), radius=6 * S, fill=(40, 48, 44))  # foot ring
    d.chord(box(70, 90, 330, 310), 0, 180, fill=(48, 58, 52))  # bowl
    d.ellipse(box(70, 175, 330, 225), fill=(70, 82, 74))
    d.ellipse(box(82, 180, 318, 218), fill=(132, 176, 64))  # tea surface
    d.ellipse(box(150, 190, 230, 206), fill=(170, 205, 100))  # foam
    # whisk leaning on the bowl
    d.rounded_rectangle(box(268, 40, 290, 150), radius=8 * S, fill=(214, 190, 140))
    for i in range(9):
        x = 262 + i * 4
        d.line(box(x, 150, 255 + i * 6, 205), fill=(226, 204, 156), width=2 * S)


def scarf(img: Image.Image) -> None:
    floor_shadow(img, 200, 330, 160, 20)
    d = ImageDraw.Draw(img)
    colours = [(212, 64, 96), (240, 150, 60), (250, 214, 120), (96, 170, 200)]
    for i, colour in enumerate(colours):
        y = 90 + i * 52
        points = [(60 + x * 10, y + 26 * np.sin(x / 4.2 + i * 0.7)) for x in range(29)]
        points += [(x, y2 + 56) for x, y2 in reversed(points)]
        d.polygon([(x * S, y2 * S) for x, y2 in points], fill=colour)
    for i in range(40):  # small polka dots
        x, y = 75 + (i * 53) % 250, 105 + (i * 37) % 200
        d.ellipse(box(x, y, x + 7, y + 7), fill=(255, 245, 235))


def sunscreen(img: Image.Image) -> None:
    floor_shadow(img, 200, 335, 110, 18)
    d = ImageDraw.Draw(img)
    d.ellipse(box(250, 40, 340, 130), fill=(255, 196, 40))  # sun
    for i in range(12):
        a = i * np.pi / 6
        d.line(box(295 + 55 * np.cos(a), 85 + 55 * np.sin(a), 295 + 68 * np.cos(a),
                   85 + 68 * np.sin(a)), fill=(255, 196, 40), width=5 * S)
    d.polygon(box(140, 70, 260, 70, 248, 290, 152, 290), fill=(255, 255, 255),
              outline=(230, 200, 150))  # tube
    d.rectangle(box(140, 62, 260, 78), fill=(240, 240, 240))
    d.rounded_rectangle(box(160, 288, 240, 330), radius=8 * S, fill=(250, 120, 40))  # cap
    d.rounded_rectangle(box(158, 130, 242, 200), radius=10 * S, fill=(255, 150, 50))
    d.ellipse(box(180, 145, 220, 185), fill=(255, 220, 90))


def coffee(img: Image.Image) -> None:
    floor_shadow(img, 190, 330, 140, 20)
    d = ImageDraw.Draw(img)
    d.ellipse(box(80, 300, 300, 340), fill=(235, 230, 222))  # saucer
    d.rounded_rectangle(box(100, 190, 280, 320), radius=30 * S, fill=(250, 248, 244),
                        outline=(220, 212, 200), width=2 * S)  # glass
    d.rectangle(box(108, 250, 272, 312), fill=(92, 56, 34))  # coffee
    d.rectangle(box(108, 290, 272, 312), fill=(236, 220, 190))  # condensed milk
    d.arc(box(262, 220, 322, 290), -80, 80, fill=(220, 212, 200), width=8 * S)
    d.rectangle(box(120, 120, 260, 190), fill=(178, 182, 188))  # phin filter
    d.rectangle(box(95, 180, 285, 194), fill=(160, 164, 170))
    d.ellipse(box(120, 108, 260, 132), fill=(200, 204, 210))
    for i in range(3):  # steam
        x = 150 + i * 40
        d.arc(box(x, 40, x + 30, 100), 100, 260, fill=(255, 255, 255), width=4 * S)


def perfume(img: Image.Image) -> None:
    floor_shadow(img, 200, 335, 120, 20)
    d = ImageDraw.Draw(img)
    d.rounded_rectangle(box(110, 150, 290, 330), radius=36 * S, fill=(120, 40, 90),
                        outline=(218, 170, 80), width=4 * S)
    d.rounded_rectangle(box(130, 170, 200, 310), radius=24 * S, fill=(160, 70, 125))  # glint
    d.rectangle(box(180, 120, 220, 152), fill=(218, 170, 80))  # neck
    d.ellipse(box(150, 50, 250, 130), fill=(236, 196, 100))  # cap
    d.ellipse(box(170, 62, 205, 90), fill=(250, 225, 160))
    d.rounded_rectangle(box(160, 220, 240, 262), radius=6 * S, fill=(240, 220, 170))  # label


def tote(img: Image.Image) -> None:
    floor_shadow(img, 200, 335, 150, 20)
    d = ImageDraw.Draw(img)
    for x in (135, 225):  # handles
        d.arc(box(x - 10, 60, x + 50, 200), 180, 360, fill=(120, 70, 40), width=12 * S)
    d.polygon(box(80, 140, 320, 140, 300, 330, 100, 330), fill=(176, 108, 62))
    d.polygon(box(80, 140, 320, 140, 316, 170, 84, 170), fill=(150, 88, 48))
    d.line(box(100, 180, 300, 180), fill=(220, 170, 120), width=2 * S)
    d.rounded_rectangle(box(180, 200, 220, 228), radius=4 * S, fill=(226, 190, 110))


PICTURES: dict[str, tuple[Callable[[Image.Image], None], RGB, RGB]] = {
    "earbuds-pro": (earbuds, (226, 236, 250), (196, 212, 236)),
    "matcha-set": (matcha, (250, 244, 228), (230, 220, 196)),
    "silk-scarf": (scarf, (252, 232, 236), (236, 206, 214)),
    "sunscreen-spf50": (sunscreen, (255, 244, 214), (250, 222, 170)),
    "phin-coffee": (coffee, (238, 226, 212), (214, 196, 176)),
    "oud-perfume": (perfume, (60, 40, 70), (30, 20, 38)),
    "leather-tote": (tote, (236, 236, 232), (212, 210, 204)),
}


def main() -> None:
    for name, (draw, top, bottom) in PICTURES.items():
        img = backdrop(top, bottom)
        draw(img)
        img = img.resize((SIZE, SIZE), Image.Resampling.LANCZOS)
        img = img.quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        out = HERE / f"{name}.png"
        img.save(out, optimize=True)
        print(f"{out.name}: {out.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
