import { names } from './helpers';

describe('bodies named in Spanish, Portuguese, French, Italian, Dutch and German open with their head noun', () => {
  test('the head noun first, small words of the language inside, a title before a name ends the body', () => {
    const text =
      'Voters backed the Partido Liberal Progresista, and prosecutors at the Fiscalía General de la Nación opened a case. ' +
      'The Universidade Federal do Paraná and the Fundação Helena Prado ran the survey; the Rassemblement pour la Démocratie rejected it. ' +
      'Ministerio de Salud Minister Ana Ruiz said the Union Station clinic stays open. The Junta met.';
    expect(names(text).map((r) => [r.text, r.start, r.end, r.type, r.rule])).toEqual([
      ['Partido Liberal Progresista', 18, 45, 'organization', 'organization.foreign-head'],
      // not the paper "la Nación" inside it
      ['Fiscalía General de la Nación', 70, 99, 'organization', 'organization.foreign-head'],
      // "do" joins in Portuguese; not the state "Paraná" alone
      ['Universidade Federal do Paraná', 119, 149, 'organization', 'organization.foreign-head'],
      // a foundation named after someone is no person, nor its last word a place
      ['Fundação Helena Prado', 158, 179, 'organization', 'organization.foreign-head'],
      ['Rassemblement pour la Démocratie', 200, 232, 'organization', 'organization.foreign-head'],
      ['Ministerio de Salud', 246, 265, 'organization', 'organization.foreign-head'],
      ['Ana Ruiz', 275, 283, 'person', 'person.title'],
      // an English word ("Union") and one word alone ("The Junta") are left to the English rules,
      // which read a capitalized "Station" as closing a place's name
      ['Union Station', 293, 306, 'place', 'place.head-noun'],
    ]);
  });

  test('hospitals and clinics in French, Italian, Spanish and German: "Hôpital", "Ospedale", "Klinikum", "Universitätsklinikum"', () => {
    const text = 'Patients went to the Universitätsklinikum Tarnstedt, to Klinikum Velbach and to the Hôpital Saint-Orvel; the Ospedale Maggiore di Tarsi said so.';
    expect(names(text).map((r) => [r.text, r.start, r.end, r.type, r.rule])).toEqual([
      ['Universitätsklinikum Tarnstedt', 21, 51, 'organization', 'organization.foreign-head'],
      ['Klinikum Velbach', 56, 72, 'organization', 'organization.foreign-head'],
      ['Hôpital Saint-Orvel', 84, 103, 'organization', 'organization.foreign-head'],
      ['Ospedale Maggiore di Tarsi', 109, 135, 'organization', 'organization.foreign-head'],
    ]);
  });

  test('in Romanian, Indonesian and Polish too; in German and Turkish a party\'s head comes last', () => {
    const text = 'The Partidul Liberal Unit and the Komisi Pemberantasan Korupsi agreed; the Koalicja Obywatelska and the Yeni Umut Partisi objected.';
    expect(names(text).map((r) => [r.text, r.start, r.end, r.type, r.rule])).toEqual([
      ['Partidul Liberal Unit', 4, 25, 'organization', 'organization.head-noun'],
      ['Komisi Pemberantasan Korupsi', 34, 62, 'organization', 'organization.foreign-head'],
      ['Koalicja Obywatelska', 75, 95, 'organization', 'organization.foreign-head'],
      ['Yeni Umut Partisi', 104, 121, 'organization', 'organization.head-noun'],
    ]);
  });

  test('news outlets in other languages: the kind of paper or broadcaster first ("Diario Liberdade", "Correio Paulista") or last ("RPP Noticias", "Kieler Zeitung")', () => {
    const text = 'He told Diario Liberdade that he would run. Correio Paulista reported it, and he told RPP Noticias and the Kieler Zeitung the same.';
    expect(names(text).map((r) => [r.text, r.start, r.end, r.type, r.rule])).toEqual([
      ['Diario Liberdade', 8, 24, 'organization', 'organization.foreign-head'],
      ['Correio Paulista', 44, 60, 'organization', 'organization.foreign-head'],
      ['RPP Noticias', 86, 98, 'organization', 'organization.head-noun'],
      ['Kieler Zeitung', 107, 121, 'organization', 'organization.head-noun'],
    ]);
  });

  test('no place, programme or English word: "Bolsa Chica State Beach", "the Bolsa Familia program", "per Reuters"; "General" before a word of the name stays in it', () => {
    const text =
      'Surfers went to Bolsa Chica State Beach. The Bolsa Familia program grew. The Partido Socialista per Reuters lost ground. ' +
      'The Secretaria General Iberoamericana met.';
    expect(names(text).map((r) => [r.text, r.start, r.end, r.type, r.rule])).toEqual([
      ['Bolsa Chica State Beach', 16, 39, 'place', 'place.head-noun'],
      ['Partido Socialista', 77, 95, 'organization', 'organization.foreign-head'],
      ['Reuters', 100, 107, 'organization', 'organization.gazetteer'],
      ['Secretaria General Iberoamericana', 125, 158, 'organization', 'organization.foreign-head'],
    ]);
  });

  test('bodies opened by a collective, a brotherhood, a fire brigade, civil defence, a court, a radio station or a federation', () => {
    const text = 'The Corpo de Bombeiros de Velmara said the Collectif des Habitants de Tarnu had filed a complaint with the Tribunal de Grande Instance. ' +
      'Rádio Velmar FM and Defesa Civil spoke, and the Fédération des Entreprises du Congo was worried.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Corpo de Bombeiros de Velmara', 'organization', 4, 33, 'organization.foreign-head'],
      ['Collectif des Habitants de Tarnu', 'organization', 43, 75, 'organization.foreign-head'],
      ['Tribunal de Grande Instance', 'organization', 107, 134, 'organization.foreign-head'],
      ['Rádio Velmar FM', 'organization', 136, 151, 'organization.head-noun'],
      ['Defesa Civil', 'organization', 156, 168, 'organization.foreign-head'],
      ['Fédération des Entreprises du Congo', 'organization', 184, 219, 'organization.foreign-head'],
    ]);
  });

  test('an English title ends the body\'s name also before a surname alone ("Ministerio de Salud Minister Ruiz")', () => {
    expect(names('Ministerio de Salud Minister Ruiz spoke.').map((r) => [r.text, r.start, r.end, r.type])).toEqual([
      ['Ministerio de Salud', 0, 19, 'organization'],
      ['Ruiz', 29, 33, 'person'],
    ]);
  });

  test('a name written without its marks, and a German one with "für", up to the bracket of its short name', () => {
    const text = 'The Corporacion Minera del Sur and the Bundesanstalt für Gewässerkunde (BfG) studied the river.';
    expect(names(text).map((r) => [r.text, r.start, r.end, r.type, r.rule])).toEqual([
      ['Corporacion Minera del Sur', 4, 30, 'organization', 'organization.foreign-head'],
      ['Bundesanstalt für Gewässerkunde', 39, 70, 'organization', 'organization.foreign-head'],
      ['BfG', 72, 75, 'organization', 'organization.camel-case'],
    ]);
  });
});

