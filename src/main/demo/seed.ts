// Puts the demo family into an empty vault (browser host `--demo`), through the same validated
// store every other save uses.
import type { ServiceContext } from '../services/context';
import { buildDemoFamily } from './demo-family';

export async function seedDemo(ctx: ServiceContext): Promise<string> {
  const record = buildDemoFamily(ctx.newId, ctx.today(), ctx.now().toISOString());
  const saved = await ctx.store.create(record);
  return saved.id;
}
