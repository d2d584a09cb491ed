import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { buildDefaultConfig } from './load-portal-config';
import type { PortalConfig } from './portal-config';

const PortalConfigContext = createContext<PortalConfig | null>(buildDefaultConfig);

export interface PortalConfigProviderProps {
  /** The loaded config, or the promise of it (the page renders meanwhile); default: this build's defaults. */
  config?: PortalConfig | Promise<PortalConfig>;
  children: ReactNode;
}

/** Makes `portal.json` known below it; until it has loaded, `usePortalConfig()` answers null. */
export function PortalConfigProvider({ config = buildDefaultConfig, children }: PortalConfigProviderProps) {
  const [loaded, setLoaded] = useState<{ from: Promise<PortalConfig>; value: PortalConfig } | null>(null);
  useEffect(() => {
    if (!(config instanceof Promise)) return;
    let current = true;
    void config.then((value) => {
      if (current) setLoaded({ from: config, value });
    });
    return () => {
      current = false;
    };
  }, [config]);
  const value = config instanceof Promise ? (loaded?.from === config ? loaded.value : null) : config;
  return <PortalConfigContext.Provider value={value}>{children}</PortalConfigContext.Provider>;
}

/** The portal's modes, or null while `/portal.json` is still on its way. */
export function usePortalConfig(): PortalConfig | null {
  return useContext(PortalConfigContext);
}
