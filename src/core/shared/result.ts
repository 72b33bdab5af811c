// The error-as-value envelope every API reply uses, and the error codes a user can meet.
export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  | 'cannot-open'
  | 'locked'
  | 'unauthorised'
  | 'unknown-method'
  | 'too-large'
  | 'internal';

export interface AppErrorValue {
  code: ErrorCode;
  message: string;
  /** Field path (e.g. `children.0.firstName`) → plain-English message. */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorValue };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, fields?: Record<string, string>): Result<never> {
  return { ok: false, error: fields ? { code, message, fields } : { code, message } };
}

/** Thrown inside services; turned into a `{ ok: false }` value at the boundary. */
export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
