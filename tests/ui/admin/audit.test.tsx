import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useAdminApp } from './admin-fixtures';

const app = await useAdminApp();

describe('the audit log', () => {
  it('lists activity in words and filters it by activity and date', async () => {
    const { user } = await app.renderAdmin('/admin/audit', { signedInAs: 'admin@contoso.com' });
    const table = await screen.findByRole('table', { name: 'Audit log' });
    const activities = within(table).getAllByRole('row').slice(1).map((row) => row.children[1]?.textContent ?? '');
    expect(activities.length).toBeGreaterThan(0);
    // Words, not codes like registerSecurityInfo.
    expect(activities.filter((activity) => /^[a-z]+[A-Z]/.test(activity))).toEqual([]);
    const activity = activities[0] ?? '';

    await user.selectOptions(screen.getByRole('combobox', { name: 'Activity' }), activity);
    await waitFor(() => {
      const shown = within(screen.getByRole('table', { name: 'Audit log' })).getAllByRole('row').slice(1).map((row) => row.children[1]?.textContent);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every((value) => value === activity)).toBe(true);
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Activity' }), 'Policy changed');
    expect(await screen.findByText('Nothing to show.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Activity' }), 'All activities');
    await waitFor(() => expect(screen.queryByText('Nothing to show.')).not.toBeInTheDocument());

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2030-01-01' } });
    expect(await screen.findByText('Nothing to show.')).toBeInTheDocument();
  });
});
