export { SecurityInfoPage } from './components/security-info-page';
