// Saving minutes as they are typed, on a fake clock: never more than a second of typing waiting,
// one save at a time, failures kept and retried, professionals-only held until there is a reason.
import { describe, expect, it } from 'vitest';
import { Autosaver, type SaveOutcome, type SaveState, type Timers } from '../../../src/renderer/features/minutes/autosave';

/** A clock tests move by hand; timers fire in order as it passes them. */
class FakeClock implements Timers {
  time = 0;
  private timers: { at: number; fn: () => void; id: number }[] = [];
  private next = 1;
  now = () => this.time;
  set = (fn: () => void, ms: number) => {
    const id = this.next++;
    this.timers.push({ at: this.time + ms, fn, id });
    return id;
  };
  clear = (id: unknown) => {
    this.timers = this.timers.filter((t) => t.id !== id);
  };
  async advance(ms: number) {
    const end = this.time + ms;
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at);
      const t = this.timers[0];
      if (!t || t.at > end) break;
      this.timers.shift();
      this.time = t.at;
      t.fn();
      await flushPromises();
    }
    this.time = end;
    await flushPromises();
  }
}

const flushPromises = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

interface Note {
  text: string;
  professionalsOnly?: boolean;
  reason?: string;
}

function setup(answer: (value: Note) => SaveOutcome | Promise<SaveOutcome> = () => ({ ok: true, at: 'now' })) {
  const clock = new FakeClock();
  const sent: { at: number; text: string }[] = [];
  const states: SaveState['state'][] = [];
  const saver = new Autosaver<Note>({
    timers: clock,
    save: async (value) => {
      sent.push({ at: clock.time, text: value.text });
      return answer(value);
    },
    hold: (v) => (v.professionalsOnly && !v.reason ? 'Say why this is for professionals only' : undefined),
    onState: (s) => states.push(s.state),
  });
  return { clock, sent, states, saver };
}

describe('saving the minutes as they are typed', () => {
  it('saves half a second after typing stops', async () => {
    const { clock, sent, saver } = setup();
    saver.change({ text: 'Jay was late 4 times' });
    await clock.advance(499);
    expect(sent).toEqual([]);
    await clock.advance(1);
    expect(sent).toEqual([{ at: 500, text: 'Jay was late 4 times' }]);
    expect(saver.dirty).toBe(false);
  });

  it('during a minute of non-stop typing, never leaves more than a second of words unsaved', async () => {
    const { clock, sent, saver } = setup();
    let text = '';
    for (let key = 0; key < 600; key++) {
      text += 'x';
      saver.change({ text });
      await clock.advance(100);
    }
    const gaps = sent.map((s, i) => s.at - (i === 0 ? 0 : sent[i - 1].at));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(1000);
    expect(sent.length).toBeGreaterThanOrEqual(59);
    await clock.advance(500);
    expect(sent[sent.length - 1].text).toBe(text);
  });

  it('sends one save at a time, and what was typed meanwhile goes in the next', async () => {
    let release: (() => void) | undefined;
    const { clock, sent, saver } = setup(() => new Promise<SaveOutcome>((resolve) => { release = () => resolve({ ok: true, at: 'now' }); }));
    saver.change({ text: 'Mum' });
    await clock.advance(500);
    saver.change({ text: 'Mum said' });
    saver.change({ text: 'Mum said mornings' });
    await clock.advance(2000);
    expect(sent.map((s) => s.text)).toEqual(['Mum']);
    release!();
    await clock.advance(0);
    await clock.advance(500);
    expect(sent.map((s) => s.text)).toEqual(['Mum', 'Mum said mornings']);
  });

  it('keeps the words when a save fails, says so, and tries again until it works', async () => {
    let fail = 2;
    const { clock, sent, states, saver } = setup(() => (fail-- > 0 ? { ok: false, message: 'TAC Chair is not answering.', retry: true } : { ok: true, at: 'later' }));
    saver.change({ text: 'Dawn is worried about the rent' });
    await clock.advance(500);
    expect(states).toContain('problem');
    expect(saver.dirty).toBe(true);
    expect(saver.value?.text).toBe('Dawn is worried about the rent');
    await clock.advance(1000);
    await clock.advance(2000);
    expect(sent).toHaveLength(3);
    expect(states[states.length - 1]).toBe('saved');
    expect(saver.dirty).toBe(false);
  });

  it('does not send the same refused words again, but does once they change', async () => {
    const { clock, sent, saver } = setup((v) => (v.text.length > 20 ? { ok: true, at: 'now' } : { ok: false, message: 'Too short', retry: false }));
    saver.change({ text: 'Short' });
    await clock.advance(10_000);
    expect(sent).toHaveLength(1);
    saver.change({ text: 'Now a longer note about Jay' });
    await clock.advance(500);
    expect(sent).toHaveLength(2);
    expect(saver.dirty).toBe(false);
  });

  it('holds a professionals-only note until a reason is given, then saves it', async () => {
    const { clock, sent, states, saver } = setup();
    saver.change({ text: 'Police were called to a neighbour dispute', professionalsOnly: true });
    await clock.advance(5000);
    expect(sent).toEqual([]);
    expect(states[states.length - 1]).toBe('held');
    expect(saver.dirty).toBe(true);
    saver.change({ text: 'Police were called to a neighbour dispute', professionalsOnly: true, reason: 'Third-party information' });
    await clock.advance(500);
    expect(sent).toHaveLength(1);
  });

  it('never sends a note marked professionals only while a save is on its way, until the reason is given', async () => {
    let release: (() => void) | undefined;
    const { clock, sent, states, saver } = setup(() => new Promise<SaveOutcome>((resolve) => { release = () => resolve({ ok: true, at: 'now' }); }));
    saver.change({ text: 'Police were called' });
    const leaving = saver.flush();
    saver.change({ text: 'Police were called', professionalsOnly: true });
    release!();
    await leaving;
    await clock.advance(5000);
    expect(sent).toHaveLength(1);
    expect(states[states.length - 1]).toBe('held');
    saver.change({ text: 'Police were called', professionalsOnly: true, reason: 'From the police' });
    await clock.advance(0);
    await clock.advance(500);
    release!();
    await clock.advance(0);
    expect(sent).toHaveLength(2);
    expect(states[states.length - 1]).toBe('saved');
  });

  it('sends at once when the field is left, without waiting for the timer', async () => {
    const { clock, sent, saver } = setup();
    saver.change({ text: 'Grace to book the damp survey' });
    await saver.flush();
    expect(sent).toEqual([{ at: 0, text: 'Grace to book the damp survey' }]);
    await clock.advance(1000);
    expect(sent).toHaveLength(1);
  });
});
