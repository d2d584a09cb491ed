import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { testedLanguages } from '@/features/accessibility/tested';
import { languageInfo } from '@/i18n/languages';
import { ar } from '@/i18n/locales/ar';
import { useApp } from '../../render-app';

const app = await useApp();

describe('the accessibility statement', () => {
  it('is linked from the footer, names WCAG 2.2 AA, the languages the browser tests run in, and how to report a problem', async () => {
    const { user } = await app.renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    await user.click(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Accessibility' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' })).toHaveFocus();
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent('Web Content Accessibility Guidelines (WCAG) 2.2 at level AA');
    for (const heading of ['How it is tested', 'Known limitations', 'Report a problem']) {
      expect(within(main).getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    }
    // Each language by its own name, marked as that language: the very lists the browser tests run over.
    const phone = within(main).getByText(/at phone size, in:/);
    expect([...phone.querySelectorAll('bdi')].map((name) => [name.lang, name.textContent])).toEqual(
      testedLanguages.axePhone.map((tag) => [tag, languageInfo(tag).name]),
    );
    expect(within(main).getByText(/320 pixels wide/)).toBeInTheDocument();
    // No help link in the shipped branding: the plain advice.
    expect(within(main).getByText('Contact your administrator.')).toBeInTheDocument();
    expect(document.title).toBe('Accessibility · Contoso');
  });

  it('in Arabic: the footer labels the organisation wrote only in English and Dutch, and a CAPTCHA question the server words only in those, say they are English', async () => {
    // A server that words the question in the contract's two required languages only.
    app.mock.server.use(
      http.get('*/captcha', () =>
        HttpResponse.json({ enabled: true, challengeId: 'cap-en-nl', image: 'data:image/svg+xml;base64,', alternativeQuestion: { en: 'What is two plus two?', nl: 'Hoeveel is twee plus twee?' } }),
      ),
    );
    const { user } = await app.renderApp('/reset');
    await screen.findByRole('heading', { level: 1 });
    await user.selectOptions(screen.getByLabelText('Language'), 'ar');
    await screen.findByRole('heading', { level: 1, name: ar.reset.identifyHeading });
    const footer = within(screen.getByRole('contentinfo'));
    expect(footer.getByText('Privacy')).toHaveAttribute('lang', 'en');
    expect(footer.getByRole('link', { name: ar.titles.accessibility })).not.toHaveAttribute('lang');
    await screen.findByRole('img', { name: ar.reset.captchaAlt });
    await user.click(screen.getByRole('button', { name: ar.reset.captchaUseQuestion }));
    const question = await screen.findByText('What is two plus two?');
    expect(question.closest('[lang]')).toHaveAttribute('lang', 'en');
    expect(question.closest('label')).toHaveAttribute('dir', 'auto');
  });
});
