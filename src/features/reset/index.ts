export { ResetPage } from './components/reset-page';
