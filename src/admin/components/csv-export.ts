import { useState } from 'react';
import type { DateRange } from './date-range';
import { downloadText } from './download';

/** Fetches a report as CSV (`Accept: text/csv`) and saves it. */
export function useCsvExport(fileName: string, load: () => Promise<string>) {
  const [state, setState] = useState<{ busy: boolean; error: unknown }>({ busy: false, error: null });
  async function run() {
    setState({ busy: true, error: null });
    try {
      downloadText(fileName, await load(), 'text/csv;charset=utf-8');
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error });
    }
  }
  return { ...state, run };
}

export function rangeSuffix(range: DateRange): string {
  return [range.from, range.to].filter(Boolean).join('_') || 'last-30-days';
}
