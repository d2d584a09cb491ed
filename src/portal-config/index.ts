export {
  journeyNames,
  journeyPaths,
  portalModes,
  entraLinks,
  hostedPageUrl,
  resolvePortalConfig,
  defaultPortalConfig,
  type JourneyName,
  type PortalMode,
  type PortalJourney,
  type PortalConfig,
  type BuildDefaults,
  type Warn,
} from './portal-config';
export { loadPortalConfig, startPortalConfig, buildDefaultConfig, thisBuild } from './load-portal-config';
export { PortalConfigProvider, usePortalConfig, type PortalConfigProviderProps } from './portal-config-provider';
export { JourneyRoute, OfferedRoute, WellKnownChangePassword, hostOf } from './mode-routes';
