// /register: create an account (name, email, password); signs the new user straight in.
import { PASSWORD_MIN_LENGTH, type RegisterInput, registerSchema } from '@brandwright/contracts';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { Button } from '../components/Button';
import { PasswordField, TextField } from '../components/Field';
import { FormErrorAlert } from '../components/FormErrorAlert';
import { AuthLayout } from '../layouts/AuthLayout';
import { useFormSubmit } from '../lib/useFormSubmit';

const FIELDS = ['fullName', 'email', 'password'] as const;

const footer = (
  <>
    Already have an account?{' '}
    <Link to="/login" className="font-semibold text-indigo-700 hover:text-indigo-800">
      Sign in
    </Link>
  </>
);

export function RegisterPage() {
  const { register } = useAuth();
  // On success the GuestOnly guard sees the new session and redirects home.
  const mutation = useMutation({ mutationFn: (input: RegisterInput) => register(input) });
  const form = useFormSubmit({ schema: registerSchema, fields: FIELDS, mutation });
  const errors = form.fieldErrors;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    form.submit({ fullName: data.get('fullName'), email: data.get('email'), password: data.get('password') });
  }

  return (
    <AuthLayout
      title="Create your account"
      subtitle="Start building a brand that sounds like you."
      footer={footer}
    >
      <form ref={form.formRef} noValidate onSubmit={onSubmit} className="space-y-5">
        <FormErrorAlert message={form.formError} details={form.formDetails} />
        <TextField label="Full name" name="fullName" autoComplete="name" required error={errors.fullName} />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          error={errors.email}
        />
        <PasswordField
          label="Password"
          name="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong one.`}
          error={errors.password}
        />
        <Button type="submit" className="w-full" pending={form.pending} pendingLabel="Creating account…">
          Create account
        </Button>
      </form>
    </AuthLayout>
  );
}
