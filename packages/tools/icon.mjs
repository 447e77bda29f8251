// Draws the extension icon (images/icon.png, 128×128): a plan page with lines and a green check mark on a
// blue tile. Drawn from shapes with 4×4 supersampling, encoded as PNG with zlib: no image is copied.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZE = 128;
const SAMPLES = 4;

const inRoundedRect = (x, y, left, top, right, bottom, radius) => {
    if (x < left || x > right || y < top || y > bottom) return false;
    const cx = Math.min(Math.max(x, left + radius), right - radius);
    const cy = Math.min(Math.max(y, top + radius), bottom - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
};
const distanceToSegment = (x, y, [ax, ay], [bx, by]) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
};

const BLUE = [31, 95, 168];
const PAGE = [250, 250, 247];
const FOLD = [205, 214, 226];
const LINE = [120, 138, 160];
const GREEN = [46, 160, 67];
const WHITE = [255, 255, 255];

/** The colour at a point, or undefined where the icon is transparent. Later shapes paint over earlier ones. */
function colourAt(x, y) {
    let colour;
    if (inRoundedRect(x, y, 4, 4, 124, 124, 22)) colour = BLUE;
    // The page's top-right corner is cut off along the diagonal; the triangle below the cut is the fold.
    const inCutCorner = x > 80 && y < 34 && x - 80 > y - 16;
    if (inRoundedRect(x, y, 30, 16, 98, 112, 5) && !inCutCorner) colour = PAGE;
    if (x >= 80 && x <= 98 && y >= 16 && y <= 34 && x - 80 <= y - 16) colour = FOLD;
    for (const [top, right] of [[40, 72], [54, 86], [68, 86], [82, 64]]) {
        if (inRoundedRect(x, y, 40, top, right, top + 5, 2.5)) colour = LINE;
    }
    if (Math.hypot(x - 90, y - 92) <= 24) colour = GREEN;
    if (Math.hypot(x - 90, y - 92) <= 24 &&
        Math.min(distanceToSegment(x, y, [78, 92], [87, 101]), distanceToSegment(x, y, [87, 101], [103, 83])) <= 4) colour = WHITE;
    return colour;
}

function render() {
    const rows = [];
    for (let py = 0; py < SIZE; py++) {
        const row = Buffer.alloc(1 + SIZE * 4);
        for (let px = 0; px < SIZE; px++) {
            let r = 0, g = 0, b = 0, a = 0;
            for (let sy = 0; sy < SAMPLES; sy++) {
                for (let sx = 0; sx < SAMPLES; sx++) {
                    const c = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
                    if (c) { r += c[0]; g += c[1]; b += c[2]; a++; }
                }
            }
            const o = 1 + px * 4;
            if (a > 0) { row[o] = Math.round(r / a); row[o + 1] = Math.round(g / a); row[o + 2] = Math.round(b / a); }
            row[o + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
        }
        rows.push(row);
    }
    return Buffer.concat(rows);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
});
function crc32(buffer) {
    let c = 0xffffffff;
    for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bits per channel
header[9] = 6; // RGBA
const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(render(), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
]);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
writeFileSync(path.join(root, 'images/icon.png'), png);
