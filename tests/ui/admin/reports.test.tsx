import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { onTestFinished } from 'vitest';
import { useAdminApp } from './admin-fixtures';

const app = await useAdminApp();

describe('the reports', () => {
  it('shows tiles, charts and tables for the last 30 days by default', async () => {
    await app.renderAdmin('/admin/reports', { signedInAs: 'admin@contoso.com' });
    expect(await screen.findByText('In scope')).toBeInTheDocument();
    expect(screen.getByText('Able to reset')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Registrations per day/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Resets per day/ })).toBeInTheDocument();
    expect(screen.getByTestId('report-range')).toHaveTextContent('Feb 1, 2026 – Mar 2, 2026');
  });

  it('filters every part of the report by date', async () => {
    await app.renderAdmin('/admin/reports', { signedInAs: 'admin@contoso.com' });
    await screen.findByTestId('report-range');
    const period = screen.getByRole('region', { name: 'Period' });
    fireEvent.change(within(period).getByLabelText('From'), { target: { value: '2026-02-10' } });
    fireEvent.change(within(period).getByLabelText('To'), { target: { value: '2026-02-12' } });
    await waitFor(() => expect(screen.getByTestId('report-range')).toHaveTextContent('Feb 10, 2026 – Feb 12, 2026'));
    const chartTable = within(screen.getByRole('region', { name: 'Registrations per day' })).getByRole('table', { hidden: true });
    expect(within(chartTable).getAllByRole('row', { hidden: true }).slice(1)).toHaveLength(3);

    const resets = screen.getByRole('region', { name: 'Reset activity' });
    await waitFor(() => {
      const times = within(resets).getAllByRole('row').slice(1).map((row) => within(row).getByRole('time').getAttribute('datetime') ?? '');
      expect(times.length).toBeGreaterThan(0);
      for (const time of times) {
        expect(time >= '2026-02-10T00:00:00').toBe(true);
        expect(time < '2026-02-13T00:00:00').toBe(true);
      }
    });
  });

  it('filters reset activity by result', async () => {
    const { user } = await app.renderAdmin('/admin/reports', { signedInAs: 'admin@contoso.com' });
    const resets = await screen.findByRole('region', { name: 'Reset activity' });
    await within(resets).findAllByRole('row');
    await user.selectOptions(within(resets).getByRole('combobox', { name: 'Result' }), 'failed');
    await waitFor(() => {
      const cells = within(resets).getAllByRole('row').slice(1).map((row) => row.children[4]?.textContent);
      expect(cells.length).toBeGreaterThan(0);
      expect(cells.every((cell) => cell === 'Failed')).toBe(true);
    });
  });

  it('exports the filtered resets as CSV', async () => {
    const saved: Blob[] = [];
    // jsdom has no object URLs: keep the blob the page would download.
    const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
    URL.createObjectURL = (blob: Blob) => (saved.push(blob), 'blob:report');
    URL.revokeObjectURL = () => undefined;
    onTestFinished(() => {
      Object.assign(URL, original);
    });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = await app.renderAdmin('/admin/reports', { signedInAs: 'admin@contoso.com' });
    const resets = await screen.findByRole('region', { name: 'Reset activity' });
    await user.selectOptions(within(resets).getByRole('combobox', { name: 'Result' }), 'failed');
    await user.click(within(resets).getByRole('button', { name: 'Export as CSV' }));

    await waitFor(() => expect(clicked).toHaveBeenCalled());
    const link = clicked.mock.contexts[0];
    expect(link).toBeInstanceOf(HTMLAnchorElement);
    expect((link as HTMLAnchorElement).download).toBe('resets_last-30-days_failed.csv');
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(saved[0] ?? new Blob());
    });
    const lines = text.trim().split(/\r?\n/);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]).toContain('result');
    expect(lines.slice(1).every((line) => line.includes('failed'))).toBe(true);
    clicked.mockRestore();
  });
});
