// Plain reasons the data key could not be unwrapped or stored. Messages never include a secret,
// a path's contents or a person's name.
export type KeyringProblemCode =
  | 'wrong-passphrase'
  | 'wrong-recovery'
  | 'wrong-key-file'
  | 'no-wrapper'
  | 'os-key-failed'
  | 'damaged'
  | 'weak-passphrase';

export class KeyringError extends Error {
  constructor(
    readonly code: KeyringProblemCode,
    message: string,
  ) {
    super(message);
    this.name = 'KeyringError';
  }
}
