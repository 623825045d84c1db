// /login: email + password sign-in, with server errors placed next to the right field.
import { type LoginInput, loginSchema } from '@brandwright/contracts';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { readAuthRouteState } from '../auth/routeState';
import { Alert } from '../components/Alert';
import { Button } from '../components/Button';
import { PasswordField, TextField } from '../components/Field';
import { FormErrorAlert } from '../components/FormErrorAlert';
import { AuthLayout } from '../layouts/AuthLayout';
import { useFormSubmit } from '../lib/useFormSubmit';

const FIELDS = ['email', 'password'] as const;

const footer = (
  <>
    New to Brandwright?{' '}
    <Link to="/register" className="font-semibold text-indigo-700 hover:text-indigo-800">
      Create an account
    </Link>
  </>
);

export function LoginPage() {
  const { login } = useAuth();
  const { notice } = readAuthRouteState(useLocation().state);
  // On success the GuestOnly guard sees the new session and redirects; nothing to do here.
  const mutation = useMutation({ mutationFn: (input: LoginInput) => login(input) });
  const form = useFormSubmit({ schema: loginSchema, fields: FIELDS, mutation });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    form.submit({ email: data.get('email'), password: data.get('password') });
  }

  return (
    <AuthLayout title="Sign in" subtitle="Welcome back. Sign in to manage your brand." footer={footer}>
      <form ref={form.formRef} noValidate onSubmit={onSubmit} className="space-y-5">
        {notice && !form.formError && <Alert tone="info">{notice}</Alert>}
        <FormErrorAlert message={form.formError} details={form.formDetails} />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="username"
          required
          error={form.fieldErrors.email}
        />
        <PasswordField
          label="Password"
          name="password"
          autoComplete="current-password"
          required
          error={form.fieldErrors.password}
        />
        <Button type="submit" className="w-full" pending={form.pending} pendingLabel="Signing in…">
          Sign in
        </Button>
      </form>
    </AuthLayout>
  );
}
