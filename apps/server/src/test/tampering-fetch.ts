// A platform fetch for engine tests that lets a test step into chosen requests: hold a request's
// answer until the test lets it go (to act while a send is in flight), or replace the answer the
// platform gave after it applied the request (a 5xx, a reworded refusal). Unmatched requests pass.

export interface SeenRequest {
  method: string;
  url: URL;
  /** The JSON body as sent; '' for forms and bodiless requests. */
  body: string;
}

export interface Rule {
  match(request: SeenRequest): boolean;
  /** Replaces the platform's answer; the platform has already acted on the request. */
  answer?(response: Response): Response | Promise<Response>;
  /** Resolves when the answer may go back to the caller. */
  hold?: Promise<void>;
  /** Told once the platform has answered (before the hold). */
  arrived?(): void;
  /** How many requests it applies to (default: every match until removed). */
  times?: number;
}

export interface Gate {
  /** Resolves when a held request has reached the platform and been answered. */
  arrived: Promise<void>;
  release(): void;
}

export function tamperingFetch() {
  const rules = new Set<Rule>();
  const fetchThrough: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const seen = {
      method: init?.method ?? 'GET',
      url,
      body: typeof init?.body === 'string' ? init.body : '',
    };
    const rule = [...rules].find((candidate) => candidate.match(seen));
    if (rule?.times !== undefined) {
      rule.times -= 1;
      if (rule.times <= 0) rules.delete(rule);
    }
    const response = await fetch(input, init);
    if (!rule) return response;
    // Read now: the caller's timeout would cut a body still streaming while the answer is held.
    const buffered = new Response(await response.arrayBuffer(), response);
    rule.arrived?.();
    await rule.hold;
    return rule.answer ? rule.answer(buffered) : buffered;
  };
  return {
    fetch: fetchThrough,
    /** Adds a rule; the returned function removes it. */
    add(rule: Rule): () => void {
      rules.add(rule);
      return () => rules.delete(rule);
    },
    /** Holds the answer of the next request matching `match` until `release()`. */
    gate(match: Rule['match']): Gate {
      let release = () => {};
      let arrived = () => {};
      const hold = new Promise<void>((resolve) => {
        release = resolve;
      });
      const reached = new Promise<void>((resolve) => {
        arrived = resolve;
      });
      rules.add({ match, hold, arrived, times: 1 });
      return { arrived: reached, release };
    },
  };
}

export type TamperingFetch = ReturnType<typeof tamperingFetch>;

/** A POST whose JSON body carries `text` (a post's text, as every platform's create call does). */
export const postWith =
  (text: string, path?: RegExp) =>
  ({ method, url, body }: SeenRequest): boolean =>
    method === 'POST' &&
    body.includes(JSON.stringify(text).slice(1, -1)) &&
    (!path || path.test(url.pathname));
