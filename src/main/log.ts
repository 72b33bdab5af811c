// The app's log: method names, error codes and stack traces only — never names or record content.
type Level = 'info' | 'warn' | 'error';

function write(level: Level, message: string, error?: unknown): void {
  if (process.env.TAC_QUIET === '1' && level !== 'error') return;
  const line = `[tac ${level}] ${message}`;
  const detail = error instanceof Error ? ` — ${error.name}${error.stack ? `\n${error.stack.split('\n').slice(1, 6).join('\n')}` : ''}` : '';
  (level === 'error' ? console.error : console.log)(line + detail);
}

export const log = {
  info: (message: string) => write('info', message),
  warn: (message: string) => write('warn', message),
  error: (message: string, error?: unknown) => write('error', message, error),
};
