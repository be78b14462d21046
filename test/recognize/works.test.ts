// Works in quotes after their kind and a few products and formats are left out (refine/works.ts).
// Invented sentences.
import { quotedTitles } from '../../src/pipeline/refine/works';
import { tokenize } from '../../src/pipeline/segment';
import { brief, names } from './helpers';

describe('works and products are left out', () => {
  test('a title in quotes after "the film", "album" or "novel": no row; names outside the quotes stay', () => {
    const text = 'Ilse Varga starred in the film "Gone Quiet" with Tom Hale. Her new album “Harbour Lights” sold well, and the novel \'Kestrel Road\' was reprinted.';
    expect(brief(text)).toEqual(['person:Ilse Varga', 'person:Tom Hale']);
  });

  test('the title runs to the quote that closes it, past an apostrophe: exact offsets of what stays', () => {
    const text = 'The documentary "Tom Hale\'s Harbour" was made by Ilse Varga.';
    expect(names(text)).toEqual([{ text: 'Ilse Varga', type: 'person', start: 49, end: 59, rule: 'person.given-name' }]);
  });

  test('the same words in quotes without a kind of work before them are still names', () => {
    const text = 'Ilse Varga met "Tom Hale" in London.';
    expect(brief(text)).toEqual(['person:Ilse Varga', 'person:Tom Hale', 'place:London']);
  });

  test("an apostrophe after a plural is no opening quote: \"the films' producer, Tom Hale, and the actors' union\"", () => {
    const text = "Ilse Varga praised the films' producer, Tom Hale, and the actors' union.";
    expect(brief(text)).toEqual(['person:Ilse Varga', 'person:Tom Hale']);
  });

  test('products and formats: PlayStation, MP3 and VHS are no organizations', () => {
    const text = 'Sony said sales of the PlayStation rose. Kellby Media Ltd. sells MP3 players and VHS tapes.';
    expect(brief(text)).toEqual(['organization:Sony', 'organization:Kellby Media Ltd.']);
    // and those of recent years: a chatbot, a drug, a currency
    expect(brief('ChatGPT users grew while Bitcoin fell, and Ozempic sales at Novo Nordisk rose.')).toEqual(['organization:Novo Nordisk']);
  });

  test('the quoted title as tokens: a plural\'s apostrophe inside it does not close a double quote', () => {
    const tokens = tokenize('The film "Kellby Sailors\' Harbour" opened.');
    const [[from, to]] = quotedTitles(tokens);
    expect(tokens.slice(from, to).map((t) => t.text)).toEqual(['Kellby', 'Sailors', "'", 'Harbour']);
  });
});
