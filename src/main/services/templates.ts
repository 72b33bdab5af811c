// templates.* handlers: hand the loaded templates to the renderer.
import type { Handlers } from '../../api';
import type { ServiceContext } from './context';

export function templatesHandlers(ctx: ServiceContext): Handlers['templates'] {
  return {
    async get() {
      const t = ctx.templates;
      return {
        local: t.local,
        prompts: t.prompts,
        agendas: t.agendas,
        glossary: t.glossary,
        bankHolidays: t.bankHolidays,
        termDates: t.termDates,
        problems: t.problems,
      };
    },
  };
}
