// How records are turned into bytes on disk and back. The plain codec writes JSON (only for vaults
// made before encryption, and for the bench); the encrypting codec (security/cipher.ts) wraps the
// same bytes in AES-256-GCM with the record's id as associated data.
export interface RecordCodec {
  /** A short name recorded nowhere personal; used in messages and tests. */
  readonly name: string;
  /** The id of the data key this codec writes with (undefined for the plain codec). */
  readonly keyId?: string;
  encode(recordId: string, json: string): Buffer;
  /** Throws CodecError when the bytes cannot be turned back into text. */
  decode(recordId: string, bytes: Buffer): string;
  /** As encode/decode, for bytes that may not be text (quarantined copies, audit lines). */
  encodeBytes(recordId: string, bytes: Buffer): Buffer;
  decodeBytes(recordId: string, bytes: Buffer): Buffer;
}

/** Why bytes could not be decoded: the vault treats a wrong key differently from damage. */
export type CodecProblem = 'damaged' | 'wrong-key' | 'not-encrypted' | 'newer-format' | 'locked';

export class CodecError extends Error {
  constructor(
    message: string,
    public readonly problem: CodecProblem = 'damaged',
  ) {
    super(message);
    this.name = 'CodecError';
  }
}

export const plainCodec: RecordCodec = {
  name: 'plain',
  encode: (_id, json) => Buffer.from(json, 'utf8'),
  decode: (_id, bytes) => bytes.toString('utf8'),
  encodeBytes: (_id, bytes) => Buffer.from(bytes),
  decodeBytes: (_id, bytes) => Buffer.from(bytes),
};
