/** Where the person's choice is kept (localStorage). */
export const languageStorageKey = 'password-portal.language';
/** `?lang=fr` opens the portal in French (a rollout e-mail or poster links to it). */
export const languageQueryParameter = 'lang';
