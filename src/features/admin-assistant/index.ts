export { RolloutAssistantPage } from './rollout-assistant-page';
export { RolloutAssistantRoutes } from './rollout-routes';
