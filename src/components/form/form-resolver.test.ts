import { zodResolver } from '@hookform/resolvers/zod';
import type { ResolverOptions } from 'react-hook-form';
import { z } from 'zod/mini';
import { formErrorMap } from './form-messages';
import { formResolver } from './form-resolver';

const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<Record<string, unknown>>;

describe('formResolver', () => {
  const schema = z.object({
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(3)),
    contact: z.object({ email: z.email(), phones: z.array(z.string().check(z.minLength(2))) }),
    kind: z.union([z.literal('a'), z.object({ other: z.string() })]),
  });

  // Our resolver replaced @hookform/resolvers' zodResolver on every form (issue 9): same answers.
  it.each([
    { name: ' Ann ', contact: { email: 'ann@contoso.com', phones: ['12'] }, kind: 'a' },
    { name: 'Annabel', contact: { email: 'nope', phones: ['1', '2', '345'] }, kind: 'c' },
    { name: '', contact: { email: '', phones: [] }, kind: { other: 1 } },
    {},
  ])('answers as zodResolver(schema, { error: formErrorMap }) did: %j', async (values) => {
    const ours = await formResolver(schema)(values as never, undefined, options as never);
    const theirs = await zodResolver(schema, { error: formErrorMap })(values as never, undefined, options as never);
    expect(ours).toStrictEqual(theirs);
  });

  it('gives a field its first issue', async () => {
    const result = await formResolver(schema)({ name: 'Annabel', contact: { email: 'x', phones: [] }, kind: 'a' } as never, undefined, options as never);
    expect(Object.keys(result.errors)).toEqual(['name', 'contact']);
    expect(result.errors.name?.type).toBe('too_big');
  });
});
