import type { Manifest } from 'vite';
import { chunkClosure, entryFiles } from './build-manifest';

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_preload.js'],
    dynamicImports: ['_react.js', '_contract.js', 'src/start.tsx'],
  },
  '_preload.js': { file: 'assets/preload.js' },
  '_react.js': { file: 'assets/react.js' },
  '_contract.js': { file: 'assets/contract.js', imports: ['_zod.js'] },
  '_zod.js': { file: 'assets/zod.js' },
  'src/start.tsx': {
    file: 'assets/start.js',
    src: 'src/start.tsx',
    isDynamicEntry: true,
    imports: ['_app.js', '_react.js', '_contract.js'],
    css: ['assets/start.css'],
  },
  '_app.js': {
    file: 'assets/app.js',
    imports: ['_react.js'],
    dynamicImports: ['src/features/reset/index.ts'],
  },
  'src/features/reset/index.ts': {
    file: 'assets/reset.js',
    src: 'src/features/reset/index.ts',
    isDynamicEntry: true,
    imports: ['_app.js', '_form.js'],
  },
  '_form.js': { file: 'assets/form.js', imports: ['_zod.js'] },
};

describe('what a page of the build loads (scripts/lib/build-manifest.ts)', () => {
  it('a chunk needs itself and its static imports, transitively, not what it imports dynamically', () => {
    expect([...chunkClosure(manifest, '_app.js')]).toEqual(['assets/app.js', 'assets/react.js']);
  });

  it('every page loads the entry, its imports, and each stage the entry imports, in order; no route', () => {
    expect([...entryFiles(manifest)]).toEqual([
      'assets/index.js',
      'assets/preload.js',
      'assets/react.js',
      'assets/contract.js',
      'assets/zod.js',
      'assets/start.js',
      'assets/app.js',
    ]);
  });

  it('a route adds only what the entry and its stages do not bring', () => {
    const entry = entryFiles(manifest);
    expect(
      [...chunkClosure(manifest, 'src/features/reset/index.ts')].filter((file) => !entry.has(file)),
    ).toEqual(['assets/reset.js', 'assets/form.js']);
  });
});
