// "X", the social network once called Twitter: one capital letter that no list can hold, since it
// is also a variable, a grade or an initial. News names it "on X" or "via X" closing a clause or in
// a sentence about posting, beside another platform ("TikTok and X") or with its old name ("X, formerly Twitter");
// there it is the firm.

import { Doc, Mention, Token } from '../../model';
import { chunkText, sentenceHolds, sentenceOf, tokenInSentence } from './candidates';
import { mentionFromTokens, newMentions } from './mention';

/** Platforms news lists X with: "on TikTok and X", "X or Instagram" (lower case) */
const PLATFORMS = new Set(['tiktok', 'facebook', 'instagram', 'youtube', 'telegram', 'twitter', 'threads', 'bluesky', 'reddit', 'snapchat', 'whatsapp', 'linkedin', 'mastodon', 'weibo', 'wechat', 'twitch', 'discord']);
/** "posted on X", "via X" */
const PLATFORM_PREPOSITIONS = new Set(['on', 'via']);
/** "TikTok and X", "X, Facebook or YouTube" */
const LIST_LINKS = new Set(['and', 'or', ',']);

/** Words of social media in the sentence that make "on X" the platform ("posted on X", "her account on X") */
const POSTING_WORDS = new Set(['posted', 'post', 'posts', 'posting', 'wrote', 'writing', 'writes', 'tweet', 'tweets', 'tweeted', 'shared', 'account', 'accounts', 'followers', 'platform', 'video', 'videos', 'message', 'messages', 'statement', 'users', 'social', 'online']);

export function recognizeSocialPlatforms(doc: Doc): Mention[] {
  // (most stories have no capital X at all: one search instead of a look at every token)
  if (!chunkText(doc).includes('X')) return [];
  const found = newMentions();
  for (let i = 0; i < doc.tokens.length; i++) {
    if (doc.tokens[i].text !== 'X' || sentenceOf(doc, i)?.allCaps) continue;
    if (isPlatformX(doc, i)) found.push(mentionFromTokens(doc, 'organization', i, i + 1, 'organization.platform', 0.75));
  }
  return found;
}

/** Does the sentence of token i hold a word of social media or a platform's name? */
const isSocialMediaWord = (token: Token): boolean => POSTING_WORDS.has(token.lower) || PLATFORMS.has(token.lower);

function speaksOfSocialMedia(doc: Doc, i: number): boolean {
  return sentenceHolds(doc, i, isSocialMediaWord);
}

/** Is token i the platform X, by the words around it? */
export function isPlatformX(doc: Doc, i: number): boolean {
  if (doc.tokens[i].text !== 'X') return false;
  const sentence = doc.tokens[i].sentence;
  const before = tokenInSentence(doc, i - 1, sentence);
  const after = tokenInSentence(doc, i + 1, sentence);
  // (not "on X Street", "via X-ray": a name or a word goes on after it)
  const endsHere = after === undefined || after.shape === 'punct' || after.shape === 'lower';
  if (!endsHere) return false;
  // ("the bolt on X is loose": "on X" before a word only where the sentence speaks of posting;
  // closing a clause, "congratulated the team on X.", it is the platform)
  if (before && PLATFORM_PREPOSITIONS.has(before.lower)) return after === undefined || after.shape === 'punct' || speaksOfSocialMedia(doc, i);
  // "X, formerly Twitter", "X (formerly Twitter)"
  const next = after && (after.text === ',' || after.text === '(') ? tokenInSentence(doc, i + 2, sentence) : undefined;
  if (next?.lower === 'formerly') return true;
  // beside another platform in a list
  if (before && LIST_LINKS.has(before.lower) && PLATFORMS.has(tokenInSentence(doc, i - 2, sentence)?.lower ?? '')) return true;
  if (after && LIST_LINKS.has(after.lower) && PLATFORMS.has(tokenInSentence(doc, i + 2, sentence)?.lower ?? '')) return true;
  return false;
}
