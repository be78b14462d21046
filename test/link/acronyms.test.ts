import { linkMentions } from '../../src/pipeline/link';
import { place, summaryOf } from './place';

describe('acronyms and abbreviations join their organization', () => {
  test('defined in the text: "Committee for National Security (KNB)", later "KNB"', () => {
    const doc = 'He was held by the Committee for National Security (KNB) on Monday. The KNB said so.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Committee for National Security', type: 'organization' },
        { text: 'KNB', type: 'organization' },
        { text: 'KNB', type: 'organization', nth: 1 },
      ]),
    );
    expect(summaryOf(entities)).toEqual([['organization', 'Committee for National Security', 3, ['KNB']]]);
  });

  test('defined the other way round: "KNB (Committee for National Security)"', () => {
    const doc = 'The KNB (Committee for National Security) said so.';
    const entities = linkMentions(
      place(doc, [
        { text: 'KNB', type: 'organization' },
        { text: 'Committee for National Security', type: 'organization' },
      ]),
    );
    expect(summaryOf(entities)).toEqual([['organization', 'Committee for National Security', 2, ['KNB']]]);
  });

  test('the brackets win over a wrong type: "(AFM)" taken for a person becomes the agency', () => {
    const doc = 'The Financial Monitoring Agency (AFM) opened an inquiry. The AFM said so.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Financial Monitoring Agency', type: 'organization' },
        { text: 'AFM', type: 'person' },
        { text: 'AFM', type: 'person', nth: 1 },
      ]),
    );
    expect(summaryOf(entities)).toEqual([['organization', 'Financial Monitoring Agency', 3, ['AFM']]]);
  });

  test('brackets far from the name do not define it', () => {
    const doc = 'The Committee for National Security met the head of KNB. Later (KNB) was written.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Committee for National Security', type: 'organization' },
        { text: 'KNB', type: 'organization', nth: 1 },
      ]),
    );
    expect(summaryOf(entities)).toEqual([
      ['organization', 'Committee for National Security', 1, []],
      ['organization', 'KNB', 1, []],
    ]);
  });

  test('initials of the one organization that has them: FBI, BoA', () => {
    const doc = 'The Federal Bureau of Investigation and the Bank of America were named. The FBI and BOA said no.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Federal Bureau of Investigation', type: 'organization' },
        { text: 'Bank of America', type: 'organization' },
        { text: 'FBI', type: 'organization' },
        { text: 'BOA', type: 'organization' },
      ]),
    );
    expect(summaryOf(entities)).toEqual([
      ['organization', 'Federal Bureau of Investigation', 2, ['FBI']],
      ['organization', 'Bank of America', 2, ['BOA']],
    ]);
  });

  test('initials that fit two organizations join neither', () => {
    const doc = 'The National Security Council and the National Science Committee met. The NSC said no.';
    const entities = linkMentions(
      place(doc, [
        { text: 'National Security Council', type: 'organization' },
        { text: 'National Science Committee', type: 'organization' },
        { text: 'NSC', type: 'organization' },
      ]),
    );
    expect(entities.map((e) => [e.name, e.count])).toEqual([
      ['National Security Council', 1],
      ['National Science Committee', 1],
      ['NSC', 1],
    ]);
  });

  test('U.S., US and United States are one place named United States; UN is the United Nations', () => {
    const doc = 'The U.S. and the UN disagreed. The US said the United States would not pay.';
    const entities = linkMentions(
      place(doc, [
        { text: 'U.S.', type: 'place' },
        { text: 'UN', type: 'organization' },
        { text: 'US', type: 'place' },
        { text: 'United States', type: 'place' },
      ]),
    );
    expect(summaryOf(entities)).toEqual([
      ['organization', 'United Nations', 1, ['UN']],
      ['place', 'United States', 3, ['U.S.']],
    ]);
  });

  test('a state as datelines abbreviate it, America, Xinhua and the Fed have one name each', () => {
    const doc = 'In Fresno, Calif., and in California, America and the Fed met Xinhua.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Fresno', type: 'place' },
        { text: 'Calif.', type: 'place' },
        { text: 'California', type: 'place' },
        { text: 'America', type: 'place' },
        { text: 'Fed', type: 'organization' },
        { text: 'Xinhua', type: 'organization' },
      ]),
    );
    expect(summaryOf(entities)).toEqual([
      ['organization', 'Federal Reserve', 1, ['Fed']],
      ['organization', 'Xinhua News Agency', 1, ['Xinhua']],
      ['place', 'Fresno', 1, []],
      ['place', 'California', 2, ['Calif.']],
      ['place', 'United States', 1, ['America']],
    ]);
  });

  test('agencies by their acronym or in full: "Nato" is the North Atlantic Treaty Organization, "INS" the Immigration and Naturalization Service', () => {
    const doc = 'Nato and the INS met the CIA.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Nato', type: 'organization' },
        { text: 'INS', type: 'organization' },
        { text: 'CIA', type: 'organization' },
      ]),
    );
    expect(summaryOf(entities)).toEqual([
      ['organization', 'North Atlantic Treaty Organization', 1, ['Nato']],
      ['organization', 'Immigration and Naturalization Service', 1, ['INS']],
      ['organization', 'Central Intelligence Agency', 1, ['CIA']],
    ]);
  });

  test('Britain is the United Kingdom', () => {
    const doc = 'Regulators in Britain and the UK agreed.';
    const entities = linkMentions(place(doc, [{ text: 'Britain', type: 'place' }, { text: 'UK', type: 'place' }]));
    expect(summaryOf(entities)).toEqual([['place', 'United Kingdom', 2, ['Britain', 'UK']]]);
  });

  test('an organization keeps its \'s unless the bare name occurs too (McDonald\'s)', () => {
    const doc = "McDonald's opened. Reuters reported that Reuters' editor left.";
    const entities = linkMentions(
      place(doc, [
        { text: "McDonald's", type: 'organization' },
        { text: 'Reuters', type: 'organization' },
        { text: "Reuters'", type: 'organization' },
      ]),
    );
    expect(summaryOf(entities)).toEqual([
      ['organization', "McDonald's", 1, []],
      ['organization', 'Reuters', 2, []],
    ]);
  });

  test('"the Finance Ministry" is the Ministry of Finance; "Bank of America" stays itself', () => {
    const doc = 'The Ministry of Finance and the Bank of America met. The Finance Ministry said the Interior Ministry and the Ministry of the Interior agreed.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Ministry of Finance', type: 'organization' },
        { text: 'Bank of America', type: 'organization' },
        { text: 'Finance Ministry', type: 'organization' },
        { text: 'Interior Ministry', type: 'organization' },
        { text: 'Ministry of the Interior', type: 'organization' },
      ]),
    );
    expect(summaryOf(entities)).toEqual([
      ['organization', 'Ministry of Finance', 2, ['Finance Ministry']],
      ['organization', 'Bank of America', 1, []],
      ['organization', 'Ministry of the Interior', 2, ['Interior Ministry']],
    ]);
  });

  test('"Lockheed" is Lockheed Corp.; "Gazprom" is not Gazprom Neft', () => {
    const doc = 'Lockheed Corp. and Gazprom Neft signed. Lockheed and Gazprom said so.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Lockheed Corp.', type: 'organization' },
        { text: 'Gazprom Neft', type: 'organization' },
        { text: 'Lockheed', type: 'organization', nth: 1 },
        { text: 'Gazprom', type: 'organization', nth: 1 },
      ]),
    );
    expect(summaryOf(entities)).toEqual([
      ['organization', 'Lockheed Corp.', 2, ['Lockheed']],
      ['organization', 'Gazprom Neft', 1, []],
      ['organization', 'Gazprom', 1, []],
    ]);
  });

  test('a credit the abbreviation table names in full ("(AP)": Associated Press) never takes the dateline place in', () => {
    const doc = 'HARLOW (AP)_ The mayor spoke.';
    const entities = linkMentions(place(doc, [{ text: 'HARLOW', type: 'place' }, { text: 'AP', type: 'organization' }]));
    expect(summaryOf(entities)).toEqual([
      ['organization', 'Associated Press', 1, ['AP']],
      ['place', 'HARLOW', 1, []],
    ]);
  });

  test('a wire credit in brackets after a dateline place is not its acronym; "(ROK)" is', () => {
    const doc = 'NEW YORK (AP) - The Republic of Korea (ROK) said so.';
    const entities = linkMentions(
      place(doc, [
        { text: 'NEW YORK', type: 'place' },
        { text: 'AP', type: 'organization' },
        { text: 'Republic of Korea', type: 'place' },
        { text: 'ROK', type: 'place' },
      ]),
    );
    // (the wire service and the state have one name in every document: abbreviations.ts)
    expect(summaryOf(entities)).toEqual([
      ['organization', 'Associated Press', 1, ['AP']],
      ['place', 'New York', 1, []],
      ['place', 'Republic of Korea', 2, ['ROK']],
    ]);
  });
});
