// Renderer entry: mounts the app. The same bundle runs in Electron and in the browser host.
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './styles.css';

createRoot(document.getElementById('root')!).render(<App />);
