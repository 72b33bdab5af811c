// Loaded with `node --import`: installs the hooks and makes the process look like Electron's main process.
import { register } from 'node:module';

register('./bundle-hooks.mjs', import.meta.url);
Object.defineProperty(process.versions, 'electron', { value: '45.4.1', enumerable: true });
process.type = 'browser';
process.resourcesPath = process.env.FAKE_APP_PATH;
