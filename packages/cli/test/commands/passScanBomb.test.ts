import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { crc32, deflateSync } from "node:zlib";
import { fc, test } from "@fast-check/vitest";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { run } from "@unsms/cli";
import { expectError } from "../support/expectError";
import { fakeIo } from "../support/fakeIo";
import { officeKeys } from "../support/passOffice";

// `pass scan` inflates a PNG's image data with the bound its header sets, interlaced or not,
// before the decoder does: a small file whose data inflates far beyond its declared pixels (a
// decompression bomb) is refused at once, and every honest PNG, interlaced too, still decodes.
const examples = fileURLToPath(new URL("../../../../docs/examples/access-pass/", import.meta.url));
const files = { ...(await officeKeys()), "request.json": readFileSync(`${examples}ngo-annual.json`, "utf8") };

const scan = async (png: Uint8Array) => {
  const { io, stdout, stderr } = fakeIo({ ...files, "card.png": png });
  const started = performance.now();
  const code = await run(
    ["pass", "scan", "card.png", "--keys", "office.pub", "--at", "2006-06-30T12:00:00Z", "--json"],
    io,
  );
  return { code, stdout: stdout(), stderr: stderr(), ms: performance.now() - started };
};

const chunk = (type: string, data: Uint8Array): Buffer => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
  return Buffer.concat([head, data, crc]);
};

