import { isMessageLanguage, type MessageLanguage } from '@/api';
import type { PortalState, StoredUser } from '../../store/state';
import { defaultBranding } from '../branding-defaults';
import { messageTemplates, type MessageTemplates } from './templates';

export { messageTemplates, type MessageTemplates } from './templates';

const shippedLanguage = defaultBranding('').defaultLanguage;

/**
 * The language a message to this person is worded in: their preferred language (the backend has a
 * wording in every portal language), else the organisation's default language, else English.
 */
export function messageLanguageOf(state: PortalState, user: StoredUser | null): MessageLanguage {
  const preferred = user?.preferredLanguage;
  if (isMessageLanguage(preferred)) return preferred;
  const organization = state.branding?.defaultLanguage ?? shippedLanguage;
  return isMessageLanguage(organization) ? organization : 'en';
}

/** The templates for this person, and the organisation's name they all carry. */
export function messagesFor(state: PortalState, user: StoredUser | null): { text: MessageTemplates; organization: string } {
  return { text: messageTemplates[messageLanguageOf(state, user)], organization: state.organization.name };
}
