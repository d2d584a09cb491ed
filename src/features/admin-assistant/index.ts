export { RolloutAssistantRoutes } from './rollout-routes';
