// Module hooks for running the built main process in plain Node: `electron` becomes the fake, and
// packages resolve from the repository's node_modules (the bundle is built into a temporary folder).
const FAKE = new URL('./bundle-fake-electron.mjs', import.meta.url).href;
const REPO = new URL('../../../package.json', import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: FAKE, shortCircuit: true };
  try {
    return await next(specifier, context);
  } catch (error) {
    if (/^[a-z@]/i.test(specifier) && !specifier.startsWith('node:')) return next(specifier, { ...context, parentURL: REPO });
    throw error;
  }
}
