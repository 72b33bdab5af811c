// app.*: facts about the running app the renderer needs (version, host, today's date, template problems).
import { z } from 'zod';
import { method } from './method';

export const appMethods = {
  info: method({
    summary: 'Version, host kind, today’s date and any problems found loading local templates.',
    input: z.object({}).strict().default({}),
    output: z.object({
      version: z.string(),
      host: z.enum(['electron', 'web']),
      today: z.string(),
      /** The app's clock (ISO timestamp): the renderer takes its dates from this, never its own. */
      now: z.string(),
      templateProblems: z.array(z.string()),
    }),
  }),
};
