export { RegistrationPromptPage } from './components/registration-prompt-page';
