// One person under a short name across documents: a surname alone ("Harlow", "Mr. Harlow") or a
// rare given name alone ("Tavio") in a document that writes no full name with that word joins the
// one full name of the corpus that has it ("Janet Harlow", "Tavio Ostrova"); so does a rare given
// name beside its one full name in a document ("Tavio" in a story on Tavio Ostrova). Corpus level only:
// a document's own entities never change, so `extract` output is the same. Conservative, because a
// wrong join hides a second person:
//   - exactly one full name in the corpus ends with the word (surname), or, for a given name,
//     begins with it, and no other full name has the word at either end; with two or more full
//     names of that surname, the document's honorific ("Mrs. Vantrell") or role ("Governor
//     Vantrell") must leave exactly one (see JoinIndex.target);
//   - only a distinctive word: not one the lexicon knows as a first name or an ordinary word ("David",
//     "Juan", "Wood" or "Gates" alone is anyone; "Harlow" and "Tavio" are not);
//   - across documents, never when the corpus also has the word as a place or an organization
//     ("Washington said" is the government more often than a man named Washington);
//   - never when the project file keeps the two names apart (`separate`).
// A document's one-word person is "pending" (its own key) until the whole corpus is seen; then it
// joins its full name or falls back to the plain row of the word. The joined row lists what it
// took in `inferred`, so a reader sees what the texts never wrote.

import { activeProject } from '../config/active';
import { ProjectIndex } from '../config/project-index';
import { FLAGS, lookup } from '../lexicon';
import { EntityRecord } from '../model';
import { isInitial, keyWords, nameKey, personWords } from '../pipeline/link/names';
import { corpusKey } from './keys';
import { Gender, givenNameGender, honorificGender } from './name-gender';
import { isAcronym, outletAcronym, RowJoinReason } from './row-joins';

export type JoinReason =
  | 'surname only'
  | 'surname only, by role'
  | 'surname only, by honorific'
  | 'given name only'
  | 'given name beside the full name'
  | RowJoinReason;

/** What a row took in from other documents under a short name. */
export interface InferredName {
  name: string;
  reason: JoinReason;
  /** mentions and documents that came in under that name */
  count: number;
  documents: number;
}

const PENDING = 'person?|';

export function isPendingKey(key: string): boolean {
  return key.startsWith(PENDING);
}

/** The row a pending key falls back to when it joins nothing: the person named by the word. */
export function plainKey(pendingKey: string): string {
  return `person|${pendingWord(pendingKey)}`;
}

// A pending key is the word, then what its document says about whom it names: the heads of its
// roles and the gender of its honorific ("person?|vantrell|r=governor,mayor|g=m"), so that
// documents that say different things may join different full names.
const EVIDENCE = '|';

/** The word of a pending key ("harlow"). */
export function pendingWord(pendingKey: string): string {
  const end = pendingKey.indexOf(EVIDENCE, PENDING.length);
  return pendingKey.slice(PENDING.length, end < 0 ? undefined : end);
}

/** What a pending key says about whom it names (see pendingKey). */
export function pendingEvidence(pendingKey: string): { heads: string[]; gender?: Gender } {
  const evidence: { heads: string[]; gender?: Gender } = { heads: [] };
  for (const part of pendingKey.slice(PENDING.length).split(EVIDENCE).slice(1)) {
    if (part.startsWith('r=')) evidence.heads = part.slice(2).split(',');
    else if (part === 'g=m' || part === 'g=f') evidence.gender = part.slice(2) as Gender;
  }
  return evidence;
}

function pendingKey(word: string, entity: EntityRecord): string {
  const heads = roleHeads(entity.roles);
  const gender = honorificGender(entity.name, new Set(entity.mentions.map((m) => m.sentence ?? '')));
  return PENDING + word + (heads.length > 0 ? `${EVIDENCE}r=${heads.join(',')}` : '') + (gender ? `${EVIDENCE}g=${gender}` : '');
}

// "Senator Marna Vantrell and her husband, Governor Dov Vantrell" can give one the other's role
// once: a full name's role counts for the tie-break when two or more of its documents give it
const MIN_ROLE_DOCUMENTS = 2;

