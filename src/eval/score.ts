// Scoring predictions against gold spans, per type, exact and relaxed.
// exact: same start, end and type. relaxed: same type and overlapping (each gold span matched once).
// A prediction that matches nothing but lies inside an ignore span (MISC, NORP, TIME...) is not counted.
// Date values are compared on relaxed-matched dates whose gold span has a value.

import { GoldDocument, GoldSpan, GoldType, GOLD_TYPES } from './gold';

export interface PredictedSpan {
  start: number;
  end: number;
  type: GoldType;
  text: string;
  value?: string;
}

export interface Counts {
  gold: number;
  predicted: number;
  exact: number;
  relaxed: number;
}

export interface ErrorItem {
  document: string;
  kind: 'false positive' | 'false negative' | 'boundary' | 'wrong value';
  type: GoldType;
  text: string;
  start: number;
  end: number;
  /** what the other side had: the overlapping gold/predicted span, or the gold value */
  other?: string;
  context: string;
}

export interface Score {
  byType: Record<GoldType, Counts>;
  values: { matched: number; correct: number };
  errors: ErrorItem[];
}

export function emptyScore(): Score {
  const byType = {} as Record<GoldType, Counts>;
  for (const type of GOLD_TYPES) byType[type] = { gold: 0, predicted: 0, exact: 0, relaxed: 0 };
  return { byType, values: { matched: 0, correct: 0 }, errors: [] };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function contextOf(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 70);
  const to = Math.min(text.length, end + 70);
  return `${text.slice(from, start)}[[${text.slice(start, end)}]]${text.slice(end, to)}`.replace(/\s+/g, ' ');
}

export function scoreDocument(gold: GoldDocument, predictions: PredictedSpan[], score: Score, collectErrors: boolean): void {
  const annotated = new Set(gold.annotatedTypes);
  for (const type of GOLD_TYPES) {
    if (!annotated.has(type)) continue;
    const goldSpans = gold.entities.filter((e) => e.type === type);
    const predicted = predictions.filter((p) => p.type === type);
    const counts = score.byType[type];
    const exactKeys = new Set(goldSpans.map((g) => `${g.start}:${g.end}`));
    const goldUsed = new Set<GoldSpan>();
    const relaxedMatch = new Map<PredictedSpan, GoldSpan>();
    // exact matches first, so the relaxed pass pairs the remaining ones
    for (const p of predicted) {
      const g = goldSpans.find((s) => s.start === p.start && s.end === p.end);
      if (g) {
        goldUsed.add(g);
        relaxedMatch.set(p, g);
      }
    }
    for (const p of predicted) {
      if (relaxedMatch.has(p)) continue;
      const g = goldSpans.find((s) => !goldUsed.has(s) && overlaps(s, p));
      if (g) {
        goldUsed.add(g);
        relaxedMatch.set(p, g);
      }
    }
    let predictedCounted = 0;
    for (const p of predicted) {
      const matched = relaxedMatch.get(p);
      if (!matched && gold.ignore.some((s) => s.start <= p.start && p.end <= s.end)) continue;
      predictedCounted++;
      if (exactKeys.has(`${p.start}:${p.end}`)) counts.exact++;
      if (matched) {
        counts.relaxed++;
        if (type === 'DATE' && matched.value !== undefined) {
          score.values.matched++;
          if (p.value === matched.value) score.values.correct++;
          else if (collectErrors)
            score.errors.push({ document: gold.id, kind: 'wrong value', type, text: p.text, start: p.start, end: p.end, other: `gold ${matched.value}, got ${p.value ?? 'none'}`, context: contextOf(gold.text, p.start, p.end) });
        }
      }
      if (!collectErrors || exactKeys.has(`${p.start}:${p.end}`)) continue;
      score.errors.push({
        document: gold.id,
        kind: matched ? 'boundary' : 'false positive',
        type,
        text: p.text,
        start: p.start,
        end: p.end,
        other: matched ? `gold "${matched.text}"` : undefined,
        context: contextOf(gold.text, p.start, p.end),
      });
    }
    counts.gold += goldSpans.length;
    counts.predicted += predictedCounted;
    if (collectErrors) {
      const predictedKeys = new Set(predicted.map((p) => `${p.start}:${p.end}`));
      const matchedGold = new Set(relaxedMatch.values());
      for (const g of goldSpans) {
        if (predictedKeys.has(`${g.start}:${g.end}`) || matchedGold.has(g)) continue;
        score.errors.push({ document: gold.id, kind: 'false negative', type, text: g.text, start: g.start, end: g.end, context: contextOf(gold.text, g.start, g.end) });
      }
    }
  }
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(correct: number, predicted: number, gold: number): Prf {
  const precision = predicted ? (100 * correct) / predicted : 0;
  const recall = gold ? (100 * correct) / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
