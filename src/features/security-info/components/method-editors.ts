// What the security-info page loads after its list (see security-info-page.tsx).
export { AppEditor } from './app-editor';
export { CodeVerificationEditor } from './code-verification-editor';
export { QuestionsEditor } from './questions-editor';
