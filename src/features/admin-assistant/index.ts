export { RolloutAssistantPage } from './rollout-assistant-page';
