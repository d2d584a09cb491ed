import { describe, expect, it } from 'vitest';
import { ApiError, type ProblemCode } from '@/api/problem';
import { stepProblem } from './flow-end';

const problem = (status: number, code: ProblemCode) => new ApiError({ status, code, title: code });

describe('stepProblem', () => {
  it('is nothing without an error', () => {
    expect(stepProblem(null, 'flow-1')).toBeUndefined();
  });

  it('leaves an error that ends the flow to the flow end page', () => {
    expect(stepProblem(problem(404, 'not_found'), 'flow-1')).toBeUndefined();
    expect(stepProblem(problem(410, 'flow_expired'), undefined)).toBeUndefined();
  });

  it('leaves the problems the step shows itself, and gives the form every other', () => {
    const wrong = problem(422, 'wrong_answers');
    expect(stepProblem(wrong, 'flow-1', ['wrong_answers'])).toBeUndefined();
    expect(stepProblem(wrong, 'flow-1')).toBe(wrong);
    const offline = new Error('offline');
    expect(stepProblem(offline, 'flow-1', ['wrong_answers'])).toBe(offline);
  });
});
