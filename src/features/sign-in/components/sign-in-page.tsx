import { Button, Text } from '@fluentui/react-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { z } from 'zod/mini';
import { isApiError, signInRequestSchema } from '@/api';
import { formResolver, FormError, PasswordField, SubmitButton, TextField, violationMessage } from '@/components/form';
import { Actions, Page, PageHeading, Panel, PortalLink, useDocumentTitle, useFormStyles } from '@/components/layout';
import { safeReturnTo, useSession } from '@/components/session';
import { describeProblem } from '@/i18n';
import { useSignIn } from '../api/sign-in';

const signInFormSchema = z.object({
  userId: signInRequestSchema.shape.userId,
  password: z.string().check(z.minLength(1, violationMessage('required')), z.maxLength(4096)),
});
type SignInValues = z.input<typeof signInFormSchema>;

/** Where a registration prompt is answered before the person goes on. */
export function promptPath(returnTo: string): string {
  return `/registration-prompt?returnTo=${encodeURIComponent(returnTo)}`;
}

/** The demo's stand-in for the organisation's sign-in page. */
export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('titles.signIn'));
  const formStyles = useFormStyles();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const signIn = useSignIn();
  const returnTo = safeReturnTo(search.get('returnTo'));
  const form = useForm<SignInValues>({
    resolver: formResolver(signInFormSchema),
    defaultValues: { userId: '', password: '' },
  });

  const locked = signIn.isError && isApiError(signIn.error) && signIn.error.code === 'account_locked' ? form.getValues('userId') : null;

  const onSubmit = form.handleSubmit((values) => {
    signIn.mutate(values, {
      onSuccess: (next) => {
        session.signIn(next);
        void navigate(next.registrationPrompt ? promptPath(returnTo) : returnTo, { replace: true });
      },
      onError: (error) => {
        if (isApiError(error) && error.code === 'invalid_credentials') {
          form.setValue('password', '');
          form.setError('password', { message: describeProblem(t, error) }, { shouldFocus: true });
        }
      },
    });
  });

  // Already signed in (e.g. came back with the browser's back button): go on.
  if (session.token && !signIn.isPending && !signIn.isSuccess) {
    return <Navigate to={session.registrationPrompt ? promptPath(returnTo) : returnTo} replace />;
  }

  if (locked) {
    // The right password on a locked account: say so, and offer the way back in at once.
    return (
      <Page>
        {/* Its own key: a new heading, which takes focus (not the sign-in heading re-used). */}
        <Panel key="locked">
          <PageHeading>{t('signIn.lockedHeading')}</PageHeading>
          <Text as="p">{t('signIn.lockedBody')}</Text>
          <Actions>
            <Button appearance="primary" onClick={() => void navigate(`/reset?userId=${encodeURIComponent(locked)}`)}>
              {t('signIn.lockedAction')}
            </Button>
            <Button appearance="subtle" onClick={() => signIn.reset()}>
              {t('common.back')}
            </Button>
          </Actions>
        </Panel>
      </Page>
    );
  }

  const otherError =
    signIn.isError && !(isApiError(signIn.error) && ['invalid_credentials', 'account_locked'].includes(signIn.error.code)) ? signIn.error : undefined;
  return (
    <Page>
      <Panel>
        <PageHeading>{t('signIn.heading')}</PageHeading>
        <Text as="p">{search.get('returnTo') ? t('signIn.required') : t('signIn.intro')}</Text>
        <form className={formStyles} onSubmit={(event) => void onSubmit(event)} noValidate>
          <TextField control={form.control} name="userId" label={t('signIn.userId')} type="email" autoComplete="username" required />
          <PasswordField control={form.control} name="password" label={t('signIn.password')} autoComplete="current-password" required />
          <FormError error={otherError} />
          <Actions>
            <SubmitButton pending={signIn.isPending}>{t('signIn.submit')}</SubmitButton>
            <PortalLink to="/reset">{t('signIn.forgot')}</PortalLink>
          </Actions>
        </form>
      </Panel>
    </Page>
  );
}
