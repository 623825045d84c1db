// After a failed attempt, move focus to the form's first invalid control, so keyboard and screen
// reader users land on the message instead of hunting for it. Counting attempts (rather than
// storing a flag) moves focus again when the same field fails twice.
import { useEffect, useRef, useState } from 'react';

export function useFocusInvalid() {
  const formRef = useRef<HTMLFormElement>(null);
  const [failures, setFailures] = useState(0);
  useEffect(() => {
    if (failures === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failures]);
  return { formRef, focusInvalid: () => setFailures((n) => n + 1) };
}
