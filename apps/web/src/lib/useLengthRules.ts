// The length rules (X's weighted count through twitter-text, ~18 KB compressed) load just after the
// editor first paints instead of with it: counters show their platforms at once and their numbers a
// moment later, in the same place. Once loaded, every later editor gets them synchronously.
import { useEffect, useState } from 'react';

type LengthRules = typeof import('./platformLength');

let loaded: LengthRules | null = null;

export function useLengthRules(): LengthRules | null {
  const [rules, setRules] = useState<LengthRules | null>(loaded);
  useEffect(() => {
    if (rules) return;
    let live = true;
    void import('./platformLength').then((module) => {
      loaded = module;
      if (live) setRules(module);
    });
    return () => {
      live = false;
    };
  }, [rules]);
  return rules;
}
