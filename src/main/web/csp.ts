// The browser host's CSP: the same policy as the Electron window.
export { CSP as WEB_CSP } from '../csp';
