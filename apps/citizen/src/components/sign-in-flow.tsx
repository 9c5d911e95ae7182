"use client";

import { safeReturnPath } from "@vax/auth/safe-return-path";
import { Alert, Button, ReadyForm, TextField } from "@vax/ui";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { type FormEvent, useRef, useState } from "react";
import { requestCode } from "./code-request";
import { useCountdown } from "./use-countdown";

/** Props of {@link SignInFlow}: where to go once signed in. */
export type SignInFlowProps = { callbackUrl: string };

type TCodeStep = { mobile: string; sentTo: string; expiresAt: number };

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;

/**
 * The two-step sign-in: the mobile number, then the six-digit code texted to it, with a resend
 * that counts down until the portal will send another.
 */
export const SignInFlow = ({ callbackUrl }: SignInFlowProps) => {
  const t = useTranslations();
  const [step, setStep] = useState<TCodeStep | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [mobileError, setMobileError] = useState<string | undefined>();
  const [codeError, setCodeError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  const [resendAt, setResendAt] = useState<number | null>(null);
  const codeInput = useRef<HTMLInputElement>(null);
  const resendIn = useCountdown(resendAt);
  const expiresIn = useCountdown(step?.expiresAt ?? null);

  const send = async (mobile: string) => {
    setPending(true);
    setError(null);
    setNotice(null);
    setMobileError(undefined);
    const result = await requestCode(t, mobile);
    setPending(false);
    if ("sent" in result) {
      setStep({ mobile, sentTo: result.sent.sentTo, expiresAt: Date.parse(result.sent.expiresAt) });
      setResendAt(Date.parse(result.sent.resendAt));
      setCodeError(undefined);
      setNotice(t("SignIn.sent", { to: result.sent.sentTo }));
      requestAnimationFrame(() => codeInput.current?.focus());
      return;
    }
    if (result.retryAt) setResendAt(result.retryAt);
    if (result.field === "mobile" && !step) setMobileError(result.error);
    else setError(result.error);
  };

  const onMobile = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send(String(new FormData(event.currentTarget).get("mobile") ?? ""));
  };

  const onCode = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!step) return;
    const code = String(new FormData(event.currentTarget).get("code") ?? "").trim();
    if (!/^\d{6}$/.test(code)) {
      setCodeError(t("SignIn.codeFormat"));
      return;
    }
    setPending(true);
    setError(null);
    setNotice(null);
    setCodeError(undefined);
    const result = await signIn("credentials", { mobile: step.mobile, code, redirect: false });
    if (!result || result.error) {
      setPending(false);
      setError(result?.error && result.error !== "CredentialsSignin" ? result.error : t("SignIn.wrongCode"));
      return;
    }
    window.location.assign(safeReturnPath(callbackUrl, window.location.origin));
  };

  if (!step) {
    return (
      <ReadyForm onSubmit={onMobile} className="flex flex-col gap-4">
        {error ? <Alert tone="error">{error}</Alert> : null}
        <TextField
          label={t("SignIn.mobile")}
          name="mobile"
          type="tel"
          inputMode="tel"
          autoComplete="tel-national"
          placeholder="98765 43210"
          hint={t("SignIn.mobileHint")}
          error={mobileError}
          required
        />
        <Button type="submit" disabled={pending}>
          {pending ? t("SignIn.sending") : t("SignIn.send")}
        </Button>
      </ReadyForm>
    );
  }

  return (
    <div className="flex flex-col gap-4">
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <ReadyForm onSubmit={onCode} className="flex flex-col gap-4">
        <TextField
          ref={codeInput}
          label={t("SignIn.code")}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]{6}"
          maxLength={6}
          className={`rounded-md border px-3 py-2 text-center font-mono text-xl tracking-[0.5em] shadow-sm focus:outline-none focus:ring-2 focus:ring-teal-600 ${codeError ? "border-red-600" : "border-slate-300"}`}
          hint={expiresIn > 0 ? t("SignIn.expiresIn", { time: clock(expiresIn) }) : t("SignIn.expired")}
          error={codeError}
          required
        />
        <Button type="submit" disabled={pending}>
          {pending ? t("SignIn.signingIn") : t("SignIn.signIn")}
        </Button>
      </ReadyForm>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <button
          type="button"
          className="text-slate-600 underline hover:text-slate-900"
          onClick={() => {
            setStep(null);
            setResendAt(null);
            setError(null);
            setNotice(null);
          }}
        >
          {t("SignIn.anotherNumber")}
        </button>
        {resendIn > 0 ? (
          <span className="text-slate-500" aria-live="polite">
            {t("SignIn.resendIn", { time: clock(resendIn) })}
          </span>
        ) : (
          <button
            type="button"
            disabled={pending}
            className="font-medium text-teal-800 underline hover:text-teal-950 disabled:opacity-50"
            onClick={() => void send(step.mobile)}
          >
            {t("SignIn.resend")}
          </button>
        )}
      </div>
    </div>
  );
};
