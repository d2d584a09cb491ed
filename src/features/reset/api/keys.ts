/** Query keys of the reset journey. */
export const resetKeys = {
  all: ['reset'] as const,
  captcha: () => [...resetKeys.all, 'captcha'] as const,
  flow: (flowId: string) => [...resetKeys.all, 'flow', flowId] as const,
  challenge: (flowId: string, challengeId: string) => [...resetKeys.all, 'flow', flowId, 'challenge', challengeId] as const,
};
