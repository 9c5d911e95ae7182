"use client";

import { Alert, Button, ReadyForm, TextField } from "@vax/ui";
import { signIn } from "next-auth/react";
import { type FormEvent, useState } from "react";
import { safeReturnPath } from "./safe-return-path";

/** The form's words in the page's language. */
export type TSignInFormWords = {
  email: string;
  password: string;
  signIn: string;
  signingIn: string;
  wrongCredentials: string;
};

/** Props of {@link SignInForm}: where to go once signed in, and its words (a refusal comes translated from the server). */
export type SignInFormProps = { callbackUrl: string; words: TSignInFormWords };

/** The e-mail and password form of the admin portal and the facility app. */
export const SignInForm = ({ callbackUrl, words }: SignInFormProps) => {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(data.get("email") ?? ""),
      password: String(data.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      setError(result?.error && result.error !== "CredentialsSignin" ? result.error : words.wrongCredentials);
      return;
    }
    window.location.assign(safeReturnPath(callbackUrl, window.location.origin));
  };

  return (
    <ReadyForm onSubmit={onSubmit} className="flex flex-col gap-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <TextField label={words.email} name="email" type="email" autoComplete="username" required />
      <TextField label={words.password} name="password" type="password" autoComplete="current-password" required />
      <Button type="submit" disabled={pending}>
        {pending ? words.signingIn : words.signIn}
      </Button>
    </ReadyForm>
  );
};