describe('umbrella bodies, cartels and "Unión" with its accent', () => {
  test('"Coordinadora", "Organización", "Cártel" and the accented "Unión" open a body\'s name; "Union" without it is left to the English rules', () => {
    const text = 'Farmers from the Coordinadora Obrera de Tarvia marched. The Cártel del Velmo split from the Organización de Costa Velma. Deputies of the Unión Cívica Tarvesa voted.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end])).toEqual([
      ['Coordinadora Obrera de Tarvia', 'organization', 17, 46],
      ['Cártel del Velmo', 'organization', 60, 76],
      ['Organización de Costa Velma', 'organization', 92, 119],
      ['Unión Cívica Tarvesa', 'organization', 137, 157],
    ]);
  });
});

describe('issue 13: bodies named in Welsh, Irish and Scottish Gaelic open with their head noun; their legal forms close a firm', () => {
  test('a school, a choir, a shop and a co-operative by their first word; "Cyf" as "Ltd" (the Irish "Teo" is no legal form of ours: the Chinese family name)', () => {
    const text = 'Pupils of Ysgol Gynradd Tarnog and Scoil Bhríde Naofa sang with Côr Meibion Cwm Orvag. Sponsors included Siop y Gornel, Velk Haulage Cyf and Comharchumann Inis Tarn Teo.';
    expect(names(text).map((r) => [r.text, r.start, r.end, r.type, r.rule])).toEqual([
      ['Ysgol Gynradd Tarnog', 10, 30, 'organization', 'organization.foreign-head'],
      ['Scoil Bhríde Naofa', 35, 53, 'organization', 'organization.foreign-head'],
      ['Côr Meibion Cwm Orvag', 64, 85, 'organization', 'organization.foreign-head'],
      ['Siop y Gornel', 105, 118, 'organization', 'organization.foreign-head'],
      ['Velk Haulage Cyf', 120, 136, 'organization', 'organization.legal-suffix'],
      ['Comharchumann Inis Tarn Teo', 141, 168, 'organization', 'organization.foreign-head'],
    ]);
  });
});

