import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useAdminApp } from './admin-fixtures';

const app = await useAdminApp();

describe('the audit log', () => {
  it('lists activity and filters it by activity and date', async () => {
    const { user } = await app.renderAdmin('/admin/audit', { signedInAs: 'admin@contoso.com' });
    const table = await screen.findByRole('table', { name: 'Audit log' });
    const activities = within(table).getAllByRole('row').slice(1).map((row) => row.children[1]?.textContent ?? '');
    expect(activities.length).toBeGreaterThan(0);
    const activity = activities[0] ?? '';

    await user.type(screen.getByRole('textbox', { name: /Activity/ }), activity);
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => {
      const shown = within(screen.getByRole('table', { name: 'Audit log' })).getAllByRole('row').slice(1).map((row) => row.children[1]?.textContent);
      expect(shown.every((value) => value === activity)).toBe(true);
    });

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2030-01-01' } });
    expect(await screen.findByText('Nothing to show.')).toBeInTheDocument();
  });
});
