import type { Timeline } from './timeline.js';
import { timelineLayout } from './timeline.js';

/**
 * A raster copy of the timeline (bars, review lines, end line, axis; no text), as a PNG, written
 * without native dependencies: an indexed-colour image whose pixel data is zlib-wrapped in stored
 * (uncompressed) deflate blocks. The DOCX embeds the SVG timeline and gives Word this PNG as the
 * fallback that older Word versions show; the labels are in the table beside it.
 */

const PALETTE = [[255, 255, 255], [74, 111, 165], [204, 102, 0], [0, 0, 0]] as const;
const WHITE = 0, BAR = 1, REVIEW = 2, BLACK = 3;

const CRC_TABLE = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
})();

function crc32(bytes: Uint8Array): number {
    let c = 0xFFFFFFFF;
    for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xFF] ^ (c >>> 8);
    return (c ^ 0xFFFFFFFF) >>> 0;
}

function adler32(bytes: Uint8Array): number {
    let a = 1, b = 0;
    for (const byte of bytes) {
        a = (a + byte) % 65521;
        b = (b + a) % 65521;
    }
    return ((b << 16) | a) >>> 0;
}

function u32(n: number): number[] {
    return [(n >>> 24) & 0xFF, (n >>> 16) & 0xFF, (n >>> 8) & 0xFF, n & 0xFF];
}

function chunk(type: string, data: Uint8Array): Uint8Array {
    const typed = new Uint8Array(4 + data.length);
    for (let i = 0; i < 4; i++) typed[i] = type.charCodeAt(i);
    typed.set(data, 4);
    return new Uint8Array([...u32(data.length), ...typed, ...u32(crc32(typed))]);
}

/** zlib stream of stored deflate blocks (RFC 1950/1951): valid, uncompressed (the DOCX zip compresses it). */
function zlibStored(data: Uint8Array): Uint8Array {
    const blocks: number[] = [0x78, 0x01];
    let offset = 0;
    do {
        const length = Math.min(65535, data.length - offset);
        const last = offset + length >= data.length ? 1 : 0;
        blocks.push(last, length & 0xFF, length >>> 8, ~length & 0xFF, (~length >>> 8) & 0xFF);
        for (let i = 0; i < length; i++) blocks.push(data[offset + i]);
        offset += length;
    } while (offset < data.length);
    blocks.push(...u32(adler32(data)));
    return new Uint8Array(blocks);
}

/** An indexed-colour PNG from rows of palette indices. */
export function encodePng(width: number, height: number, pixels: Uint8Array): Uint8Array {
    const raw = new Uint8Array((width + 1) * height);
    for (let y = 0; y < height; y++) {
        raw[y * (width + 1)] = 0;
        raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
    }
    const header = new Uint8Array([...u32(width), ...u32(height), 8, 3, 0, 0, 0]);
    const palette = new Uint8Array(PALETTE.flatMap(colour => [...colour]));
    const parts = [new Uint8Array([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), chunk('IHDR', header), chunk('PLTE', palette), chunk('IDAT', zlibStored(raw)), chunk('IEND', new Uint8Array())];
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const part of parts) {
        out.set(part, at);
        at += part.length;
    }
    return out;
}

/** The timeline's marks as a PNG of the same size as the SVG. */
export function renderTimelinePng(timeline: Timeline): Uint8Array {
    const layout = timelineLayout(timeline);
    const { width, height } = layout;
    const pixels = new Uint8Array(width * height).fill(WHITE);
    const fill = (x0: number, y0: number, x1: number, y1: number, colour: number) => {
        for (let y = Math.max(0, Math.round(y0)); y < Math.min(height, Math.round(y1)); y++) {
            for (let x = Math.max(0, Math.round(x0)); x < Math.min(width, Math.round(x1)); x++) pixels[y * width + x] = colour;
        }
    };
    for (const bar of layout.bars) fill(bar.x, bar.y, bar.x + Math.max(1, bar.width), bar.y + bar.height, BAR);
    for (const x of layout.reviews) {
        for (let y = layout.top - 6; y < layout.axisY; y += 5) fill(x, y, x + 1, y + 3, REVIEW);
    }
    if (layout.end !== undefined) fill(layout.end - 1, layout.top - 10, layout.end + 1, layout.axisY, BLACK);
    fill(layout.left, layout.axisY, layout.width - layout.right, layout.axisY + 1, BLACK);
    return encodePng(width, height, pixels);
}
