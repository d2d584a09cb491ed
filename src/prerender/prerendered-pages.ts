/**
 * The pages written to HTML at build time (issue 9, `src/prerender/entry.tsx`), and which file a
 * web server sends for an address. nginx (deploy/nginx/password-portal.conf), the static server
 * of the browser tests and `bench:web` (scripts/static-server.ts) and `vite preview` follow the
 * same rule. No imports: the build config reads this file.
 */
export interface PrerenderedPage {
  /** The address rendered (`/404` stands for any address the portal does not know). */
  path: string;
  /** The file in the build. */
  file: string;
}

export const prerenderedPages: readonly PrerenderedPage[] = [
  { path: '/', file: 'index.html' },
  { path: '/reset', file: 'reset.html' },
  { path: '/sign-in', file: 'sign-in.html' },
  { path: '/change-password', file: 'change-password.html' },
  // Signed out, both send the person to sign-in: the prerendered file is the shell around it.
  { path: '/security-info', file: 'security-info.html' },
  { path: '/registration-prompt', file: 'registration-prompt.html' },
  { path: '/accessibility', file: 'accessibility.html' },
  { path: '/404', file: '404.html' },
];

/** The page with nothing prerendered: the admin console and anything else rendered in the browser. */
export const appShellFile = 'app.html';
export const notFoundFile = '404.html';

/** Addresses rendered in the browser only, from `app.html`. */
export const browserOnlyPrefixes: readonly string[] = ['/admin', '/.well-known/change-password'];

/**
 * `data-prerendered` on `#root` names the address the HTML was rendered for; `*` for the
 * not-found page, sent for any address the portal does not know.
 */
export const prerenderedAttribute = 'data-prerendered';

/** The file a web server sends for a page address (no extension), and its status. */
export function fileForPath(pathname: string): { file: string; status: 200 | 404 } {
  const path = pathname;
  const page = prerenderedPages.find((candidate) => candidate.path === path && candidate.file !== notFoundFile);
  if (page) return { file: page.file, status: 200 };
  if (browserOnlyPrefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) return { file: appShellFile, status: 200 };
  return { file: notFoundFile, status: 404 };
}
