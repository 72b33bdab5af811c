// The file format every vault file uses: AES-256-GCM under the data key, with the record's id as
// associated data, so a file cannot be read with another key or passed off as another family's.
import { describe, expect, it } from 'vitest';
import { createAesCodec, DataKey, HEADER_BYTES, MAGIC, readKeyId } from '../../src/main/security/cipher';
import { CodecError } from '../../src/main/storage/codec';

const key = DataKey.generate();
const codec = createAesCodec(key);
const text = JSON.stringify({ reference: 'EH-2026-0147', note: 'Mornings are a battle.' });

function problemOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (err) {
    expect(err).toBeInstanceOf(CodecError);
    return (err as CodecError).problem;
  }
}

describe('encrypted file format', () => {
  it('writes magic, version, key id and nonce before the ciphertext, and no readable text', () => {
    const bytes = codec.encode('family0001', text);
    expect(bytes.subarray(0, 4).equals(MAGIC)).toBe(true);
    expect(bytes[4]).toBe(1);
    expect(readKeyId(bytes)).toBe(key.keyId);
    expect(bytes.length).toBe(HEADER_BYTES + Buffer.byteLength(text) + 16);
    expect(bytes.toString('latin1')).not.toContain('Mornings');
    expect(codec.decode('family0001', bytes)).toBe(text);
  });

  it('uses a fresh nonce every time, so the same record never encrypts the same way twice', () => {
    expect(codec.encode('family0001', text).equals(codec.encode('family0001', text))).toBe(false);
  });

  it("refuses a valid file from another family (the record id is bound to the file)", () => {
    const other = codec.encode('family0002', text);
    expect(problemOf(() => codec.decode('family0001', other))).toBe('damaged');
  });

  it('says plainly when a file was locked with a different key', () => {
    const elsewhere = createAesCodec(DataKey.generate()).encode('family0001', text);
    expect(problemOf(() => codec.decode('family0001', elsewhere))).toBe('wrong-key');
  });

  it('refuses truncated, empty, random and altered files', () => {
    const good = codec.encode('family0001', text);
    expect(problemOf(() => codec.decode('family0001', good.subarray(0, good.length - 1)))).toBe('damaged');
    expect(problemOf(() => codec.decode('family0001', good.subarray(0, 10)))).toBe('damaged');
    expect(problemOf(() => codec.decode('family0001', Buffer.alloc(0)))).toBe('damaged');
    expect(problemOf(() => codec.decode('family0001', Buffer.from('{"reference":"EH-1"}')))).toBe('not-encrypted');
    const flipped = Buffer.from(good);
    flipped[HEADER_BYTES + 3] ^= 0x01;
    expect(problemOf(() => codec.decode('family0001', flipped))).toBe('damaged');
    const newer = Buffer.from(good);
    newer[4] = 2;
    expect(problemOf(() => codec.decode('family0001', newer))).toBe('newer-format');
  });

  it('a destroyed (locked) key is overwritten and neither encrypts nor decrypts', () => {
    const k = DataKey.generate();
    const c = createAesCodec(k);
    const bytes = c.encode('family0001', text);
    const raw = k.use();
    k.destroy();
    expect(raw.every((b) => b === 0)).toBe(true);
    expect(problemOf(() => c.decode('family0001', bytes))).toBe('locked');
    expect(problemOf(() => c.encode('family0001', text))).toBe('locked');
  });
});