// "Vice President" is not "President"; "former President" is
const HEAD_MODIFIERS = new Set(['vice', 'deputy', 'assistant', 'under', 'first', 'prime', 'attorney']);

// what follows one of these says where or of what: "Senator from Velmora", "Governor of Velmora"
const ROLE_COMPLEMENT = new Set(['of', 'to', 'from', 'for', 'in']);

/** What a role is, without where or when: "former U.S. President" -> "president", "Ambassador to Kelda" -> "ambassador". */
export function roleHead(role: string): string {
  const all = role.toLowerCase().split(/\s+/).filter((word) => word.length > 0);
  const cut = all.findIndex((word) => ROLE_COMPLEMENT.has(word));
  const words = cut > 0 ? all.slice(0, cut) : all;
  const last = words.length - 1;
  if (last > 0 && HEAD_MODIFIERS.has(words[last - 1])) return `${words[last - 1]} ${words[last]}`;
  return words[last] ?? '';
}

/** The heads of a list of roles, once each, sorted. */
export function roleHeads(roles: readonly string[] | undefined): string[] {
  return [...new Set((roles ?? []).map(roleHead).filter((head) => head.length > 0 && !head.includes(EVIDENCE) && !head.includes(',')))].sort();
}

// A word the lexicon knows as a first name, an ordinary word, a nationality, a title or a time word
// names anyone: "Leon", "Wood", "Gates" or "Green" alone is as likely someone else as the one
// "Colin Wood" of the corpus. Only a distinctive word ("Harlow", "Tavio") joins, and a first name
// known only from the lists of many languages is rare enough in English news to be one ("Oluwaseun").
const ANYONES = FLAGS.given | FLAGS.chineseSurname | FLAGS.common | FLAGS.demonym | FLAGS.notName | FLAGS.time | FLAGS.title;

function distinctive(word: string): boolean {
  const flags = lookup(word);
  return ((flags & FLAGS.rareGiven ? flags & ~FLAGS.given : flags) & ANYONES) === 0;
}

/**
 * The corpus key of each of one document's entities, in order: corpusKey, except for a one-word
 * person the document's linker left alone (not ambiguous, and no full name of the document ends
 * with the word):
 *   - a rare given name that begins exactly one full name of the document ("Tavio" beside "Tavio
 *     Gonzalez") is that full name's row (the linker never joins a first name; the corpus does when
 *     the name is no everyday first name), unless the project keeps the two apart;
 *   - a word no full name of the document begins or ends with gets a pending key, resolved once
 *     the corpus is seen (JoinIndex).
 */
export function documentKeys(entities: readonly EntityRecord[], project: ProjectIndex | null = activeProject()): string[] {
  const surnames = new Set<string>();
  const byGiven = new Map<string, Candidate[]>();
  const outlets = new Map<string, EntityRecord[]>();
  for (const entity of entities) {
    const acronym = entity.type === 'organization' ? outletAcronym(entity.name) : null;
    if (acronym) push(outlets, acronym, entity);
    if (entity.type !== 'person') continue;
    const words = personWords(nameKey(entity.name));
    if (words.length < 2) continue;
    surnames.add(words[words.length - 1]);
    if (writtenWords(entity.name) >= 2) push(byGiven, words[0], { key: corpusKey(entity), name: entity.name });
  }
  return entities.map((entity) => {
    const key = corpusKey(entity);
    // "KBX" beside "KBX News", the document's one outlet name with that acronym (row-joins.ts)
    const outlet = entity.type === 'organization' && isAcronym(entity.name) ? outlets.get(entity.name) : undefined;
    if (outlet?.length === 1 && !project?.keptApart(entity.name, outlet[0].name)) return corpusKey(outlet[0]);
    if (entity.type !== 'person' || entity.ambiguous?.length) return key;
    // one word as keyed ("Casimir IV" is two: its key is not the word's)
    const words = keyWords(nameKey(entity.name));
    if (words.length !== 1 || isInitial(words[0]) || surnames.has(words[0])) return key;
    const fullNames = byGiven.get(words[0]);
    if (!fullNames) return pendingKey(words[0], entity);
    const [first] = fullNames;
    const one = fullNames.every((other) => other.key === first.key);
    return one && distinctive(words[0]) && !project?.keptApart(entity.name, first.name) ? first.key : key;
  });
}

