// How records are turned into bytes on disk and back. The plain codec writes JSON; the encrypting
// codec (security) wraps the same bytes in AES-256-GCM with the record's id as associated data.
export interface RecordCodec {
  /** A short name recorded nowhere personal; used in messages and tests. */
  readonly name: string;
  encode(recordId: string, json: string): Buffer;
  /** Throws CodecError when the bytes cannot be turned back into text. */
  decode(recordId: string, bytes: Buffer): string;
}

export class CodecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CodecError';
  }
}

export const plainCodec: RecordCodec = {
  name: 'plain',
  encode: (_id, json) => Buffer.from(json, 'utf8'),
  decode: (_id, bytes) => bytes.toString('utf8'),
};
