import { brief, names } from './helpers';
import { extract } from '../../src/pipeline';
import { CHUNK_SIZE } from '../../src/pipeline/chunk';

describe("possessive names: a one-word name with \"'s\" and no noun after it is a firm", () => {
  test("a verb, a conjunction or a full stop after the \"'s\" ends the name", () => {
    const text = "The chain Quillon's opened a store. Quillon's and Dunmere's agreed. The bonds were cut by Fennick's.";
    // ("The chain Quillon's": the chain's noun labels it first, company-context.ts)
    expect(names(text)).toEqual([
      { text: "Quillon's", type: 'organization', start: 10, end: 19, rule: 'organization.company-context' },
      { text: "Quillon's", type: 'organization', start: 36, end: 45, rule: 'organization.company-context' },
      { text: "Dunmere's", type: 'organization', start: 50, end: 59, rule: 'organization.possessive-name' },
      { text: "Fennick's", type: 'organization', start: 90, end: 99, rule: 'organization.possessive-name' },
    ]);
  });

  test("not a possessive before a noun, a name the story writes alone, a person's, after a copula, a disease, a work", () => {
    const text = "Velcom said its screen beats Velcom's. Tarrant's garden flooded. Verdi's \"Requiem\" followed. " +
      "A friend of Ada Brenn's, he said. The choice was Kessler's. St. Kellan's was full. Parkinson's is incurable.";
    expect(brief(text)).toEqual(['organization:Velcom', 'organization:Velcom', 'person:Ada Brenn']);
  });
});

describe("shop names: an owner's word and \"'s\", then capitalized words ending in a shop's word", () => {
  test("the whole run is the shop, the owner's word included", () => {
    const text = "They bought it from Velby's Corner Market on Mill Lane. A chip shop, Kelbrick's Takeaways, closed.";
    expect(names(text)).toEqual([
      { text: "Velby's Corner Market", type: 'organization', start: 20, end: 41, rule: 'organization.shop-name' },
      { text: 'Mill Lane', type: 'place', start: 45, end: 54, rule: 'place.street' },
      { text: "Kelbrick's Takeaways", type: 'organization', start: 69, end: 89, rule: 'organization.shop-name' },
    ]);
  });

  test("not after a first name, a trade's noun, a weekday, nor a street the shop's word opens", () => {
    const text = "She ran Ana Dunmow's Kitchen Table. The Farmer's Market opened. Friday's Market Report came. Velby's Market Street shut.";
    expect(names(text).filter((n) => n.rule === 'organization.shop-name')).toEqual([]);
  });
});

describe('shop names in a long story', () => {
  test("a shop past the first chunk (its sentences numbered on from the chunk before) is found, and the story is no error", () => {
    const filler = 'The council of Tarvo met on Monday and talked about roads, bins and the new bus lanes for an hour. ';
    const head = filler.repeat(Math.ceil((CHUNK_SIZE + 1000) / filler.length));
    const text = `${head}Shoppers queued outside Velby's Corner Market on Tuesday. ${filler}`;
    const shops = extract(text, { types: ['organization'] }).entities.flatMap((e) => e.mentions.filter((m) => m.rule === 'organization.shop-name').map((m) => ({ text: m.text, start: m.start, end: m.end })));
    const start = head.length + "Shoppers queued outside ".length;
    expect(shops).toEqual([{ text: "Velby's Corner Market", start, end: start + "Velby's Corner Market".length }]);
  });
});
