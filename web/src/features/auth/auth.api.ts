// Sign-in, sign-out and password change. Each one resets what the query cache knows so that
// nothing seen under one session survives into the next.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { apiDelete, apiPost } from '../../app/api';
import type { LoginAnswer } from './auth.types';
import { resetSession, SESSION_KEY } from './session';

export interface Credentials {
  username: string;
  password: string;
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) =>
      apiPost<LoginAnswer>('/api/v1/auth/sessions', credentials),
    // the sign-in page sees the new user in the cache and moves on by itself
    onSuccess: (answer) => resetSession(client, answer.user),
  });
}

export function useLogout() {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => apiDelete('/api/v1/auth/sessions/current'),
    onSuccess: () => {
      // clear() drops the session without notifying the guard, so the guard does not redirect
      // to /login?next=… first: signing out on purpose should not remember the page
      client.clear();
      void navigate('/login', { replace: true });
    },
  });
}

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: PasswordChange) => apiPost('/api/v1/auth/password', change),
    // mustChangePassword is now false; wait for it so the guard lets the user through
    onSuccess: () => client.invalidateQueries({ queryKey: SESSION_KEY }),
  });
}
