"""Draw the Seller Studio icon (a live-red play badge on a shopping bag) at every size the
platforms ask for: hicolor PNGs for Linux, .ico for Windows, .icns for macOS.

    .venv/bin/python packaging/make_icons.py      # writes packaging/icons/ (committed)"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
BAG, HANDLE, BADGE, PLAY = (43, 107, 74), (236, 237, 238), (196, 43, 49), (255, 255, 255)


def draw(size: int) -> Image.Image:
    s = 1024  # draw large, scale down smoothly
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((96, 300, 928, 960), radius=120, fill=BAG)  # the bag
    d.arc((300, 90, 724, 520), start=180, end=360, fill=HANDLE, width=70)  # its handle
    d.ellipse((380, 470, 880, 970), fill=BADGE, outline=(255, 255, 255), width=36)  # the live badge
    d.polygon([(560, 590), (560, 850), (770, 720)], fill=PLAY)  # play
    return img.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    images = {size: draw(size) for size in SIZES}
    for size, image in images.items():
        folder = OUT / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        image.save(folder / "seller-studio.png", optimize=True)
    images[256].save(OUT / "seller-studio.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    images[512].save(OUT / "seller-studio.icns")
    print(f"wrote {len(SIZES)} PNG sizes, .ico and .icns to {OUT}")


if __name__ == "__main__":
    main()
