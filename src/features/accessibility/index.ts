export { AccessibilityPage } from './components/accessibility-page';
