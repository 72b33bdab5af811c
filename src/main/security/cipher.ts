// The data key in memory and the AES-256-GCM codec every vault file goes through. File format:
// magic "TACV" | version 1 | 8-byte key id | 12-byte nonce | ciphertext | 16-byte tag.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { CodecError, type RecordCodec } from '../storage/codec';

export const MAGIC = Buffer.from('TACV', 'ascii');
export const FORMAT_VERSION = 1;
export const KEY_BYTES = 32;
const KEY_ID_BYTES = 8;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
export const HEADER_BYTES = MAGIC.length + 1 + KEY_ID_BYTES + NONCE_BYTES;

/** The vault's data key while unlocked. `destroy()` overwrites it; a destroyed key encrypts nothing. */
export class DataKey {
  private bytes: Buffer;
  private destroyed = false;

  /** `keyId` is 16 hex characters, stored in the keyring and in every file's header. */
  constructor(
    key: Buffer,
    readonly keyId: string,
  ) {
    if (key.length !== KEY_BYTES) throw new Error('A data key must be 32 bytes');
    if (!/^[0-9a-f]{16}$/.test(keyId)) throw new Error('A key id must be 16 hex characters');
    // Our own copy, so the caller can wipe theirs.
    this.bytes = Buffer.alloc(KEY_BYTES);
    key.copy(this.bytes);
  }

  static generate(): DataKey {
    const key = randomBytes(KEY_BYTES);
    const dk = new DataKey(key, randomBytes(KEY_ID_BYTES).toString('hex'));
    key.fill(0);
    return dk;
  }

  get isDestroyed(): boolean {
    return this.destroyed;
  }

  /** The raw key, for wrapping and for the cipher only. Never log or store it. */
  use(): Buffer {
    if (this.destroyed) throw new CodecError('TAC Chair is locked. Unlock it to carry on.', 'locked');
    return this.bytes;
  }

  /** Overwrite the key in memory (best effort in JavaScript) and refuse to use it again. */
  destroy(): void {
    this.bytes.fill(0);
    this.destroyed = true;
  }
}

function aad(header: Buffer, recordId: string): Buffer {
  return Buffer.concat([header, Buffer.from(`\u0000${recordId}`, 'utf8')]);
}

export function encryptBytes(key: DataKey, recordId: string, plain: Buffer): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const header = Buffer.concat([MAGIC, Buffer.from([FORMAT_VERSION]), Buffer.from(key.keyId, 'hex'), nonce]);
  const cipher = createCipheriv('aes-256-gcm', key.use(), nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad(header, recordId));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([header, body, cipher.getAuthTag()]);
}

/** The key id written in a file's header, or undefined when it is not one of our files. */
export function readKeyId(bytes: Buffer): string | undefined {
  if (bytes.length < HEADER_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  return bytes.subarray(MAGIC.length + 1, MAGIC.length + 1 + KEY_ID_BYTES).toString('hex');
}

export function decryptBytes(key: DataKey, recordId: string, bytes: Buffer): Buffer {
  if (bytes.length === 0) throw new CodecError('the file is empty', 'damaged');
  if (!bytes.subarray(0, Math.min(bytes.length, MAGIC.length)).equals(MAGIC.subarray(0, Math.min(bytes.length, MAGIC.length)))) {
    const looksLikeJson = bytes[0] === 0x7b; // "{"
    throw new CodecError(
      looksLikeJson ? 'it was saved before records were locked, and was not moved to the locked format' : 'it is not a TAC Chair file',
      'not-encrypted',
    );
  }
  if (bytes.length < HEADER_BYTES + TAG_BYTES) throw new CodecError('the file is incomplete', 'damaged');
  const version = bytes[MAGIC.length];
  if (version !== FORMAT_VERSION) {
    throw new CodecError(`it was saved in a newer file format (${version}); update TAC Chair to open it`, 'newer-format');
  }
  const keyId = readKeyId(bytes)!;
  if (keyId !== key.keyId) throw new CodecError('it was locked with a different key from the one this vault uses', 'wrong-key');
  const header = bytes.subarray(0, HEADER_BYTES);
  const nonce = header.subarray(HEADER_BYTES - NONCE_BYTES);
  const tag = bytes.subarray(bytes.length - TAG_BYTES);
  const body = bytes.subarray(HEADER_BYTES, bytes.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key.use(), nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(aad(header, recordId));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new CodecError('it is damaged or incomplete, or belongs to a different family', 'damaged');
  }
}

/** The codec the vault, its index, backups and the audit log use while unlocked. */
export function createAesCodec(key: DataKey): RecordCodec {
  return {
    name: 'aes-256-gcm',
    keyId: key.keyId,
    encode: (id, json) => encryptBytes(key, id, Buffer.from(json, 'utf8')),
    decode: (id, bytes) => decryptBytes(key, id, bytes).toString('utf8'),
    encodeBytes: (id, bytes) => encryptBytes(key, id, bytes),
    decodeBytes: (id, bytes) => decryptBytes(key, id, bytes),
  };
}
