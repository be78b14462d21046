import { names } from './helpers';

describe('a route\'s start no list knows, "the road from X to <listed place>" (issue 13)', () => {
  const places = (text: string) => names(text).filter((r) => r.type === 'place').map((r) => [r.text, r.rule]);
  test('the start of a route after a word of a journey is a place when its end is a listed place', () => {
    expect(places('The walkers followed the old road from Tarnakoru to Cardiff on Sunday.')).toEqual([
      ['Tarnakoru', 'place.from-to'],
      ['Cardiff', 'place.gazetteer'],
    ]);
    // (a first word no list knows and a word known only as a name: "Tarnakoru Owen")
    expect(places('The walkers took the road from Tarnakoru Owen to Cardiff on Sunday.')).toEqual([
      ['Tarnakoru Owen', 'place.from-to'],
      ['Cardiff', 'place.gazetteer'],
    ]);
  });
  test('not where nothing travels, nor where the end is no listed place or a longer name opening with one', () => {
    expect(places('Control passed from Kessimby to Cardiff last year.').filter((r) => r[0] === 'Kessimby')).toEqual([]);
    expect(places('The title passed from Kessimby to Drovanti last year.')).toEqual([]);
    expect(places('The bus ran from Kessimby to Cardiff City stadium.').filter((r) => r[0] === 'Kessimby')).toEqual([]);
  });
  test('a "Tunnel" closes a place\'s name', () => {
    expect(places('A truck burned in the Velsmoor Tunnel in 2017.')).toEqual([['Velsmoor Tunnel', 'place.head-noun']]);
  });
});
