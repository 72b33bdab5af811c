// The contract: every method the renderer may call, as `<domain>.<verb>`, declared once.
// Hosts register these; the preload and the HTTP client are generated from them.
import type { z } from 'zod';
import type { MethodDef } from './method';
import type { Result } from '../core/shared/result';
import { appMethods } from './app';
import { familiesMethods } from './families';
import { teamMethods } from './team';
import { episodesMethods } from './episodes';
import { meetingsMethods } from './meetings';
import { hostMethods } from './host';
import { vaultMethods } from './vault';
import { auditMethods } from './audit';
import { recordsMethods } from './records';
import { templatesMethods } from './templates';
import { attendanceMethods } from './attendance';
import { outcomesMethods } from './outcomes';
import { actionsMethods } from './actions';
import { notesMethods } from './notes';
import { documentsMethods } from './documents';
import { circulationMethods } from './circulation';

export const contract = {
  app: appMethods,
  families: familiesMethods,
  team: teamMethods,
  episodes: episodesMethods,
  meetings: meetingsMethods,
  host: hostMethods,
  vault: vaultMethods,
  audit: auditMethods,
  records: recordsMethods,
  templates: templatesMethods,
  attendance: attendanceMethods,
  outcomes: outcomesMethods,
  actions: actionsMethods,
  notes: notesMethods,
  documents: documentsMethods,
  circulation: circulationMethods,
} as const;

export type Contract = typeof contract;
export type Domain = keyof Contract;

type InputOf<M> = M extends MethodDef<infer I, z.ZodType> ? z.input<I> : never;
type OutputOf<M> = M extends MethodDef<z.ZodType, infer O> ? z.output<O> : never;
type ParsedInputOf<M> = M extends MethodDef<infer I, z.ZodType> ? z.output<I> : never;
type RawOutputOf<M> = M extends MethodDef<z.ZodType, infer O> ? z.input<O> : never;

/** What the renderer sees: `tac.families.list(input)` → `Promise<Result<output>>`. */
export type TacApi = {
  [D in Domain]: {
    [V in keyof Contract[D]]: (input?: InputOf<Contract[D][V]>) => Promise<Result<OutputOf<Contract[D][V]>>>;
  };
};

/** What the main process implements for each method: parsed input in, plain output (validated after). */
export type Handlers = {
  [D in Domain]: {
    [V in keyof Contract[D]]: (input: ParsedInputOf<Contract[D][V]>) => Promise<RawOutputOf<Contract[D][V]>>;
  };
};

export type Output<D extends Domain, V extends keyof Contract[D]> = OutputOf<Contract[D][V]>;
export type Input<D extends Domain, V extends keyof Contract[D]> = InputOf<Contract[D][V]>;

/** Every method name, `families.list` style, in declaration order. */
export const METHOD_NAMES: readonly string[] = Object.entries(contract).flatMap(([domain, verbs]) =>
  Object.keys(verbs).map((verb) => `${domain}.${verb}`),
);

export function getMethod(name: string): MethodDef | undefined {
  if (typeof name !== 'string') return undefined;
  const [domain, verb, ...rest] = name.split('.');
  if (rest.length > 0 || !Object.hasOwn(contract, domain)) return undefined;
  const verbs = contract[domain as Domain] as Record<string, MethodDef>;
  return Object.hasOwn(verbs, verb) ? verbs[verb] : undefined;
}

/** Build a TacApi object from a single call function (used by the preload and the HTTP client). */
export function buildApi(call: (name: string, input: unknown) => Promise<Result<unknown>>): TacApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<Result<unknown>>>> = {};
  for (const name of METHOD_NAMES) {
    const [domain, verb] = name.split('.');
    api[domain] ??= {};
    api[domain][verb] = (input?: unknown) => call(name, input ?? {});
  }
  return api as unknown as TacApi;
}
