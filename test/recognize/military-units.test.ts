import { recognizeMilitaryUnits } from '../../src/pipeline/recognize/military-units';
import { run } from './helpers';

describe('military units', () => {
  test('an ordinal, capitalized words and a unit word: "the 14th Mountain Division", "the Sixth Fleet", "the 2nd Cavalry"', () => {
    const text = "The Army's 14th Mountain Division and the 2nd Cavalry joined the Sixth Fleet, whose 3rd ships sailed on the 1st Tuesday.";
    expect(run(recognizeMilitaryUnits, text)).toEqual([
      { text: '14th Mountain Division', type: 'organization', start: 11, end: 33, rule: 'organization.military-unit' },
      { text: '2nd Cavalry', type: 'organization', start: 42, end: 53, rule: 'organization.military-unit' },
      { text: 'Sixth Fleet', type: 'organization', start: 65, end: 76, rule: 'organization.military-unit' },
    ]);
  });
});
