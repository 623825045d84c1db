// Runs synchronously in <head>, before the first paint: reads the saved theme choice and sets
// data-theme on <html>, so a dark-mode user never sees a white flash while the app loads. A file,
// not an inline script, because the CSP is script-src 'self'. Kept tiny and dependency-free; the
// same rules live in src/theme/theme.ts (resolveTheme), and theme.test.ts runs this file to prove
// they agree.
(() => {
  let choice = 'system';
  try {
    const saved = localStorage.getItem('brandwright.theme');
    if (saved === 'light' || saved === 'dark') choice = saved;
  } catch {
    // Storage blocked (privacy settings): follow the system.
  }
  const systemDark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  const theme = choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
  document.documentElement.dataset.theme = theme;
})();
