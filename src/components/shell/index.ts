export { PageShell, type PageShellProps } from './page-shell';
export { LanguageSwitcher } from './language-switcher';
