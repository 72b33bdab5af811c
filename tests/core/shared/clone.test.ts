// cloneData: a change to the copy of a record never reaches the original.
import { describe, expect, it } from 'vitest';
import { cloneData } from '../../../src/core/shared/clone';

describe('copying a record before a change', () => {
  it('gives an equal copy that shares nothing with the original', () => {
    const original = { id: 'f1', children: [{ name: 'Jay', tags: ['a'] }], notes: { text: 'x', empty: null }, n: 3, ok: true };
    const copy = cloneData(original);
    expect(copy).toEqual(original);
    copy.children[0].name = 'Mia';
    copy.children[0].tags.push('b');
    copy.notes.text = 'changed';
    expect(original).toEqual({ id: 'f1', children: [{ name: 'Jay', tags: ['a'] }], notes: { text: 'x', empty: null }, n: 3, ok: true });
  });

  it('keeps keys such as __proto__ as plain data', () => {
    const original = JSON.parse('{"__proto__":{"polluted":true},"a":1}');
    const copy = cloneData(original);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(copy.a).toBe(1);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(original));
  });
});
