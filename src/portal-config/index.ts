export {
  journeyNames,
  journeyPaths,
  portalModes,
  entraLinks,
  hostedPageUrl,
  settlePortalConfig,
  defaultPortalConfig,
  type JourneyName,
  type PortalMode,
  type PortalJourney,
  type PortalConfig,
  type BuildDefaults,
  type Warn,
  type JourneyChoice,
} from './portal-config';
// read-portal-json.ts (resolvePortalConfig) is imported directly: it loads in its own chunk.
export { loadPortalConfig, startPortalConfig, buildDefaultConfig, thisBuild } from './load-portal-config';
export {
  PortalConfigProvider,
  usePortalConfig,
  type PortalConfigProviderProps,
} from './portal-config-provider';
export { JourneyRoute, OfferedRoute, WellKnownChangePassword, hostOf } from './mode-routes';
