/**
 * The build's server-side entry (issue 9): renders the people's pages to HTML with the build's
 * default branding and language, and the Griffel styles they use (critical CSS), so a page paints
 * before any JavaScript has loaded. The `prerender` Vite plugin (vite.config.ts) builds this file
 * for Node after the browser bundle and writes one HTML file per page; `src/start.tsx` then
 * hydrates the page it finds.
 */
import { createDOMRenderer, renderToStyleElements, RendererProvider, type GriffelRenderer } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router-dom';
import { peopleEndpoints } from '@/api/areas/people';
import { buildPath, type EndpointDefinition } from '@/api/endpoint-definition';
import { brandingSchema, type Branding } from '@/api/schemas/branding';
import { App } from '@/app';
import { fallbackBranding } from '@/branding/fallback-branding';
import { createI18n, installLanguages, languageDir, setLanguage } from '@/i18n';
import { languageList } from '@/i18n/languages';
import { thisBuild } from '@/portal-config/load-portal-config';
import type { PortalConfig } from '@/portal-config';
import { resolvePortalConfig } from '@/portal-config/read-portal-json';
import { everyPageCalls, prerenderedPages } from './prerendered-pages';

// No page here to carry the languages (src/i18n/page-languages.ts): the registry itself.
installLanguages(languageList);

export interface PrerenderInput {
  /** The address to render. */
  path: string;
  /** The build's `public/branding.json`, as read. */
  branding: unknown;
  /** The build's `public/portal.json`, as read (undefined when there is none). */
  portalJson: unknown;
}

export interface PrerenderOutput {
  /** What goes inside `#root`. */
  html: string;
  /** The `<style>` elements of the rules the page uses (Griffel's and the theme's). */
  styles: string;
  /** `<html lang>`. */
  language: string;
  /** `<html dir>`. */
  dir: 'ltr' | 'rtl';
  /** The document title the page sets. */
  title: string;
  /** The portal.json the page was rendered with: the browser hydrates only with the same. */
  config: PortalConfig;
  demo: boolean;
  /**
   * The addresses of the API calls the page makes as it starts, for the page to ask for before
   * its app runs (src/api/early-requests.ts). None in a demo build (its mock backend is not
   * running yet) or when this portal has no API (links mode).
   */
  firstRequests: string[];
}

const titleKeys = {
  '/': 'titles.home',
  '/reset': 'titles.reset',
  '/sign-in': 'titles.signIn',
  '/change-password': 'titles.changePassword',
  '/security-info': 'titles.securityInfo',
  '/registration-prompt': 'titles.interstitial',
  '/accessibility': 'titles.accessibility',
} as const;

async function streamToString(stream: ReadableStream<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

function StaticRouterAt(path: string) {
  return function PrerenderRouter({ children }: { children: ReactNode }) {
    return <StaticRouter location={path}>{children}</StaticRouter>;
  };
}

function firstRequestsOf(path: string, config: PortalConfig): string[] {
  const base = config.apiBaseUrl;
  if (thisBuild.demoAvailable || base === null) return [];
  const page = prerenderedPages.find((candidate) => candidate.path === path);
  return [...everyPageCalls, ...(page?.firstCalls ?? [])].map((name) => {
    const endpoint: EndpointDefinition = peopleEndpoints[name];
    if (endpoint.method !== 'GET' || endpoint.auth !== 'public') throw new Error(`${name}: a page asks early only for public GETs`);
    // As the API client writes it (src/api/api-client.ts): the base without its trailing slash.
    return `${base.replace(/\/$/, '')}${buildPath(endpoint.path, {})}`;
  });
}

export async function prerenderPage({ path, branding: rawBranding, portalJson }: PrerenderInput): Promise<PrerenderOutput> {
  const parsed = brandingSchema.safeParse(rawBranding);
  const branding: Branding = parsed.success ? parsed.data : fallbackBranding;
  const config = resolvePortalConfig(portalJson, thisBuild, (message) => console.warn(message));
  const demo = thisBuild.demoAvailable && config.backend === 'demo';
  const language = branding.defaultLanguage;
  const i18n = createI18n(language);
  await setLanguage(i18n, language);
  const Router = StaticRouterAt(path);
  const page = (renderer: GriffelRenderer) => (
    <RendererProvider renderer={renderer}>
      <App demo={demo} i18n={i18n} portalConfig={config} initialBranding={branding} Router={Router} />
    </RendererProvider>
  );
  const errors: unknown[] = [];
  // First pass: loads every chunk the page renders (route, parts), awaiting each Suspense.
  await streamToString((await prerender(page(createDOMRenderer()), { onError: (error) => void errors.push(error) })).prelude);
  // Second pass: everything is at hand, so nothing suspends and React writes no inline script
  // (which the CSP would block) to finish a boundary later.
  const renderer = createDOMRenderer();
  const html = renderToString(page(renderer));
  if (errors.length > 0) throw new Error(`Prerendering ${path} failed: ${errors.map(String).join('; ')}`);
  if (html.includes('<script')) throw new Error(`Prerendering ${path}: the HTML has an inline script, which the CSP blocks`);
  if (html.includes('<!--$?-->') || html.includes('<!--$!-->')) throw new Error(`Prerendering ${path}: a Suspense boundary did not finish`);
  const styles = renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>);
  const t = i18n.getFixedT(language);
  const titleKey = path in titleKeys ? titleKeys[path as keyof typeof titleKeys] : 'titles.notFound';
  return {
    html,
    styles,
    language,
    dir: languageDir(language),
    title: `${t(titleKey)} · ${branding.organizationName}`,
    config,
    demo,
    firstRequests: firstRequestsOf(path, config),
  };
}
