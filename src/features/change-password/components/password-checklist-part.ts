// The strength checker, a part of the page that loads after it (issue 9): see change-password-page.tsx.
export { PasswordChecklist } from '@/components/form';