/** Words as written: "Clinton-Gore" (a ticket taken for a person) is one, no given name and surname. */
function writtenWords(name: string): number {
  return name.trim().split(/\s+/).length;
}

/**
 * An entity an in-document key (documentKeys) put in another entity's row: a one-word person in its
 * full name's, an acronym in its outlet name's.
 */
export function joinedInDocument(entity: EntityRecord, documentKey: string): boolean {
  return (entity.type === 'person' || entity.type === 'organization') && !isPendingKey(documentKey) && documentKey !== corpusKey(entity);
}

/** Why documentKeys put an entity in another row (joinedInDocument). */
export function inDocumentReason(entity: EntityRecord): JoinReason {
  return entity.type === 'organization' ? 'acronym beside its outlet name' : 'given name beside the full name';
}

interface Candidate {
  key: string;
  name: string;
  /** role heads the row was given in two or more documents (one is too often a linking slip) */
  heads?: readonly string[];
  /** the gender of its given name, when the lexicon knows it */
  gender?: Gender;
}

/**
 * Full-name person rows by their first and last word, and the names of place and organization
 * rows, built from the corpus's rows (key -> type and name), to decide each pending word.
 */
export class JoinIndex {
  private readonly bySurname = new Map<string, Candidate[]>();
  private readonly byGiven = new Map<string, Candidate[]>();
  private readonly otherTypes = new Set<string>();

  constructor(private readonly project: ProjectIndex | null) {}

  addRow(key: string, type: string, name: string, roleHeads: ReadonlyMap<string, number> = new Map()): void {
    if (isPendingKey(key)) return;
    if (type === 'organization' || type === 'place') {
      this.otherTypes.add(nameKey(name));
      return;
    }
    if (type !== 'person') return;
    const words = personWords(nameKey(name));
    if (words.length < 2 || writtenWords(name) < 2) return;
    const candidate = { key, name, gender: givenNameGender(words[0]), heads: [...roleHeads].filter(([, documents]) => documents >= MIN_ROLE_DOCUMENTS).map(([head]) => head) };
    push(this.bySurname, words[words.length - 1], candidate);
    push(this.byGiven, words[0], candidate);
  }

  /**
   * The row a pending one-word name joins, or null (it stays a row of its own). evidence: what its
   * documents say about whom it names. With two or more full names of that surname, an honorific
   * leaves out the full names of the other gender ("Mrs. Vantrell" beside Marna and Tom Vantrell),
   * and a role picks the one whose roles share its head ("Governor Vantrell" beside a governor and
   * a senator of that name); with one, an honorific of the other gender keeps them apart.
   */
  target(word: string, name: string, evidence: { heads: readonly string[]; gender?: Gender } = { heads: [] }): { key: string; reason: JoinReason } | null {
    if (this.otherTypes.has(word) || !distinctive(word)) return null;
    const fits = (c: Candidate) => evidence.gender === undefined || c.gender === undefined || c.gender === evidence.gender;
    const all = this.bySurname.get(word) ?? [];
    const surnames = all.filter(fits);
    const givens = this.byGiven.get(word) ?? [];
    const byRole = evidence.heads.length === 0 || givens.length > 0 ? [] : surnames.filter((c) => c.heads?.some((head) => evidence.heads.includes(head)));
    let found: Candidate;
    let reason: JoinReason;
    if (all.length === 1 && surnames.length === 1 && givens.length === 0) {
      [found, reason] = [surnames[0], 'surname only'];
    } else if (all.length > 1 && surnames.length === 1 && givens.length === 0) {
      [found, reason] = [surnames[0], 'surname only, by honorific'];
    } else if (all.length > 1 && byRole.length === 1) {
      [found, reason] = [byRole[0], 'surname only, by role'];
    } else if (givens.length === 1 && all.length === 0) {
      [found, reason] = [givens[0], 'given name only'];
    } else return null;
    if (this.project?.keptApart(name, found.name)) return null;
    return { key: found.key, reason };
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
