// X's search query language, as far as recent search needs it here: keywords, "exact phrases",
// #hashtags, @mentions, the standalone operators conversation_id: from: to: in_reply_to_tweet_id:
// url:, the conjunction-required is:/has: operators, negation with `-`, AND by juxtaposition, OR and
// parentheses. An operator X does not have is refused with X's invalid-request answer, as is a query
// made only of negations or only of conjunction-required operators (⚠ wording from X's answers).
import type { EmulatedPost } from '../types.js';

type Test = (post: EmulatedPost, parentOf: (post: EmulatedPost) => EmulatedPost | undefined) => boolean;

interface Term {
  negated: boolean;
  /** Conjunction-required operators (is:, has:) cannot make a query on their own. */
  standalone: boolean;
  source: string;
  test: Test;
}
interface Group {
  negated: boolean;
  expr: Expr;
}
type Clause = Term | Group;
/** OR of AND-lists. */
type Expr = Clause[][];

export interface SearchQuery {
  matches: (post: EmulatedPost, parentOf: (post: EmulatedPost) => EmulatedPost | undefined) => boolean;
}

const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}_#@']+/u);
const hasUrl = (post: EmulatedPost) => /https?:\/\/\S+/.test(post.text);

/** Standalone operators: value → test. conversation_id matches the replies of a conversation. */
const STANDALONE: Record<string, (value: string) => Test> = {
  conversation_id: (v) => (post) => post.rootId === v,
  from: (v) => (post) => post.handle.toLowerCase() === v.toLowerCase() || post.accountId === v,
  to: (v) => (post, parentOf) => {
    const parent = parentOf(post);
    return (
      parent !== undefined && (parent.handle.toLowerCase() === v.toLowerCase() || parent.accountId === v)
    );
  },
  in_reply_to_tweet_id: (v) => (post) => post.replyToId === v,
  in_reply_to_status_id: (v) => (post) => post.replyToId === v,
  url: (v) => (post) => post.text.toLowerCase().includes(v.toLowerCase().replace(/^"|"$/g, '')),
};

/** Conjunction-required operators; the emulator has no retweets, quotes or verified accounts. */
const CONJUNCTION: Record<string, Test> = {
  'is:reply': (post) => post.replyToId !== undefined,
  'is:retweet': () => false,
  'is:quote': () => false,
  'is:verified': () => false,
  'has:media': (post) => post.mediaIds.length > 0,
  'has:images': (post) => post.mediaIds.length > 0,
  'has:links': hasUrl,
  'has:hashtags': (post) => /#\w+/.test(post.text),
  'has:mentions': (post) => /@\w+/.test(post.text),
};

const processingError = (message: string) =>
  `There were errors processing your request: ${message} (at position 1)`;

function parseTerm(token: string): Term | string {
  const negated = token.startsWith('-') && token.length > 1;
  const body = negated ? token.slice(1) : token;
  const term = (standalone: boolean, test: Test): Term => ({ negated, standalone, source: body, test });
  if (body.startsWith('"')) {
    const phrase = body.replace(/^"|"$/g, '').toLowerCase();
    return term(true, (post) => post.text.toLowerCase().includes(phrase));
  }
  const conjunction = CONJUNCTION[body.toLowerCase()];
  if (conjunction) return term(false, conjunction);
  const operator = /^([a-z_]+):(.+)$/i.exec(body);
  if (operator && !/^https?$/i.test(operator[1] ?? '')) {
    const make = STANDALONE[(operator[1] ?? '').toLowerCase()];
    if (!make)
      return processingError(
        `Reference to invalid operator '${operator[1]}'. Operator is not available in current product or product packaging.`,
      );
    return term(true, make(operator[2] ?? ''));
  }
  const word = body.toLowerCase();
  return term(true, (post) => words(post.text).includes(word));
}

const TOKEN = /-?"[^"]*"|-?\(|\)|[^\s()]+/g;

type Parsed = { expr: Expr; next: number } | string;

/** `(…)` or `-(…)` starting at `at`: the group and the index after its closing parenthesis. */
function parseGroup(tokens: string[], at: number): { clause: Group; next: number } | string {
  const inner = parseExpr(tokens, at + 1);
  if (typeof inner === 'string') return inner;
  if (tokens[inner.next] !== ')') return processingError('Missing closing parenthesis.');
  return { clause: { negated: tokens[at] === '-(', expr: inner.expr }, next: inner.next + 1 };
}

function parseTermAt(tokens: string[], at: number): { clause: Term; next: number } | string {
  const term = parseTerm(tokens[at] ?? '');
  return typeof term === 'string' ? term : { clause: term, next: at + 1 };
}

function parseExpr(tokens: string[], start: number): Parsed {
  const branches: Expr = [[]];
  let at = start;
  while (at < tokens.length && tokens[at] !== ')') {
    const token = tokens[at] ?? '';
    const branch = branches[branches.length - 1] ?? [];
    if (token === 'OR') {
      if (branch.length === 0) return processingError('Ambiguous use of or.');
      branches.push([]);
      at += 1;
      continue;
    }
    const parsed = token === '(' || token === '-(' ? parseGroup(tokens, at) : parseTermAt(tokens, at);
    if (typeof parsed === 'string') return parsed;
    branch.push(parsed.clause);
    at = parsed.next;
  }
  if (branches.some((b) => b.length === 0)) return processingError('Ambiguous use of or.');
  return { expr: branches, next: at };
}

/** Each OR-branch needs a positive term, and one that is not conjunction-required. */
function checkBranches(expr: Expr): string | undefined {
  for (const branch of expr) {
    const positive = branch.filter((c) => !c.negated);
    if (positive.length === 0) return processingError('Rules must contain a non-negation term.');
    const standalone = positive.some((c) =>
      'expr' in c ? checkBranches(c.expr) === undefined : c.standalone,
    );
    if (!standalone) {
      const first = positive.find((c): c is Term => !('expr' in c));
      return processingError(
        `Ambiguous use of ${first?.source ?? 'a group'} as a conjunction-required operator. Conjunction-required operators must be used with at least one standalone operator.`,
      );
    }
  }
  return undefined;
}

function evaluate(expr: Expr, post: EmulatedPost, parentOf: Parameters<Test>[1]): boolean {
  return expr.some((branch) =>
    branch.every((clause) => {
      const hit = 'expr' in clause ? evaluate(clause.expr, post, parentOf) : clause.test(post, parentOf);
      return clause.negated ? !hit : hit;
    }),
  );
}

/** The parsed query, or X's message for a query it refuses. */
export function parseSearchQuery(query: string): SearchQuery | string {
  const tokens = query.match(TOKEN) ?? [];
  const parsed = parseExpr(tokens, 0);
  if (typeof parsed === 'string') return parsed;
  if (parsed.next < tokens.length) return processingError('Unbalanced parenthesis.');
  const problem = checkBranches(parsed.expr);
  if (problem) return problem;
  return { matches: (post, parentOf) => evaluate(parsed.expr, post, parentOf) };
}
