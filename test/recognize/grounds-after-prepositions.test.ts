import { names } from './helpers';

describe('a first name and a ground\'s word after a preposition of place are a place (issue 13)', () => {
  test('with a known first name: "gates at Edwin Field", "towards Rose Side" are places', () => {
    const text = 'He fought the larger carriers for gates at Edwin Field in the city. The attacker ran off towards Rose Side and the river.\n';
    const rows = names(text).map((r) => [r.text, r.type]);
    expect(rows).toContainEqual(['Edwin Field', 'place']);
    expect(rows).toContainEqual(['Rose Side', 'place']);
  });

  test('not a target after "looked at", nor before "\'s"', () => {
    const rows = names('He looked at Edwin Field and smiled. They laughed at Edwin Field\'s joke.\n').map((r) => [r.text, r.type]);
    expect(rows.filter((r) => r[1] === 'place')).toEqual([]);
  });
});
