import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brandingSchema } from '@/api/schemas/branding';
import { fallbackBranding } from '@/branding';
import { defaultBranding } from '../../mocks/engine/branding-defaults';

const root = process.cwd();
const shipped = brandingSchema.parse(JSON.parse(readFileSync(resolve(root, 'public/branding.json'), 'utf8')));

describe('the default branding', () => {
  it('has one source, public/branding.json: the built-in fallback and the mock backend read it', () => {
    expect(fallbackBranding).toEqual(shipped);
    expect(defaultBranding('Fabrikam')).toEqual({ ...shipped, organizationName: 'Fabrikam' });
  });

  it('is spelled out in no production file of src or mocks (a footer link’s address is the tell)', () => {
    const tell = shipped.footerLinks[0]?.url;
    expect(tell).toBeTruthy();
    const copies = ['src', 'mocks']
      .flatMap((folder) => readdirSync(resolve(root, folder), { recursive: true, encoding: 'utf8' }).map((file) => `${folder}/${file}`))
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.startsWith('mocks/testing/'))
      .filter((file) => readFileSync(resolve(root, file), 'utf8').includes(tell ?? ''));
    expect(copies).toEqual([]);
  });
});
