import { describe, expect, it } from 'vitest';
import { preferredLanguages } from '@/api';
import { announcementLanguageOptions, announcementTexts, type AnnouncementTexts } from './announcement-texts';

function leaves(texts: AnnouncementTexts): [string, string][] {
  return [
    ['qrAlt', texts.qrAlt],
    ...Object.entries(texts.email).map(([key, value]): [string, string] => [`email.${key}`, value]),
    ...Object.entries(texts.poster).map(([key, value]): [string, string] => [`poster.${key}`, value]),
  ];
}
const parameters = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('the announcement texts', () => {
  it('Rollout: the announcement can be written in each of the twelve portal languages', () => {
    expect(Object.keys(announcementTexts).sort()).toEqual([...preferredLanguages].sort());
    expect(announcementLanguageOptions.map((option) => option.value)).toEqual([...preferredLanguages]);
  });

  it.each([...preferredLanguages])(
    'Rollout: every %s text has the parameters English has, and is translated',
    (language) => {
      const english = new Map(leaves(announcementTexts.en));
      for (const [key, text] of leaves(announcementTexts[language])) {
        expect(parameters(text), `${language} ${key}`).toEqual(parameters(english.get(key) ?? ''));
        if (language !== 'en') expect(text, `${language} ${key}`).not.toBe(english.get(key));
      }
    },
  );
});
