// The page furniture: large print enlarges the header and footer too (with the theme and with a
// letterhead), and the protective marking is shown once per page.
import { describe, expect, it } from 'vitest';
import { buildFamilyPlan } from '../../src/core/documents/index';
import { TODAY, demoFamily, reviewMeeting, unzipDocx } from './support';
import { LETTERHEAD, LOGO } from './documents';

function furnitureSizes(files: Map<string, string>): number[] {
  const xml = [...files].filter(([n]) => /^word\/(header|footer)\d*\.xml$/.test(n)).map(([, x]) => x).join('');
  return [...xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]) / 2);
}

describe('header and footer', () => {
  for (const letterhead of [undefined, LETTERHEAD]) {
    const route = letterhead ? 'a letterhead' : 'the theme';
    it(`are at least 12 point in large print, with ${route}`, async () => {
      const record = demoFamily();
      const meetingId = reviewMeeting(record).id;
      const ordinary = furnitureSizes(await unzipDocx(await buildFamilyPlan({ record, meetingId, today: TODAY, logo: LOGO, letterhead })));
      const large = furnitureSizes(await unzipDocx(await buildFamilyPlan({ record, meetingId, today: TODAY, logo: LOGO, letterhead, largePrint: true })));
      expect(Math.min(...ordinary)).toBeLessThan(12);
      expect(large.length).toBeGreaterThan(0);
      expect(Math.min(...large)).toBeGreaterThanOrEqual(12);
    });
  }
});
