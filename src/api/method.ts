// How one API method is declared: a zod input, a zod output and a one-line summary.
// Every host (Electron IPC, browser host HTTP) and the renderer's client are built from these.
import type { z } from 'zod';

export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  summary: string;
  input: I;
  output: O;
}

export function method<I extends z.ZodType, O extends z.ZodType>(def: MethodDef<I, O>): MethodDef<I, O> {
  return def;
}
