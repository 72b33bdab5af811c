// Bench: the plain-language checker on 10,000 words of realistic minutes, which must stay fast
// enough to run on every keystroke (median ≤ 20 ms), plus the plain version and readability.
import { BUILT_IN_GLOSSARY, checkText, compileGlossary, plainVersion, readability } from '../src/core/plain-language';
import { minutesOfLength, PROFESSIONAL_MINUTES } from '../tests/core/plain-language/sample-text';
import { median, ms, percentile, timeEach, type BenchResult } from './lib';

export const title = 'Plain-language checker';

const TARGET_MS = 20;

export async function run(): Promise<BenchResult> {
  const text = minutesOfLength(10_000);
  const words = text.split(/\s+/).length;

  const compileTimes = await timeEach(() => compileGlossary(BUILT_IN_GLOSSARY), 20, 2);
  const compiled = compileGlossary(BUILT_IN_GLOSSARY);

  // Each run checks a slightly different text, as typing would, so nothing is cached between runs.
  let n = 0;
  const checkTimes = await timeEach(() => checkText(text + ` Note ${n++}.`, compiled), 40, 5);
  const fieldTimes = await timeEach(() => checkText(PROFESSIONAL_MINUTES + ` ${n++}`, compiled), 200, 10);
  const plainTimes = await timeEach(() => plainVersion(text, compiled), 20, 3);
  const readTimes = await timeEach(() => readability(text + ` Note ${n++}.`), 20, 3);

  const findings = checkText(text, compiled).length;
  const checkMedian = median(checkTimes);
  return {
    figures: {
      'words checked': words,
      'glossary entries': BUILT_IN_GLOSSARY.length,
      'findings in 10,000 words': findings,
      'compile glossary, median ms': ms(median(compileTimes)),
      'check 10,000 words, median ms': ms(checkMedian),
      'check 10,000 words, p95 ms': ms(percentile(checkTimes, 95)),
      'check one ~330-word field, median ms': ms(median(fieldTimes)),
      'plain version of 10,000 words, median ms': ms(median(plainTimes)),
      'readability of 10,000 words, median ms': ms(median(readTimes)),
    },
    targets: [
      {
        name: 'check 10,000 words of minutes',
        ok: checkMedian <= TARGET_MS,
        detail: `median ${ms(checkMedian)} ms (target ≤ ${TARGET_MS} ms)`,
      },
    ],
  };
}
