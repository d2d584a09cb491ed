/** RFC 4180 CSV for the contact-data import and the report exports. */

export interface CsvRowError {
  /** The physical line (1-based) where the bad record starts. */
  line: number;
  error: 'malformed_row';
}

export interface ParsedCsv {
  /** The well-formed records, in order; blank lines are skipped. */
  rows: string[][];
  /** For each row, the physical line (1-based) where it starts: a quoted field may span lines. */
  rowLines: number[];
  errors: CsvRowError[];
}

/**
 * Parses RFC 4180 text: fields separated by commas, records by CRLF or LF; fields in double
 * quotes may hold commas, line breaks and `""` for a quote. A leading BOM and blank lines are
 * skipped. Never throws: a record with a stray quote, text after a closing quote or a quote
 * left open is reported in `errors` and parsing goes on with the next line.
 */
export function parseCsv(text: string): ParsedCsv {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const result: ParsedCsv = { rows: [], rowLines: [], errors: [] };
  const n = input.length;
  let pos = 0;
  let line = 1;

  const isBreak = (at: number) => input[at] === '\n' || input[at] === '\r';
  /** Moves past the line break at `at` (CRLF, LF or CR); returns the new position. */
  const skipBreak = (at: number): number => (input[at] === '\r' && input[at + 1] === '\n' ? at + 2 : at + 1);
  /** Skips to the start of the next line, counting it. */
  const skipLine = (from: number): number => {
    let at = from;
    while (at < n && !isBreak(at)) at += 1;
    if (at < n) {
      line += 1;
      at = skipBreak(at);
    }
    return at;
  };

  while (pos < n) {
    const startLine = line;
    const startPos = pos;
    const fields: string[] = [];
    let malformed = false;
    let field = '';
    for (;;) {
      if (input[pos] === '"') {
        // A quoted field: up to the closing quote, `""` is a quote.
        pos += 1;
        let closed = false;
        while (pos < n) {
          const char = input[pos];
          if (char === '"') {
            if (input[pos + 1] === '"') {
              field += '"';
              pos += 2;
              continue;
            }
            pos += 1;
            closed = true;
            break;
          }
          if (char === '\r' || char === '\n') {
            field += char === '\r' && input[pos + 1] === '\n' ? '\r\n' : char;
            pos = skipBreak(pos);
            line += 1;
            continue;
          }
          field += char;
          pos += 1;
        }
        if (!closed) {
          // Left open to the end: report the record, then read on from the line after its start.
          result.errors.push({ line: startLine, error: 'malformed_row' });
          line = startLine;
          pos = skipLine(startPos);
          malformed = true;
          break;
        }
        if (pos < n && input[pos] !== ',' && !isBreak(pos)) {
          malformed = true;
          break;
        }
      } else {
        while (pos < n && input[pos] !== ',' && !isBreak(pos)) {
          if (input[pos] === '"') malformed = true;
          field += input[pos];
          pos += 1;
        }
        if (malformed) break;
      }
      fields.push(field);
      field = '';
      if (pos < n && input[pos] === ',') {
        pos += 1;
        continue;
      }
      break;
    }
    if (malformed) {
      if (result.errors.at(-1)?.line !== startLine) {
        result.errors.push({ line: startLine, error: 'malformed_row' });
        pos = skipLine(pos);
      }
      continue;
    }
    if (pos < n) {
      pos = skipBreak(pos);
      line += 1;
    }
    if (fields.length === 1 && fields[0] === '') continue; // a blank line
    result.rows.push(fields);
    result.rowLines.push(startLine);
  }
  return result;
}

// Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection").
const formulaStart = /^[=+\-@\t\r]/;

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text with a header line, CRLF line ends, quoting where needed and formula cells neutralised. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
