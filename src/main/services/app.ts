// app.* handlers: version, host and today's date for the renderer.
import type { Handlers } from '../../api';
import { APP_VERSION } from '../version';
import type { ServiceContext } from './context';

export function appHandlers(ctx: ServiceContext): Handlers['app'] {
  return {
    async info() {
      return { version: APP_VERSION, host: ctx.host, today: ctx.today(), now: ctx.now().toISOString(), templateProblems: ctx.templateProblems() };
    },
  };
}
