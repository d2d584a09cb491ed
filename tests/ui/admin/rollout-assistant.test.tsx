import { screen, waitFor, within } from '@testing-library/react';
import { announcementTexts } from '@/admin/announcement-texts';
import { preferredLanguages } from '@/api';
import { useAdminApp } from './admin-fixtures';

const app = await useAdminApp();

function stepItem(title: string): HTMLElement {
  const item = screen.getByRole('heading', { level: 2, name: new RegExp(title) }).closest('li');
  if (!item) throw new Error(`no step ${title}`);
  return item;
}

describe('the rollout assistant', () => {
  it('Rollout: shows the six steps, each with a state, a figure, the next action and a link; first in the menu', async () => {
    await app.renderAdmin('/admin/rollout', { signedInAs: 'admin@contoso.com' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Rollout' })).toBeInTheDocument();
    await screen.findByRole('heading', { level: 2, name: /Enable password reset/ });
    const steps = screen.getAllByRole('heading', { level: 2 });
    expect(steps.map((heading) => heading.textContent)).toEqual([
      'Step 1 Enable password reset',
      'Step 2 Assign licences',
      'Step 3 Scope to a pilot group',
      'Step 4 Tell people',
      'Step 5 Watch registrations grow',
      'Step 6 Watch resets being used',
      'Training materials',
    ]);
    const scope = stepItem('Scope to a pilot group');
    expect(within(scope).getByText('In progress')).toBeInTheDocument();
    expect(within(scope).getByText(/The group “SSPR Pilot”/)).toBeInTheDocument();
    expect(within(scope).getByRole('link', { name: 'Change the scope in the policy' })).toHaveAttribute('href', '/admin/policy');
    expect(within(stepItem('Watch registrations grow')).getByRole('img', { name: /Registered in scope over the last 30 days/ })).toBeInTheDocument();
    const menu = screen.getByRole('navigation', { name: 'Admin console sections' });
    expect(within(menu).getAllByRole('link')[0]).toHaveTextContent('Rollout');
    expect(within(menu).getByRole('link', { name: 'Rollout kit' })).toHaveAttribute('href', '/admin/rollout/kit');
  });

  it('Rollout: sending the announcement shows the result, focused, and step 4 says when it went out', async () => {
    const { user } = await app.renderAdmin('/admin/rollout', { signedInAs: 'admin@contoso.com' });
    const announce = await waitFor(() => stepItem('Tell people'));
    expect(within(announce).getByText('The announcement has not been sent.', { exact: false })).toBeInTheDocument();
    await user.click(within(announce).getByRole('button', { name: 'Send the announcement' }));
    const result = await screen.findByText(/^Sent to \d+ (person|people)\.$/);
    await waitFor(() => expect(result.closest('[tabindex="-1"]')).toHaveFocus());
    await waitFor(() => expect(within(stepItem('Tell people')).getByText(/The announcement went out on/)).toBeInTheDocument());
    expect(within(stepItem('Tell people')).getByText('Done')).toBeInTheDocument();

    await user.click(within(stepItem('Tell people')).getByRole('button', { name: 'Send the announcement' }));
    expect(await screen.findByText(/^Sent to 0 people\. \d+ (person|people) already had it in the last 24 hours/)).toBeInTheDocument();
  });

  it('Rollout: the admin picks the announcement’s language, whatever the console’s', async () => {
    const { user } = await app.renderAdmin('/admin/rollout', { signedInAs: 'admin@contoso.com' });
    const announce = await waitFor(() => stepItem('Tell people'));
    const picker = within(announce).getByRole('combobox', { name: 'Language of the e-mail' });
    expect(within(picker).getAllByRole('option').map((option) => option.getAttribute('value'))).toEqual([...preferredLanguages]);
    await user.selectOptions(picker, 'Polski');
    await user.click(within(announce).getByRole('button', { name: 'Send the announcement' }));
    await screen.findByText(/^Sent to \d+ (person|people)\.$/);
    const { items } = await app.api.call('getOutbox', { query: {} });
    for (const words of announcementTexts.pl.email.subject.split(/\{\{\w+\}\}/).filter(Boolean)) expect(items[0]?.subject).toContain(words);
    expect(items[0]?.subject).toContain('Contoso');
  });

  it('Rollout: a reminder is scheduled and cancelled, with the status focused', async () => {
    const { user } = await app.renderAdmin('/admin/rollout', { signedInAs: 'admin@contoso.com' });
    await screen.findByText('No reminder is scheduled.', { exact: false });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Remind after' }), '7');
    await user.click(screen.getByRole('button', { name: 'Schedule the reminder' }));
    const scheduled = await screen.findByText(/A reminder goes out on/);
    await waitFor(() => expect(scheduled).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Cancel the reminder' }));
    await waitFor(() => expect(screen.getByText(/No reminder is scheduled/)).toHaveFocus());
  });

  it('Rollout: step 2 links to the users list filtered to the people in scope without a licence', async () => {
    const { user } = await app.renderAdmin('/admin/rollout', { signedInAs: 'admin@contoso.com' });
    const figure = await screen.findByText(/people in scope lacks? a licence that allows reset/);
    const count = /^(\d+) of/.exec(figure.textContent ?? '')?.[1];
    await user.click(screen.getByRole('link', { name: 'Find the people without a licence in Users' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Users' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Registration' })).toHaveValue('unlicensedInScope');
    expect(await screen.findByText(`${count} users`)).toBeInTheDocument();
  });

  it('Rollout: in Dutch', async () => {
    await app.renderAdmin('/admin/rollout', { signedInAs: 'admin@contoso.com', language: 'nl' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Uitrol' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: /Mensen informeren/ })).toBeInTheDocument();
  });
});
