/**
 * The pages written to HTML at build time (issue 9, `src/prerender/entry.tsx`), and which file a
 * web server sends for an address. nginx (deploy/nginx/password-portal.conf), the static server
 * of the browser tests and `bench:web` (scripts/static-server.ts) and `vite preview` follow the
 * same rule. No imports but types: the build config reads this file.
 */
import type { peopleEndpoints } from '../api/areas/people';

/** A call of the people's part of the contract. */
type PeopleCall = keyof typeof peopleEndpoints;

export interface PrerenderedPage {
  /** The address rendered (`/404` stands for any address the portal does not know). */
  path: string;
  /** The file in the build. */
  file: string;
  /**
   * The folder under src/features whose route the page shows: the build preloads its chunks with
   * the page (vite.config.ts), and the app loads its module before taking the page over
   * (src/app/routes.tsx, `loadPageAt`). None for the not-found page (it is in the app itself).
   */
  feature?: PageFeature;
  /**
   * The API calls the page makes as it starts, beyond `everyPageCalls`: the page asks for them
   * before its app runs, and the app takes the answers (src/api/early-requests.ts). Public
   * GETs without parameters only.
   */
  firstCalls?: readonly PeopleCall[];
}

/** What every page asks the API as it starts: the effective branding (`BrandingProvider`). */
export const everyPageCalls: readonly PeopleCall[] = ['getBranding'];

/** The people's features a page is prerendered for. */
export type PageFeature = 'home' | 'reset' | 'sign-in' | 'change-password' | 'security-info' | 'interstitial' | 'accessibility';

export const prerenderedPages: readonly PrerenderedPage[] = [
  { path: '/', file: 'index.html', feature: 'home' },
  // Its first step shows the CAPTCHA (`IdentifyStep`).
  { path: '/reset', file: 'reset.html', feature: 'reset', firstCalls: ['getCaptcha'] },
  { path: '/sign-in', file: 'sign-in.html', feature: 'sign-in' },
  { path: '/change-password', file: 'change-password.html', feature: 'change-password' },
  // Signed out, both send the person to sign-in: the prerendered file is the shell around it.
  { path: '/security-info', file: 'security-info.html', feature: 'security-info' },
  { path: '/registration-prompt', file: 'registration-prompt.html', feature: 'interstitial' },
  { path: '/accessibility', file: 'accessibility.html', feature: 'accessibility' },
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
