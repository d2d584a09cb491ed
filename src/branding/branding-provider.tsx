import { FluentProvider, type Theme } from '@fluentui/react-components';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '@/api/api-client';
import { languageDir } from '@/i18n';
import { brandingSchema, type Branding, type EffectiveBranding } from '@/api/schemas/branding';
import { contrastRatio, minimumTextContrast } from './contrast';
import { useFieldFocusRing } from './focus-ring';
import { effectiveHelpdesk, type Helpdesk } from './helpdesk';
import { inlineDefaults } from './inline-defaults';
import { rampForBranding } from './ramp';
import { createBrandThemes, type BrandThemes } from './themes';

export const brandingKeys = {
  all: ['branding'] as const,
  defaults: () => [...brandingKeys.all, 'defaults'] as const,
  effective: () => [...brandingKeys.all, 'effective'] as const,
};

function defaultsUrl(): string {
  const path = `${import.meta.env.BASE_URL ?? '/'}branding.json`;
  return typeof window === 'undefined' ? path : new URL(path, window.location.origin).href;
}

/** The organisation's runtime `/branding.json`; anything missing or invalid gives the defaults the page was built with. */
export async function loadDefaultBranding(url: string = defaultsUrl(), signal?: AbortSignal): Promise<Branding> {
  try {
    const response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
    if (!response.ok) return inlineDefaults();
    const parsed = brandingSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : inlineDefaults();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    return inlineDefaults();
  }
}