describe('issue 13: publishers, museums, galleries, estate firms and miners named in another language open with their head noun', () => {
  test('"Uitgeverij", "Editorial", "Museo", "Galería", "Pinacoteca", "Immobiliare", "Minera"', () => {
    const text = 'Rights went to Uitgeverij De Kraai and Editorial Pellam. The Museo de Arte del Norte, Galería Orvel and Pinacoteca Tarsi lent works. Minera Velcona and Immobiliare Hollberg bid.';
    expect(names(text).map((r) => [r.text, r.start, r.end, r.type, r.rule])).toEqual([
      ['Uitgeverij De Kraai', 15, 34, 'organization', 'organization.foreign-head'],
      ['Editorial Pellam', 39, 55, 'organization', 'organization.foreign-head'],
      ['Museo de Arte del Norte', 61, 84, 'organization', 'organization.foreign-head'],
      ['Galería Orvel', 86, 99, 'organization', 'organization.foreign-head'],
      ['Pinacoteca Tarsi', 104, 120, 'organization', 'organization.foreign-head'],
      ['Minera Velcona', 133, 147, 'organization', 'organization.foreign-head'],
      ['Immobiliare Hollberg', 152, 172, 'organization', 'organization.foreign-head'],
    ]);
  });
});

describe('firms of Spanish and Portuguese trades, head first', () => {
  test('"Cementos", "Inversiones", "Laboratorios", "Construções" open a firm\'s name', () => {
    const text = 'Cementos Tarval and Inversiones Kessamar bid, with Laboratorios Kessa and Construções Dravik.';
    expect(names(text).map((r) => [r.text, r.start, r.end, r.type, r.rule])).toEqual([
      ['Cementos Tarval', 0, 15, 'organization', 'organization.foreign-head'],
      ['Inversiones Kessamar', 20, 40, 'organization', 'organization.foreign-head'],
      ['Laboratorios Kessa', 51, 69, 'organization', 'organization.foreign-head'],
      ['Construções Dravik', 74, 92, 'organization', 'organization.foreign-head'],
    ]);
  });
});

describe('orchestras, studios, regional governments and gendarmes named in French, Spanish and Italian', () => {
  test('"Orquesta", "Atelier", "Gendarmerie" open a body\'s name; "the orchestra" alone is none', () => {
    const text = 'The Orquesta Sinfónica de Velcona toured. Atelier Dravik drew the plans; the Gendarmerie Nationale looked into it. The orchestra was late.';
    expect(names(text).map((r) => [r.text, r.start, r.end, r.type, r.rule])).toEqual([
      ['Orquesta Sinfónica de Velcona', 4, 33, 'organization', 'organization.foreign-head'],
      ['Atelier Dravik', 42, 56, 'organization', 'organization.foreign-head'],
      ['Gendarmerie Nationale', 77, 98, 'organization', 'organization.foreign-head'],
    ]);
  });
});

