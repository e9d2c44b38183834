#!/usr/bin/env python3
"""Draws icon.png (128x128): an order sheet on a navy tile, with an amber seal and a check mark.

Standard library only; shapes are sampled 4x4 per pixel for smooth edges. Run from packages/vscode:
    python3 scripts/make-icon.py
"""
import math
import struct
import zlib

SIZE = 128
SAMPLES = 4

NAVY = (30, 58, 95)
PAPER = (247, 244, 236)
FOLD = (214, 206, 188)
INK = (120, 132, 150)
AMBER = (224, 165, 38)
WHITE = (255, 255, 255)


def rounded_rect(x, y, x0, y0, x1, y1, r):
    if not (x0 <= x <= x1 and y0 <= y <= y1):
        return False
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def segment_distance(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def colour_at(x, y):
    """Colour of the point (x, y), or None outside the tile."""
    if not rounded_rect(x, y, 4, 4, 124, 124, 22):
        return None
    colour = NAVY
    # The sheet, with its top-right corner folded.
    if 26 <= x <= 86 and 16 <= y <= 112 and (x - 70) <= (y - 16):
        colour = PAPER
        if x >= 70 and y <= 32 and (x - 70) >= (y - 16) - 0.01:
            colour = FOLD
        for i, line_y in enumerate((44, 56, 68, 80)):
            width = 44 if i % 2 == 0 else 34
            if abs(y - line_y) <= 2.2 and 34 <= x <= 34 + width:
                colour = INK
    elif 70 <= x <= 86 and 16 <= y <= 32 and (x - 70) > (y - 16):
        colour = NAVY
    # The seal, with a check mark.
    if math.hypot(x - 88, y - 92) <= 24:
        colour = AMBER
        if math.hypot(x - 88, y - 92) >= 20.5:
            colour = (196, 139, 22)
        if min(segment_distance(x, y, 77, 92, 85, 101), segment_distance(x, y, 85, 101, 100, 83)) <= 3.4:
            colour = WHITE
    return colour


def render():
    rows = []
    for py in range(SIZE):
        row = bytearray([0])  # filter type: none
        for px in range(SIZE):
            r = g = b = a = 0
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    c = colour_at(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)
                    if c is not None:
                        r += c[0]; g += c[1]; b += c[2]; a += 1
            n = SAMPLES * SAMPLES
            if a:
                row += bytes((r // a, g // a, b // a, round(255 * a / n)))
            else:
                row += bytes((0, 0, 0, 0))
        rows.append(bytes(row))
    return b''.join(rows)


def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)


def main():
    header = struct.pack('>IIBBBBB', SIZE, SIZE, 8, 6, 0, 0, 0)  # 8-bit RGBA
    png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(render(), 9)) + chunk(b'IEND', b'')
    with open('icon.png', 'wb') as f:
        f.write(png)


if __name__ == '__main__':
    main()
