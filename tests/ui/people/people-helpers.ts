import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { Policy } from '@/api';
import type { AppHarness } from '../../render-app';

/** Changes the policy the way an admin would (through the API). */
export async function updatePolicy(app: AppHarness, change: (policy: Policy) => Policy): Promise<void> {
  const admin = await app.as('admin@contoso.com');
  const policy = await admin.call('getPolicy');
  await admin.call('putPolicy', { body: change(policy) });
}

/** Most journeys are about what comes after the CAPTCHA, which has its own test. */
export async function withoutCaptcha(app: AppHarness, extra: Partial<Policy> = {}): Promise<void> {
  await updatePolicy(app, (policy) => ({ ...policy, captcha: false, ...extra }));
}

/** A field by the start of its label (Fluent marks required labels with an asterisk). */
function labelPattern(label: string | RegExp): RegExp {
  return typeof label === 'string' ? new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) : label;
}

export function field(label: string | RegExp): HTMLElement {
  return screen.getByLabelText(labelPattern(label));
}

export async function findField(label: string | RegExp): Promise<HTMLElement> {
  return screen.findByLabelText(labelPattern(label));
}

/** Opens /reset and gets past the first step with a user ID (CAPTCHA off). */
export async function startReset(app: AppHarness, userId: string) {
  const view = await app.renderApp('/reset');
  await view.user.type(await findField('User ID'), userId);
  await view.user.click(screen.getByRole('button', { name: 'Next' }));
  return view;
}

/** Puts text in a field at once, as a paste: for long values where the typing is not what a test is about. */
export async function pasteInto(user: UserEvent, element: HTMLElement, text: string) {
  await user.click(element);
  await user.paste(text);
}

export async function chooseMethod(user: UserEvent, name: RegExp, button: string | RegExp) {
  await user.click(await screen.findByRole('radio', { name }));
  await user.click(screen.getByRole('button', { name: button }));
}

export async function typeCode(user: UserEvent, code: string) {
  await user.type(await findField('Verification code'), code);
  await user.click(screen.getByRole('button', { name: 'Verify' }));
}
