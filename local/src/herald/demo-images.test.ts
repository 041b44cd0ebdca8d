// Tests for the generated cover images: a valid PNG of the asked size whose colours run from one end to the other.
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gradientPng } from './demo-images';

describe('gradientPng', () => {
  it('writes a checksummed RGB PNG whose rows run from the first colour to the second', () => {
    // Act
    const png = gradientPng([0, 0, 0], [255, 128, 10], 5, 3);

    // Assess
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([5, 3, 8, 2]);
    expect(png.readUInt32BE(29)).toBe(crc32(png.subarray(12, 29)));
    const idatLength = png.readUInt32BE(33);
    const pixels = inflateSync(png.subarray(41, 41 + idatLength));
    expect(pixels.length).toBe(3 * (1 + 5 * 3));
    expect([...pixels.subarray(0, 16)]).toEqual([0, 0, 0, 0, 64, 32, 3, 128, 64, 5, 191, 96, 8, 255, 128, 10]);
    expect(png.subarray(-8, -4).toString('ascii')).toBe('IEND');
  });
});
