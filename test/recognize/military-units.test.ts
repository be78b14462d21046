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

  test('a plain number before a squadron, regiment, brigade or commando, in the British style ("33 Squadron", "No. 33 Squadron"); not before a plural or "Infantry"', () => {
    const text = 'Jets of No. 33 Squadron and sappers of 21 Engineer Regiment joined 45 Commando; about 300 Marines and 12 Infantry stayed.';
    expect(run(recognizeMilitaryUnits, text)).toEqual([
      { text: 'No. 33 Squadron', type: 'organization', start: 8, end: 23, rule: 'organization.military-unit' },
      { text: '21 Engineer Regiment', type: 'organization', start: 39, end: 59, rule: 'organization.military-unit' },
      { text: '45 Commando', type: 'organization', start: 67, end: 78, rule: 'organization.military-unit' },
    ]);
  });

  test('a battalion with its regiment after a comma is one name ("2nd Battalion, Royal Kessmoor Regiment", "3rd Battalion, The Rifles"); not a run that ends in no regiment\'s word', () => {
    const text = 'Troops of the 2nd Battalion, Royal Kessmoor Regiment and riflemen of the 3rd Battalion, The Rifles left; the 1st Battalion, Kessmoor Army stayed.';
    expect(run(recognizeMilitaryUnits, text)).toEqual([
      { text: '2nd Battalion, Royal Kessmoor Regiment', type: 'organization', start: 14, end: 52, rule: 'organization.military-unit' },
      { text: '3rd Battalion, The Rifles', type: 'organization', start: 73, end: 98, rule: 'organization.military-unit' },
      { text: '1st Battalion', type: 'organization', start: 109, end: 122, rule: 'organization.military-unit' },
    ]);
  });
});

describe('leagues are no military units', () => {
  test('"the First Division" is a league; in a sports story no unit is looked for', () => {
    expect(run(recognizeMilitaryUnits, 'Kelso were promoted to the First Division after the 3rd Infantry Division parade.')).toEqual([
      { text: '3rd Infantry Division', type: 'organization', start: 52, end: 73, rule: 'organization.military-unit' },
    ]);
    const sports = 'SOCCER - KELSO WIN.\nThe striker scored twice and the goalkeeper saved a penalty as Kelso beat Tarnley 2-1 in the 2nd Division match.';
    expect(run(recognizeMilitaryUnits, sports)).toEqual([]);
  });
});
