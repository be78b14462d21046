// A results list's "Name, Town" items (recognize/list-hometowns.ts): the words after persons' names
// that close an item are their towns. Invented names and towns.
import { names } from './helpers';

const places = (text: string) => names(text).filter((r) => r.type === 'place').map((r) => [r.text, r.rule]);

describe('a show\'s or a sale\'s results list: the word after a person\'s name and a comma is a town', () => {
  test('after a colon, a placing\'s number or a line\'s start, before a semicolon, a bracket, a dash or the line\'s end', () => {
    const text = 'Results:\n\nSupreme dairy: Dana Orvell, Kessby (Friesian cow).\nOpen final: 1, Maria Lissane, Velmby; 2, Peter Carvoe, Dorrish.\nJohn Halvik, Strenna - 12 steers\n';
    expect(places(text)).toEqual([
      ['Kessby', 'place.list-hometown'],
      ['Velmby', 'place.list-hometown'],
      ['Dorrish', 'place.list-hometown'],
      ['Strenna', 'place.list-hometown'],
    ]);
  });

  test('not in running prose, nor with fewer than three such items', () => {
    const text = 'Supreme dairy: Dana Orvell, Kessby (Friesian cow).\nOpen final: 1, Maria Lissane, Velmby.\nPeter Carvoe, Merrow chairman, said the show went well.\n';
    expect(places(text)).toEqual([]);
  });

  test('a casualty list\'s "Name, age, Town" items, and a region after the town ("Sorvane Pello, 51, Tamsk, Brevna;"); not the item no colon, semicolon or line opens', () => {
    const text = 'The dead were named as Marten Olund, 34, Halvorsk, Tarvoland; Ragna Torvik, 29, Orlevo; Sorvane Pello, 51, Tamsk, Brevna; Teppo Halder, 40, Oskany.';
    expect(places(text)).toEqual([
      ['Orlevo', 'place.list-hometown'],
      ['Tamsk', 'place.list-hometown'],
      ['Brevna', 'place.list-hometown'],
      ['Oskany', 'place.list-hometown'],
    ]);
  });
});
