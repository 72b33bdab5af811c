// `npm run test:year-ahead`: the API tests once more with the computer's clock a year ahead (libfaketime),
// proving that no rule, screen or test reads the real date where it should take the app's clock.
import { spawnSync } from 'node:child_process';

const days = process.env.TAC_YEAR_AHEAD_DAYS ?? '365';
const found = spawnSync('faketime', ['--version'], { stdio: 'ignore' });
if (found.error) {
  console.error('The year-ahead run needs faketime: apt-get install faketime');
  process.exit(1);
}
console.log(`API tests with the clock ${days} days ahead:`);
const run = spawnSync('faketime', ['-f', `+${days}d`, 'npx', 'vitest', 'run', 'tests/api'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
