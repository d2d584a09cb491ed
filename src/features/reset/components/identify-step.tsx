import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { z } from 'zod/mini';
import { isApiError, startResetRequestSchema, type ResetFlow } from '@/api';
import { formResolver, FormActions, TextField, violationMessage } from '@/components/form';
import { PageHeading, Panel, useFormStyles } from '@/components/layout';
import { LoadingState } from '@/components/feedback';
import { describeProblem } from '@/i18n';
import { useCaptcha } from '../api/get-captcha';
import { useStartReset } from '../api/start-reset';
import { flowEndFrom, stepProblem, type FlowEnd } from '../flow-end';

const identifySchema = z.object({
  userId: startResetRequestSchema.shape.userId,
  captchaAnswer: z.string().check(z.trim(), z.maxLength(100)),
});
type IdentifyValues = z.input<typeof identifySchema>;

const useStyles = makeStyles({
  // The CAPTCHA's fields in one box, spaced like the form's, so the box can be held in place.
  area: { position: 'relative' },
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  captcha: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  // A box of fixed size (the picture is 220 × 70): nothing moves when it arrives or is renewed.
  image: {
    display: 'block',
    boxSizing: 'content-box',
    width: '220px',
    height: '70px',
    maxWidth: '100%',
    objectFit: 'contain',
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // While the CAPTCHA loads: its fields laid out but not shown, the spinner on top.
  placeholder: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, visibility: 'hidden' },
  loading: { position: 'absolute', inset: 0, display: 'flex', alignItems: 'center', justifyContent: 'center' },
});

export interface IdentifyStepProps {
  onStarted(flow: ResetFlow, userId: string): void;
  onEnded(end: FlowEnd): void;
}

/** Step 0: who are you (and are you a person)? */
export function IdentifyStep({ onStarted, onEnded }: IdentifyStepProps) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const formStyles = useFormStyles();
  const captcha = useCaptcha();
  const startReset = useStartReset();
  const [useQuestion, setUseQuestion] = useState(false);
  // Sign-in sends a locked-out person here with the user ID they typed (as Entra's ?username=).
  const [search] = useSearchParams();
  const form = useForm<IdentifyValues>({
    resolver: formResolver(identifySchema),
    defaultValues: { userId: (search.get('userId') ?? '').slice(0, 256), captchaAnswer: '' },
  });

  const onSubmit = form.handleSubmit((values) => {
    const challenge = captcha.data?.enabled ? captcha.data : null;
    const answer = values.captchaAnswer.trim();
    if (challenge && !answer) {
      form.setError('captchaAnswer', { message: violationMessage('required') });
      return;
    }
    startReset.mutate(
      { userId: values.userId, ...(challenge ? { captcha: { challengeId: challenge.challengeId, answer } } : {}) },
      {
        onSuccess: (flow) => onStarted(flow, values.userId.trim()),
        onError: (error) => {
          if (isApiError(error) && error.code === 'captcha_failed') {
            form.setValue('captchaAnswer', '');
            // The question mode has no picture: say so in its own words.
            form.setError('captchaAnswer', { message: useQuestion ? t('reset.captchaQuestionWrong') : describeProblem(t, error) }, { shouldFocus: true });
            void captcha.refetch();
            return;
          }
          const end = flowEndFrom(error);
          if (end) onEnded(end);
        },
      },
    );
  });

  const captchaData = captcha.data;
  // The question in the page's language when the server words it, else English (said to be English).
  const questions: Partial<Record<string, string>> | undefined = captchaData?.enabled ? captchaData.alternativeQuestion : undefined;
  const question = questions?.[i18n.language];
  return (
    <Panel>
      <PageHeading>{t('reset.identifyHeading')}</PageHeading>
      <Text as="p">{t('reset.identifyIntro')}</Text>
      <form className={formStyles} onSubmit={(event) => void onSubmit(event)} noValidate>
        <TextField
          control={form.control}
          name="userId"
          label={t('reset.userId')}
          hint={t('reset.userIdHint')}
          autoComplete="username"
          type="email"
          required
        />
        {(captcha.isPending || captchaData?.enabled) && (
          <div className={styles.area}>
            {/* While the CAPTCHA loads, its fields take their place, hidden under the spinner: nothing below moves when it comes. */}
            <div className={captcha.isPending ? styles.placeholder : styles.fields} aria-hidden={captcha.isPending || undefined} inert={captcha.isPending}>
              {useQuestion && captchaData?.enabled ? (
                <TextField
                  control={form.control}
                  name="captchaAnswer"
                  label={question ?? captchaData.alternativeQuestion.en}
                  labelLang={question === undefined ? 'en' : undefined}
                  autoComplete="off"
                  required
                />
              ) : (
                <>
                  <div className={styles.captcha}>
                    {captchaData?.enabled ? (
                      <img src={captchaData.image} alt={t('reset.captchaAlt')} className={styles.image} />
                    ) : (
                      <span className={styles.image} />
                    )}
                    <Button
                      type="button"
                      appearance="subtle"
                      icon={<ArrowClockwiseRegular />}
                      onClick={() => void captcha.refetch()}
                    >
                      {t('reset.captchaNew')}
                    </Button>
                  </div>
                  <TextField control={form.control} name="captchaAnswer" label={t('reset.captchaLabel')} autoComplete="off" required />
                </>
              )}
              <Button type="button" appearance="transparent" onClick={() => setUseQuestion((value) => !value)}>
                {useQuestion ? t('reset.captchaUsePicture') : t('reset.captchaUseQuestion')}
              </Button>
            </div>
            {captcha.isPending && (
              <div className={styles.loading}>
                <LoadingState />
              </div>
            )}
          </div>
        )}
        <FormActions
          error={stepProblem(startReset.error, undefined, ['captcha_failed'])}
          submit={t('common.next')}
          pending={startReset.isPending || captcha.isPending}
        />
      </form>
    </Panel>
  );
}
