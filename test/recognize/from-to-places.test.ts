import { names } from './helpers';

describe('a way\'s two ends: "from X to Y", "between X and Y" with one end a listed place (issue 13)', () => {
  const places = (text: string) => names(text).filter((r) => r.type === 'place').map((r) => [r.text, r.rule]);
  test('the end no list knows is a place too, first or second', () => {
    expect(places('The walkers followed the old road from Tarnakoru to Cardiff on Sunday.')).toEqual([
      ['Tarnakoru', 'place.from-to'],
      ['Cardiff', 'place.gazetteer'],
    ]);
    expect(places('Police closed the road from Cairo to Velsmoor for six hours.')).toEqual([
      ['Cairo', 'place.gazetteer'],
      ['Velsmoor', 'place.from-to'],
    ]);
    expect(places('Innkeepers between Orbenza and Madrid said bookings had doubled.')).toEqual([
      ['Orbenza', 'place.from-to'],
      ['Madrid', 'place.gazetteer'],
    ]);
  });
  test('an end of a first word no list knows and a word known only as a name ("Tarnakoru Owen"); a "Tunnel" is a place (issue 13)', () => {
    expect(places('The walkers went from Cardiff to Tarnakoru Owen on Sunday.')).toEqual([
      ['Cardiff', 'place.gazetteer'],
      ['Tarnakoru Owen', 'place.from-to'],
    ]);
    expect(places('A truck burned in the Velsmoor Tunnel in 2017.')).toEqual([['Velsmoor Tunnel', 'place.head-noun']]);
  });
  test('not where the other end is no listed place, nor a longer name opening with one', () => {
    expect(places('The title passed from Kessimby to Drovanti last year.')).toEqual([]);
    expect(places('He moved from Kessimby to Cardiff City last year.').filter((r) => r[0] === 'Kessimby')).toEqual([]);
  });
});
