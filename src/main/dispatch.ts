// One entry point for every host: find the method, check its input, run its handler, check its
// output, and always answer with a Result value — errors never cross the boundary as throws.
import { getMethod, type Handlers } from '../api';
import { AppError, fail, ok, type Result } from '../core/shared/result';
import { issuesToFields } from '../core/shared/issues';

export type Dispatch = (name: string, input: unknown) => Promise<Result<unknown>>;

export interface DispatchOptions {
  /** Called with the method name and error code only — never with record content. */
  onError?: (name: string, code: string, error: unknown) => void;
  /** Called after a method succeeds (used by the audit log). */
  onSuccess?: (name: string, input: unknown) => void;
}

export function createDispatcher(handlers: Handlers, options: DispatchOptions = {}): Dispatch {
  return async (name, rawInput) => {
    const def = getMethod(name);
    if (!def) return fail('unknown-method', `There is no method called ${String(name).slice(0, 80)}.`);
    const [domain, verb] = name.split('.');
    const handler = (handlers as unknown as Record<string, Record<string, (i: unknown) => Promise<unknown>>>)[domain]?.[verb];
    if (!handler) return fail('unknown-method', `There is no method called ${name}.`);
    const input = def.input.safeParse(rawInput === undefined ? {} : rawInput);
    if (!input.success) {
      const fields = issuesToFields(input.error.issues);
      const count = Object.keys(fields).length;
      const first = Object.values(fields)[0];
      return fail('invalid-input', count === 1 ? first : `There are ${count} problems to fix. ${first}.`.replace('..', '.'), fields);
    }
    try {
      const value = await handler(input.data);
      const output = def.output.safeParse(value);
      if (!output.success) {
        options.onError?.(name, 'bad-output', output.error);
        return fail('internal', 'Something went wrong on our side, so nothing was changed. Try again.');
      }
      options.onSuccess?.(name, input.data);
      return ok(output.data);
    } catch (err) {
      if (err instanceof AppError) {
        options.onError?.(name, err.code, undefined);
        return fail(err.code, err.message, err.fields);
      }
      options.onError?.(name, 'internal', err);
      return fail('internal', 'Something went wrong, so that change may not have been saved. Try again, and if it keeps happening, restart the app.');
    }
  };
}
