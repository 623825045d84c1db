// The four steps from a new account to a first post, and which are done, from what the app already
// knows (pure, so the home's checklist is tested without a browser).
export interface SetupFacts {
  hasStrategy: boolean;
  voiceTrained: boolean;
  platformsConnected: number;
  postsScheduledOrPublished: number;
}

export interface SetupStep {
  id: 'strategy' | 'voice' | 'platform' | 'post';
  title: string;
  text: string;
  to: string;
  action: string;
  done: boolean;
}

export function setupSteps(facts: SetupFacts): SetupStep[] {
  return [
    {
      id: 'strategy',
      title: 'Your brand strategy',
      text: 'Answer a few questions; Brandwright writes your value proposition, audience and pillars.',
      to: '/onboarding',
      action: 'Answer the questionnaire',
      done: facts.hasStrategy,
    },
    {
      id: 'voice',
      title: 'Your voice',
      text: 'Paste or upload a few things you wrote, so drafts sound like you.',
      to: '/voice',
      action: 'Add writing samples',
      done: facts.voiceTrained,
    },
    {
      id: 'platform',
      title: 'A platform to post to',
      text: 'Connect LinkedIn, X, Bluesky, Mastodon or Medium.',
      to: '/platforms',
      action: 'Connect a platform',
      done: facts.platformsConnected > 0,
    },
    {
      id: 'post',
      title: 'Your first post',
      text: 'Generate a draft in your voice, edit it, and schedule it.',
      to: '/content/new',
      action: 'Write a post',
      done: facts.postsScheduledOrPublished > 0,
    },
  ];
}
