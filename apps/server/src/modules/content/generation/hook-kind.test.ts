// The hook classifier on hand-labelled hooks (including those that fooled the old keyword
// regexes and the offline composer's phrase bank, filled) and on the composer's own drafts.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VOICE, type PostVariant } from '../../../adapters/ai/index.js';
import { type HookKind, hookKind } from './hook-kind.js';
import { offlineAi, SRE_STRATEGY } from './scoring.fixtures.js';

const LABELLED: [string, HookKind][] = [
  // The offline composer's hooks, filled as it fills them.
  ['Five things I wish I had known about on-call sooner:', 'number'],
  ['Four lessons about SLOs that took me years to learn:', 'number'],
  ['If I had to start over with hiring, I would focus on these three things:', 'number'],
  ['Two years ago, I was getting alerting completely wrong.', 'story'],
  ['The worst mistake we made with cash flow looked like a good idea at the time.', 'story'],
  ['A short story about on-call and a lesson I did not expect.', 'story'],
  ['Unpopular opinion: most advice about SLOs is backwards.', 'contrarian'],
  ['Hot take: the real problem with hiring is not the one people think.', 'contrarian'],
  ['Everyone says the answer to alert fatigue is more effort. I disagree.', 'contrarian'],
  ['How to get better at incident reviews in five steps:', 'number'],
  ['A simple process for on-call handovers that anyone can follow:', 'statement'],
  ['Struggling with flaky alerts? Here is the process I use.', 'question'],
  ['The biggest lesson I have learned about on-call is simple.', 'statement'],
  ['One lesson about SLOs changed how I work.', 'statement'],
  ['What cash flow taught me the hard way.', 'statement'],
  ['What is the one thing about hiring you would change tomorrow?', 'question'],
  ['Quick question about error budgets:', 'question'],
  ['Honest question: what is holding back your progress on alerting?', 'question'],
  // Written by hand.
  ['3 things every on-call rotation needs', 'number'],
  ['Seven mistakes that cost us a weekend of sleep', 'number'],
  ['Stop paging people for disk usage.', 'contrarian'],
  ['SLOs are overrated.', 'contrarian'],
  ['Most teams get alerting wrong, and it is not their fault.', 'contrarian'],
  ['The myth of the 10x engineer', 'contrarian'],
  ['5 myths about error budgets', 'contrarian'],
  ['Last week we deleted 70% of our alerts.', 'story'],
  ['I spent three years on call before I understood this.', 'story'],
  ['We finally shipped the migration after six months.', 'story'],
  ['Quick story: the night our pager went off 40 times.', 'story'],
  ['In 2019 we lost our biggest customer.', 'story'],
  ['I never wanted to be a manager, and I was wrong.', 'story'],
  ['Why do most SLOs never change a decision?', 'question'],
  ['Never deploy on a Friday without a rollback plan.', 'statement'],
  ['I think on-call should be paid.', 'statement'],
  ['I wish I had known this about hiring.', 'statement'],
  ['What I learned from forty incident reviews', 'statement'],
  ['We are hiring two senior SREs.', 'statement'],
  ['Three years ago I was paged 40 times a week.', 'story'],
  ['Alert fatigue is a design problem, not a people problem.', 'statement'],
  ['70% of our alerts were noise.', 'statement'],
];

describe('hookKind', () => {
  it.each(LABELLED)('%s → %s', (hook, kind) => {
    expect(hookKind(hook)).toBe(kind);
  });

  async function composed(): Promise<PostVariant[]> {
    const { generator } = offlineAi();
    const out: PostVariant[] = [];
    for (const topic of ['alerting', 'on-call', 'SLOs that never change a decision', 'hiring'])
      for (const seed of [1, 2, 3, 4]) {
        const input = {
          platform: 'linkedin' as const,
          format: 'post' as const,
          topic,
          strategy: SRE_STRATEGY,
        };
        const { variants } = await generator.generatePosts({
          ...input,
          voice: DEFAULT_VOICE,
          samples: [],
          variants: 5,
          seed,
        });
        out.push(...variants);
      }
    return out;
  }

  it("reads the offline composer's listicle hooks as number-led and its lesson hooks as not contrarian", async () => {
    const variants = await composed();
    const listicles = variants.filter((v) => v.template === 'listicle');
    const lessons = variants.filter((v) => v.template === 'lesson_learned');
    expect(listicles.length).toBeGreaterThan(0);
    expect(lessons.length).toBeGreaterThan(0);
    for (const v of listicles) expect(hookKind(v.hook), v.hook).toBe('number');
    for (const v of lessons) expect(hookKind(v.hook), v.hook).not.toBe('contrarian');
  });
});
