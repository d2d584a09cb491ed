export { RolloutPage } from './rollout-page';
