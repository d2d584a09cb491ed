import { describe, expect, it } from 'vitest';
import { violationParams } from './problem';

describe('violationParams', () => {
  it('gives a message numbers and text: booleans as text, nulls left out', () => {
    expect(violationParams({ code: 'too_short', params: { min: 12, kind: 'letters', strict: true, max: null } })).toEqual({
      min: 12,
      kind: 'letters',
      strict: 'true',
    });
    expect(violationParams({ code: 'banned' })).toEqual({});
  });
});
