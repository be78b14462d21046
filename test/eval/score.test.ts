import { writeFileSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { GoldDocument, readGoldFile } from '../../src/eval/gold';
import { emptyScore, prf, scoreDocument, PredictedSpan } from '../../src/eval/score';

const text = 'Jane Roe met officials of the Acme Bank in Lowton on Tuesday.';
const gold: GoldDocument = {
  id: 'doc-1',
  text,
  date: '2024-02-28',
  annotatedTypes: ['PERSON', 'ORGANIZATION', 'PLACE', 'DATE'],
  entities: [
    { start: 0, end: 8, type: 'PERSON', text: 'Jane Roe' },
    { start: 26, end: 39, type: 'ORGANIZATION', text: 'the Acme Bank' },
    { start: 43, end: 49, type: 'PLACE', text: 'Lowton' },
    { start: 53, end: 60, type: 'DATE', text: 'Tuesday', value: '2024-02-27' },
  ],
  ignore: [{ start: 13, end: 22 }], // "officials" stands in for a MISC span
};

describe('scoreDocument', () => {
  it('counts exact, relaxed, ignored and wrong-value predictions', () => {
    const predictions: PredictedSpan[] = [
      { start: 0, end: 8, type: 'PERSON', text: 'Jane Roe' }, // exact
      { start: 30, end: 39, type: 'ORGANIZATION', text: 'Acme Bank' }, // relaxed only
      { start: 13, end: 22, type: 'PLACE', text: 'officials' }, // inside an ignore span: not counted
      { start: 53, end: 60, type: 'DATE', text: 'Tuesday', value: '2024-03-05' }, // exact, wrong value
    ];
    const score = emptyScore();
    scoreDocument(gold, predictions, score, true);
    expect(score.byType.PERSON).toEqual({ gold: 1, predicted: 1, exact: 1, relaxed: 1 });
    expect(score.byType.ORGANIZATION).toEqual({ gold: 1, predicted: 1, exact: 0, relaxed: 1 });
    expect(score.byType.PLACE).toEqual({ gold: 1, predicted: 0, exact: 0, relaxed: 0 });
    expect(score.byType.DATE).toEqual({ gold: 1, predicted: 1, exact: 1, relaxed: 1 });
    expect(score.values).toEqual({ matched: 1, correct: 0 });
    expect(score.errors.map((e) => `${e.kind}:${e.type}:${e.text}`)).toEqual([
      'boundary:ORGANIZATION:Acme Bank',
      'false negative:PLACE:Lowton',
      'wrong value:DATE:Tuesday',
    ]);
  });

  it('does not score types the document does not annotate', () => {
    const score = emptyScore();
    scoreDocument({ ...gold, annotatedTypes: ['DATE'] }, [{ start: 0, end: 8, type: 'PERSON', text: 'Jane Roe' }], score, false);
    expect(score.byType.PERSON).toEqual({ gold: 0, predicted: 0, exact: 0, relaxed: 0 });
    expect(score.byType.DATE.gold).toBe(1);
  });
});

describe('prf', () => {
  it('computes precision, recall and F1 in percent', () => {
    expect(prf(3, 4, 6)).toEqual({ precision: 75, recall: 50, f1: 60 });
    expect(prf(0, 0, 5)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('readGoldFile', () => {
  it('reads CoNLL-2003 BIO with IOB1 and IOB2 tags into offsets', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsner-gold-'));
    const path = join(dir, 'tiny.conll');
    writeFileSync(
      path,
      ['-DOCSTART- -X- O O', '', 'Jane NNP I-NP B-PER', 'Roe NNP I-NP I-PER', 'visited VBD I-VP O', 'North NNP I-NP I-LOC', 'Lowton NNP I-NP I-LOC', '. . O O', '', 'Acme NNP I-NP I-ORG', 'said VBD I-VP O', ''].join('\n'),
    );
    const [doc] = readGoldFile(path);
    expect(doc.text).toBe('Jane Roe visited North Lowton .\nAcme said');
    expect(doc.entities).toEqual([
      { start: 0, end: 8, type: 'PERSON', text: 'Jane Roe' },
      { start: 17, end: 29, type: 'PLACE', text: 'North Lowton' },
      { start: 32, end: 36, type: 'ORGANIZATION', text: 'Acme' },
    ]);
    expect(doc.annotatedTypes).toEqual(['PERSON', 'ORGANIZATION', 'PLACE']);
  });
});
