// Renderer entry: takes the app's clock from the host, then mounts the app. The same bundle runs in
// Electron and in the browser host.
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { syncClock } from './clock';
import './styles.css';

void syncClock().finally(() => createRoot(document.getElementById('root')!).render(<App />));
