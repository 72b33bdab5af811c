// templates.* handlers: hand the loaded templates to the renderer.
import type { Handlers } from '../../api';
import type { ServiceContext } from './context';
import { userGlossaryFor } from './user-glossary';

export function templatesHandlers(ctx: ServiceContext): Handlers['templates'] {
  return {
    async addAcronym({ term, meaning, plain }) {
      const glossary = await userGlossaryFor(ctx).add({ term, kind: 'acronym', plain: plain || meaning, expansion: meaning });
      return { glossary };
    },
    async get() {
      const t = ctx.templates;
      return {
        local: t.local,
        prompts: t.prompts,
        agendas: t.agendas,
        glossary: await userGlossaryFor(ctx).glossary(),
        bankHolidays: t.bankHolidays,
        termDates: t.termDates,
        safeguarding: t.safeguarding,
        problems: t.problems,
      };
    },
  };
}
