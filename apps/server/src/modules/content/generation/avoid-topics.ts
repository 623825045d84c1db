// Topics to avoid, as text to embed: a one-word answer ("Politics") has little for an embedder to
// work with, and the offline embedder matches words, not meaning, so "an election campaign" would
// never come near "Politics". Common answers get a short gloss of what people write about them;
// any other topic is embedded as the user wrote it.

/** Glosses keyed by the lower-case topic; a few spellings share one gloss. */
const GLOSSES: Record<string, string> = {
  politics:
    'elections, an election campaign, candidates and voters, political parties, a party manifesto, government policy, parliament, congress, senators, ministers, the opposition, left-wing and right-wing, the vote, polls',
  religion:
    'faith, God, church, mosque, synagogue, temple, prayer, worship, belief, scripture, the Bible, the Quran, Christianity, Islam, Judaism, Hinduism, Buddhism, atheism',
  sex: 'sexuality, sexual relationships, dating, intimacy',
  drugs: 'drug use, cannabis, narcotics, addiction, recreational drugs',
  alcohol: 'drinking, beer, wine, spirits, bars, hangovers',
  gambling: 'betting, casinos, poker, sports betting, lottery',
  weapons: 'guns, firearms, gun control, the military, weapons',
  war: 'armed conflict, military invasion, soldiers, battles, ceasefire',
  crypto: 'cryptocurrency, bitcoin, ethereum, tokens, NFTs, blockchain trading',
  immigration: 'immigrants, migrants, borders, asylum seekers, visas, deportation',
  abortion: 'abortion rights, pro-choice, pro-life, reproductive rights',
  'celebrity gossip': 'celebrities, famous people, gossip, rumours, scandals, tabloids',
};

const ALIASES: Record<string, string> = {
  political: 'politics',
  'politics and elections': 'politics',
  religious: 'religion',
  'religion and faith': 'religion',
  guns: 'weapons',
  cryptocurrency: 'crypto',
  'crypto and nfts': 'crypto',
  gossip: 'celebrity gossip',
};

/** The text embedded for an avoided topic: the topic itself, followed by its gloss when known. */
export function avoidTopicText(topic: string): string {
  const key = topic.trim().toLowerCase();
  const gloss = GLOSSES[ALIASES[key] ?? key];
  return gloss ? `${topic}: ${gloss}.` : topic;
}
