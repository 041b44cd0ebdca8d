// util.autoId / autoUlid / autoKsuid: identifiers built from injected time and random bytes,
// so tests can make them deterministic.

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const KSUID_EPOCH_SECONDS = 1_400_000_000;

export function uuidV4(random: Uint8Array): string {
  const bytes = Uint8Array.from(random.subarray(0, 16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** 48-bit millisecond time (10 chars) + 80 random bits (16 chars), Crockford base32. */
export function ulid(nowMs: number, random: Uint8Array): string {
  let time = '';
  let t = Math.floor(nowMs);
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32] + time;
    t = Math.floor(t / 32);
  }
  let bits = 0n;
  for (const byte of random.subarray(0, 10)) bits = (bits << 8n) | BigInt(byte);
  let rest = '';
  for (let i = 0; i < 16; i++) {
    rest = CROCKFORD[Number(bits & 31n)] + rest;
    bits >>= 5n;
  }
  return time + rest;
}

/** 4-byte seconds since the KSUID epoch + 16 random bytes, base62, left-padded to 27 chars. */
export function ksuid(nowMs: number, random: Uint8Array): string {
  let value = BigInt(Math.floor(nowMs / 1000) - KSUID_EPOCH_SECONDS) & 0xffffffffn;
  for (const byte of random.subarray(0, 16)) value = (value << 8n) | BigInt(byte);
  let out = '';
  while (value > 0n) {
    out = BASE62[Number(value % 62n)] + out;
    value /= 62n;
  }
  return out.padStart(27, '0');
}
