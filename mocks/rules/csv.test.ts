import fc from 'fast-check';
import { parseCsv, toCsv } from './csv';

const header = 'userPrincipalName,authenticationEmail,alternateEmail,authenticationPhone,mobilePhone,officePhone';

describe('CSV', () => {
  it('CSV import: header line, then one row per user (RFC 4180, CRLF or LF, BOM stripped)', () => {
    const text = `\uFEFF${header}\r\nadele@contoso.com,adele@fabrikam.com,,+1 425 555 0101,,\nalex@contoso.com,,,,,\r\n`;
    expect(parseCsv(text)).toEqual({
      rows: [header.split(','), ['adele@contoso.com', 'adele@fabrikam.com', '', '+1 425 555 0101', '', ''], ['alex@contoso.com', '', '', '', '', '']],
      rowLines: [1, 2, 3],
      errors: [],
    });
  });

  it('CSV import: quoted fields hold commas, quotes and line breaks', () => {
    const text = 'a,"b, c","say ""hi""","two\nlines"\nnext,row';
    expect(parseCsv(text)).toEqual({
      rows: [['a', 'b, c', 'say "hi"', 'two\nlines'], ['next', 'row']],
      rowLines: [1, 3],
      errors: [],
    });
  });

  it('CSV import: blank lines and a trailing empty line are ignored', () => {
    expect(parseCsv('a,b\n\n\nc,d\n\n').rows).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseCsv('').rows).toEqual([]);
    expect(parseCsv('a,\n').rows).toEqual([['a', '']]);
  });

  it('CSV import: a malformed row is reported with its line and the rest is still read', () => {
    const text = 'h1,h2\nok,1\nbad"quote,2\n"closed"junk,3\nfine,4\n"never closed,5\nlast,6\n';
    expect(parseCsv(text)).toEqual({
      rows: [['h1', 'h2'], ['ok', '1'], ['fine', '4'], ['last', '6']],
      rowLines: [1, 2, 5, 7],
      errors: [
        { line: 3, error: 'malformed_row' },
        { line: 4, error: 'malformed_row' },
        { line: 6, error: 'malformed_row' },
      ],
    });
  });

  it('Reports: CSV export quotes where needed and neutralises formulas', () => {
    expect(toCsv(['id', 'who', 'note', 'count'], [['1', 'Vance, Adele', 'said "hi"', 3], ['2', '=HYPERLINK("x")', null, -4], ['3', '@SUM(A1)', '+1 425', 0]])).toBe(
      'id,who,note,count\r\n1,"Vance, Adele","said ""hi""",3\r\n2,"\'=HYPERLINK(""x"")",,-4\r\n3,\'@SUM(A1),\'+1 425,0\r\n',
    );
    expect(toCsv(['a'], [['-2+3'], ['\tcmd']])).toBe("a\r\n'-2+3\r\n'\tcmd\r\n");
  });

  it('CSV: whatever toCsv writes, parseCsv reads back (formula cells with their guard)', () => {
    const cell = fc.string({ maxLength: 12, unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', '=', '-', 'é') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 6 }), (rows) => {
        const parsed = parseCsv(toCsv(['x', 'y'], rows));
        const expected = rows.map((row) => row.map((value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)));
        expect(parsed.errors).toEqual([]);
        expect(parsed.rows).toEqual([['x', 'y'], ...expected]);
      }),
      { numRuns: 300 },
    );
  });

  it('CSV: random text never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60, unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ') }), (text) => {
        const parsed = parseCsv(text);
        expect(parsed.rows.length).toBe(parsed.rowLines.length);
        for (const error of parsed.errors) expect(error.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });
});
