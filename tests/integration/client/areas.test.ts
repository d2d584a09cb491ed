import { describe, expect, it } from 'vitest';
import { endpoints } from '@/api';
import { areas } from './areas';

describe('the client tests', () => {
  it('give every endpoint of the table to exactly one area', () => {
    const assigned = Object.values(areas).flat();
    expect(new Set(assigned).size).toBe(assigned.length);
    expect([...assigned].sort()).toEqual(Object.keys(endpoints).sort());
  });
});
