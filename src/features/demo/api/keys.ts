export const demoKeys = {
  all: ['demo'] as const,
  outbox: () => [...demoKeys.all, 'outbox'] as const,
  notices: () => [...demoKeys.all, 'notices'] as const,
  personas: () => [...demoKeys.all, 'personas'] as const,
  clock: () => [...demoKeys.all, 'clock'] as const,
  settings: () => [...demoKeys.all, 'settings'] as const,
};
