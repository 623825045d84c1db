// `/`: focus the search box of the page; on a page without one, open the content list and focus
// its search box once it has rendered (the route's code loads lazily, so wait for it to appear).
import type { NavigateFunction } from 'react-router';

const SEARCH = 'main input[type="search"]';
const GIVE_UP_MS = 5000;

function focus(input: HTMLInputElement) {
  input.focus();
  input.select();
}

export function focusSearch(navigate: NavigateFunction): void {
  const here = document.querySelector<HTMLInputElement>(SEARCH);
  if (here) {
    focus(here);
    return;
  }
  const observer = new MutationObserver(() => {
    const input = document.querySelector<HTMLInputElement>(SEARCH);
    if (!input) return;
    observer.disconnect();
    focus(input);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  // Navigating elsewhere before the list renders must not pull focus later.
  setTimeout(() => observer.disconnect(), GIVE_UP_MS);
  void navigate('/content');
}