/** A PNG of the given header whose IDAT is `data`, compressed. */
const png = (
  header: { width: number; height: number; depth: number; colourType: number; interlace: number },
  data: Uint8Array,
): Uint8Array => {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(header.width, 0);
  ihdr.writeUInt32BE(header.height, 4);
  ihdr.set([header.depth, header.colourType, 0, 0, header.interlace], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    ...(header.colourType === 3 ? [chunk("PLTE", Buffer.alloc(768))] : []),
    chunk("IDAT", deflateSync(data)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
};

// The pass (1 to 7) of each pixel of an 8 × 8 block in Adam7 (PNG spec, 8.2).
const ADAM7_BLOCK = ["16462646", "77777777", "56565656", "77777777", "36463646", "77777777", "56565656", "77777777"];
const adam7Pass = (x: number, y: number): number => Number(ADAM7_BLOCK[y % 8]![x % 8]);

/** The filtered image data of an image, counted pixel by pixel: each (pass's) row has a filter byte. */
const filteredBytes = (width: number, height: number, bitsPerPixel: number, interlace: number): number => {
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  const rowBytes = (pixels: number) => Math.ceil((pixels * bitsPerPixel) / 8);
  if (interlace === 0) return height * (1 + rowBytes(width));
  return range(7)
    .map((p) => {
      const columns = range(width).filter((x) => range(8).some((y) => adam7Pass(x, y) === p + 1)).length;
      const rows = range(height).filter((y) => range(8).some((x) => adam7Pass(x, y) === p + 1)).length;
      return columns === 0 ? 0 : rows * (1 + rowBytes(columns));
    })
    .reduce((a, b) => a + b, 0);
};

describe("pass scan bounds the decompression of every PNG", () => {
  // 64 MiB of zeros: 65 KB compressed, declared 1 × 1 grey (2 bytes of image data)
  const bomb = deflateSync(Buffer.alloc(64 * 1024 * 1024));

  it.each([1, 0])("a 1 × 1 PNG (interlace %i) inflating to 64 MiB is exit 2 at once, saying why", async (interlace) => {
    const bytes = png({ width: 1, height: 1, depth: 8, colourType: 0, interlace }, new Uint8Array(0));
    const withBomb = Buffer.concat([bytes.subarray(0, 33), chunk("IDAT", bomb), chunk("IEND", Buffer.alloc(0))]);
    expect(withBomb.length).toBeLessThan(70_000);
    const { code, stderr, ms } = await scan(withBomb);
    expect(code).toBe(2);
    expectError(stderr, "InputError", ["image"]);
    expect(stderr).toContain("card.png's image data inflates to more than the 2 bytes its 1 × 1 pixels take");
    expect(ms).toBeLessThan(2000);
  });

  it("a second IHDR, declaring 5000 × 5000 (above the limit) after a checked 1 × 1, is not a PNG, at once", async () => {
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(5000, 0);
    ihdr.writeUInt32BE(5000, 4);
    ihdr.set([8, 0, 0, 0, 0], 8);
    const small = png({ width: 1, height: 1, depth: 8, colourType: 0, interlace: 0 }, new Uint8Array(2));
    const twice = Buffer.concat([small.subarray(0, 33), chunk("IHDR", ihdr), small.subarray(33)]);
    const { code, stderr, ms } = await scan(twice);
    expect(code).toBe(2);
    expectError(stderr, "InputError", ["image"]);
    expect(stderr).toContain("card.png is not a PNG image");
    expect(ms).toBeLessThan(2000);
    // the same file with one IHDR decodes (and holds no QR code)
    expect((await scan(small)).stderr).toContain("no QR code found in card.png");
  });

  const header = fc
    .record({
      width: fc.integer({ min: 1, max: 40 }),
      height: fc.integer({ min: 1, max: 40 }),
      colour: fc.constantFrom(
        ...[
          [0, 1, [1, 2, 4, 8, 16]],
          [2, 3, [8, 16]],
          [3, 1, [1, 2, 4, 8]],
          [4, 2, [8, 16]],
          [6, 4, [8, 16]],
        ].flatMap(([type, channels, depths]) =>
          (depths as Array<number>).map((depth) => ({
            colourType: type as number,
            channels: channels as number,
            depth,
          })),
        ),
      ),
      interlace: fc.constantFrom(0, 1),
    })
    .map(({ width, height, colour, interlace }) => ({ width, height, ...colour, interlace }));

  test.prop([header], { numRuns: 60 })(
    "image data of exactly the declared size decodes; one byte more is refused, interlaced or not",
    async ({ channels, ...declared }) => {
      const size = filteredBytes(declared.width, declared.height, channels * declared.depth, declared.interlace);
      const exact = await scan(png(declared, new Uint8Array(size)));
      expect(exact.code).toBe(2);
      expect(exact.stderr).toContain("no QR code found in card.png");
      const over = await scan(png(declared, new Uint8Array(size + 1)));
      expect(over.code).toBe(2);
      expect(over.stderr).toContain(
        `card.png's image data inflates to more than the ${size} bytes its ${declared.width} × ${declared.height} pixels take`,
      );
    },
    60_000,
  );

  it("an honest card PNG still scans, and so does the same card interlaced (Adam7)", async () => {
    const made = fakeIo(files);
    const args = ["pass", "card", "--input", "request.json", "--key", "office.key", "--at", "2006-03-06T07:00:00Z"];
    expect(await run([...args, "--format", "png", "--output", "card.png"], made.io)).toBe(0);
    const card = made.writtenBytes["card.png"]!;
    const plain = await scan(card);
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.stdout)).toMatchObject({ admit: true });
    // the same pixels, RGBA 8-bit, written as the seven Adam7 passes (filter None): a 2022 × 1275 card.
    // Each pixel's pass is read from the PNG specification's 8 × 8 pattern (§8.2), not from
    // the decoder's table of pass origins and steps, so the test does not share its reading.
    const adam7 = ["16462646", "77777777", "56565656", "77777777", "36463646", "77777777", "56565656", "77777777"];
    const { width, height, data } = PNG.sync.read(Buffer.from(card));
    const rows: Array<Uint8Array> = [];
    for (let pass = 1; pass <= 7; pass++)
      for (let y = 0; y < height; y++) {
        const pattern = adam7[y % 8]!;
        const xs: Array<number> = [];
        for (let x = 0; x < width; x++) if (pattern.charCodeAt(x % 8) - 48 === pass) xs.push(x);
        if (xs.length === 0) continue;
        const row = new Uint8Array(1 + xs.length * 4);
        xs.forEach((x, i) => row.set(data.subarray((y * width + x) * 4, (y * width + x) * 4 + 4), 1 + i * 4));
        rows.push(row);
      }
    const interlaced = png({ width, height, depth: 8, colourType: 6, interlace: 1 }, Buffer.concat(rows));
    expect(PNG.sync.read(Buffer.from(interlaced)).data.equals(data)).toBe(true);
    const scanned = await scan(interlaced);
    expect(scanned.code).toBe(0);
    expect(JSON.parse(scanned.stdout)).toMatchObject({ admit: true });
  }, 60_000);
});
