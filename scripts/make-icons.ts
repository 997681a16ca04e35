/**
 * Draws Attune's icon (two overlapping soft circles: two people attuning) as PNGs into
 * public/icon/. Run once after changing the design: `npx tsx scripts/make-icons.ts`.
 * No image library needed: a PNG is a zlib-compressed RGBA bitmap with a CRC per chunk.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function icon(size: number): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const circles = [
    { x: 0.38, y: 0.5, r: 0.3, rgb: [0x5b, 0x8d, 0xb8] },
    { x: 0.62, y: 0.5, r: 0.3, rgb: [0xe0, 0x8e, 0x79] },
  ];
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const c of circles) {
        // 4x4 supersampling for smooth edges
        let cover = 0;
        for (let sy = 0; sy < 4; sy++)
          for (let sx = 0; sx < 4; sx++) {
            const px = (x + (sx + 0.5) / 4) / size - c.x;
            const py = (y + (sy + 0.5) / 4) / size - c.y;
            if (px * px + py * py <= c.r * c.r) cover++;
          }
        const ca = (cover / 16) * 0.85;
        // "over" compositing
        const na = ca + a * (1 - ca);
        if (na > 0) {
          r = (c.rgb[0] * ca + r * a * (1 - ca)) / na;
          g = (c.rgb[1] * ca + g * a * (1 - ca)) / na;
          b = (c.rgb[2] * ca + b * a * (1 - ca)) / na;
        }
        a = na;
      }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = Math.round(r);
      raw[o + 1] = Math.round(g);
      raw[o + 2] = Math.round(b);
      raw[o + 3] = Math.round(a * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, icon(size));
console.log('icons written to public/icon/');