describe('universities, academies and schools named in German, Nordic, Polish, Indonesian, French and Italian', () => {
  test('"Universität", "Technische", "Deutsche", "Lycée", "Universitetet" open a body\'s name; the currency is none', () => {
    const text = 'The Technische Universität Velbach, the Deutsche Kesselgemeinschaft, the Lycée Tarnier and the Universitetet i Tarvik signed. Loans in Deutsche Mark ended.';
    expect(names(text).map((r) => [r.text, r.start, r.end, r.type, r.rule])).toEqual([
      ['Technische Universität Velbach', 4, 34, 'organization', 'organization.foreign-head'],
      ['Deutsche Kesselgemeinschaft', 40, 67, 'organization', 'organization.foreign-head'],
      ['Lycée Tarnier', 73, 86, 'organization', 'organization.foreign-head'],
      ['Universitetet i Tarvik', 95, 117, 'organization', 'organization.foreign-head'],
    ]);
  });
});

describe('hospitals named in French, Spanish and Portuguese', () => {
  test('"Centre Hospitalier de ..." and "Hospital" before a small word or a Spanish hospital\'s word open the name; not the English "Hospital for ..."', () => {
    const text =
      'The Centre Hospitalier de Varnoux-sur-Orle closed its ward. Patients at the Hospital Universitario Tarsal and the Hospital de San Velcona were moved. ' +
      'The Hospital for Kessmoor Children said.';
    expect(names(text).filter((r) => r.rule === 'organization.foreign-head').map((r) => [r.text, r.start, r.end, r.type, r.rule])).toEqual([
      ['Centre Hospitalier de Varnoux-sur-Orle', 4, 42, 'organization', 'organization.foreign-head'],
      ['Hospital Universitario Tarsal', 76, 105, 'organization', 'organization.foreign-head'],
      ['Hospital de San Velcona', 114, 137, 'organization', 'organization.foreign-head'],
    ]);
  });

  test('issue 13: "and" in Dutch, German, Italian and Portuguese, and the German "zu", are small words of such a name ("Partij voor Handel en Tarnvaart", "Hochschule für Technik und Kunst Velmar")', () => {
    const text = 'The Partij voor Handel en Tarnvaart won two seats. The Hochschule für Technik und Kunst Velmar said so, as did the Universität zu Velmar.';
    expect(names(text).map((r) => [r.text, r.type, r.rule])).toEqual([
      ['Partij voor Handel en Tarnvaart', 'organization', 'organization.foreign-head'],
      ['Hochschule für Technik und Kunst Velmar', 'organization', 'organization.foreign-head'],
      ['Universität zu Velmar', 'organization', 'organization.foreign-head'],
    ]);
  });

  test('issue 13: the French "Maison" opens a fashion, wine or restaurant house\'s name ("Maison Farrel"); it is no first name', () => {
    const text = 'She cooked at Maison Farrel in Lyon. Maison Farrel\'s owners sold it.';
    expect(names(text).map((r) => [r.text, r.start, r.end, r.type, r.rule])).toEqual([
      ['Maison Farrel', 14, 27, 'organization', 'organization.foreign-head'],
      ['Lyon', 31, 35, 'place', 'place.gazetteer'],
      ['Maison Farrel', 37, 50, 'organization', 'organization.foreign-head'],
    ]);
  });

  test('issue 13: trades\' firms named head first ("Bodegas", "Manifattura", "Zakłady", "Yayasan") and head last ("Energi", "Medien", "Savunma", "Kurier")', () => {
    const text =
      'The Italian builder Impresa Tarsi Strade won the tender. Skarel Energi and Tarvo Medien merged, ' +
      'and Zakłady Mięsne Velbro closed. Bodegas Varnek sold its vines to Kelvik Savunma, Dessau Kurier said.';
    expect(names(text).map((r) => [r.text, r.start, r.end, r.type, r.rule])).toEqual([
      ['Impresa Tarsi Strade', 20, 40, 'organization', 'organization.foreign-head'],
      ['Skarel Energi', 57, 70, 'organization', 'organization.head-noun'],
      ['Tarvo Medien', 75, 87, 'organization', 'organization.head-noun'],
      ['Zakłady Mięsne Velbro', 100, 121, 'organization', 'organization.foreign-head'],
      ['Bodegas Varnek', 130, 144, 'organization', 'organization.foreign-head'],
      ['Kelvik Savunma', 163, 177, 'organization', 'organization.head-noun'],
      ['Dessau Kurier', 179, 192, 'organization', 'organization.head-noun'],
    ]);
  });
});