export const defaultBrandingQuery = (url?: string) =>
  queryOptions({
    queryKey: brandingKeys.defaults(),
    queryFn: ({ signal }) => loadDefaultBranding(url, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const effectiveBrandingQuery = () =>
  queryOptions({
    queryKey: brandingKeys.effective(),
    queryFn: ({ signal }) => api.call('getBranding', { signal }),
    staleTime: 5 * 60_000,
    // Optional: while the API can't be reached the defaults stay, and the page says so itself.
    throwOnError: false,
  });

/** The same object for as long as the value says the same (plain JSON data: branding, help desk). */
function useSameWhileEqual<T>(value: T): T {
  const key = JSON.stringify(value);
  return useMemo(() => JSON.parse(key) as T, [key]);
}

/** The API's answer when an admin saved a branding, else the runtime defaults. */
export function chooseBranding(defaults: Branding, fromApi: EffectiveBranding | undefined): Branding {
  if (!fromApi?.customized) return defaults;
  const { customized: _customized, helpdesk: _helpdesk, ...branding } = fromApi;
  return branding;
}

export type ColorScheme = 'light' | 'dark';

const darkQuery = '(prefers-color-scheme: dark)';

function subscribeToColorScheme(onChange: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => undefined;
  const media = window.matchMedia(darkQuery);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

function currentColorScheme(): ColorScheme {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return 'light';
  return window.matchMedia(darkQuery).matches ? 'dark' : 'light';
}

export function usePreferredColorScheme(): ColorScheme {
  return useSyncExternalStore(subscribeToColorScheme, currentColorScheme, () => 'light');
}

type DarkThemeModule = typeof import('./dark-theme');
let darkThemeModule: DarkThemeModule | undefined;
let darkThemePending: Promise<DarkThemeModule> | undefined;

/**
 * The dark theme's code (Fluent's dark tokens) is not in the first page's JavaScript: it loads
 * when the colour scheme is dark (issue 9). Until it is there the page stays light.
 */
export function loadDarkTheme(): Promise<DarkThemeModule> {
  darkThemePending ??= import('./dark-theme').then(
    (module) => (darkThemeModule = module),
    (error: unknown) => {
      darkThemePending = undefined;
      throw error;
    },
  );
  return darkThemePending;
}

/** Starts loading the dark theme when the system asks for one; settles when it is there (or failed). */
export function preloadPreferredTheme(): Promise<void> {
  return currentColorScheme() === 'dark' ? loadDarkTheme().then(() => undefined, () => undefined) : Promise.resolve();
}

function useDarkThemeModule(wanted: boolean): DarkThemeModule | undefined {
  const [module, setModule] = useState(() => darkThemeModule);
  useEffect(() => {
    if (!wanted || module) return;
    let live = true;
    loadDarkTheme().then(
      (loaded) => {
        if (live) setModule(loaded);
      },
      // Not loaded (offline): the page stays light.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted, module]);
  return module;
}

export interface BrandingContextValue {
  branding: Branding;
  theme: Theme;
  themes: BrandThemes;
  colorScheme: ColorScheme;
  /** The logo for the current colour scheme (the light one when no dark one is set). */
  logo: string | null;
  /** The brand colour is too pale for white text: buttons use darker steps. */
  paleBrandWarning: boolean;
  helpdesk: Helpdesk;
  /** True while the answer of `GET /branding` is an admin's saved branding. */
  customized: boolean;
}

const BrandingContext = createContext<BrandingContextValue | null>(null);

export function useBranding(): BrandingContextValue {
  const value = useContext(BrandingContext);
  if (!value) throw new Error('useBranding needs a <BrandingProvider> above it');
  return value;
}

/** A page background is used only where the theme's text stays readable on it. */
export function pageBackground(branding: Branding, theme: Theme, colorScheme: ColorScheme): string {
  const background = branding.background;
  if (colorScheme === 'light' && background && contrastRatio(background, theme.colorNeutralForeground1) >= minimumTextContrast) {
    return background;
  }
  return theme.colorNeutralBackground1;
}

export function useBrandingValue(branding: Branding, helpdesk: Helpdesk, customized: boolean): BrandingContextValue {
  const preferred = usePreferredColorScheme();
  const darkModule = useDarkThemeModule(preferred === 'dark');
  const themes = useMemo(() => createBrandThemes(rampForBranding(branding), darkModule?.createDarkTheme), [branding, darkModule]);
  // Dark once the dark theme's code is there; light until then.
  const colorScheme: ColorScheme = preferred === 'dark' && themes.dark ? 'dark' : 'light';
  return useMemo(() => {
    const theme = colorScheme === 'dark' && themes.dark ? themes.dark : themes.light;
    const logo = colorScheme === 'dark' ? (branding.logo.dark ?? branding.logo.light) : branding.logo.light;
    return { branding, theme, themes, colorScheme, logo, paleBrandWarning: themes.paleBrandWarning, helpdesk, customized };
  }, [branding, colorScheme, customized, helpdesk, themes]);
}

function useDocumentBranding(favicon: string | null, background: string): void {
  useEffect(() => {
    if (!favicon) return;
    let link = document.head.querySelector<HTMLLinkElement>('link[rel~="icon"]');
    if (!link) {
      link = document.createElement('link');
      link.rel = 'icon';
      document.head.append(link);
    }
    link.href = favicon;
  }, [favicon]);
  useEffect(() => {
    document.documentElement.style.backgroundColor = background;
  }, [background]);
}

export interface BrandingProviderProps {
  children: ReactNode;
  /** Where the runtime defaults live; `/branding.json` beside the app. */
  defaultsUrl?: string;
  /** The branding of the first render; default: the defaults inlined in the page (the prerender gives the build's file). */
  initial?: Branding;
}

/**
 * Renders at once with the defaults inlined in `index.html` (no waiting for the network), while
 * the runtime `/branding.json` and `GET /branding` load in the background and replace them when
 * they differ: only colours and the logo change, in boxes of the same size. A FluentProvider
 * with the light or dark theme the system asks for. Needs a QueryClientProvider above it.
 */
export function BrandingProvider({ children, defaultsUrl: url, initial: given }: BrandingProviderProps) {
  useFieldFocusRing();
  const [initial] = useState(() => given ?? inlineDefaults());
  const defaults = useQuery(defaultBrandingQuery(url));
  const effective = useQuery(effectiveBrandingQuery());
  // The runtime file and the API usually say what the page was built with: then the branding and
  // the help desk stay the same objects, and nothing below renders again (a whole page's render,
  // ~160 ms on a slow phone).
  const branding = useSameWhileEqual(chooseBranding(defaults.data ?? initial, effective.data));
  const helpdesk = useSameWhileEqual(effectiveHelpdesk(branding, effective.data?.helpdesk));
  const value = useBrandingValue(branding, helpdesk, effective.data?.customized ?? false);
  const background = pageBackground(branding, value.theme, value.colorScheme);
  useDocumentBranding(branding.favicon, background);
  // Arabic lays out mirrored: Fluent (and Griffel's styles) follow the language's direction.
  const { i18n } = useTranslation();
  return (
    <BrandingContext.Provider value={value}>
      <FluentProvider theme={value.theme} dir={languageDir(i18n.language)} style={{ backgroundColor: background }}>
        {children}
      </FluentProvider>
    </BrandingContext.Provider>
  );
}

export interface StaticBrandingProviderProps {
  branding: Branding;
  helpdesk?: Helpdesk;
  children: ReactNode;
}

/** A given branding without loading anything: the admin's live preview, and tests. */
export function StaticBrandingProvider({ branding, helpdesk, children }: StaticBrandingProviderProps) {
  const resolvedHelpdesk = useMemo(() => helpdesk ?? effectiveHelpdesk(branding, undefined), [branding, helpdesk]);
  const value = useBrandingValue(branding, resolvedHelpdesk, false);
  return (
    <BrandingContext.Provider value={value}>
      <FluentProvider theme={value.theme} style={{ backgroundColor: pageBackground(branding, value.theme, value.colorScheme) }}>
        {children}
      </FluentProvider>
    </BrandingContext.Provider>
  );
}
