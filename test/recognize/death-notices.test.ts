import { recognizeDeathNotices } from '../../src/pipeline/recognize/death-notices';
import { names, run } from './helpers';

const texts = (rows: { text: string }[]) => rows.map((r) => r.text);

describe('death notices: the surname in capitals and the given names that open a notice\'s line', () => {
  test('"KESSLAND, Orvina Mavis. On July 8 ...", a particle\'s capitals and "Mc" too: two names of one person', () => {
    const text = 'Deaths\n\nKESSLAND, Orvina Mavis. On July 8, at Tarvelle, aged 96.\n\nVAN DER TARN, Cornelis ("Kees"). Passed away peacefully.\n\n' +
      'McVELLAN, Douglas Ivo (née Tarvosk). Suddenly at home.';
    expect(texts(run(recognizeDeathNotices, text))).toEqual(['KESSLAND', 'Orvina Mavis', 'VAN DER TARN', 'Cornelis', 'McVELLAN', 'Douglas Ivo']);
    expect(names(text).filter((r) => r.type === 'person').map((r) => r.text)).toEqual(expect.arrayContaining(['KESSLAND', 'Orvina Mavis', 'VAN DER TARN', 'McVELLAN']));
  });

  test('not a dateline\'s town and region, nor capitals inside a line', () => {
    const text = 'LITTLE ROCK, Ark. 1996-08-22\nState agents met.\nTAIBE, Israel (Wire) - Police said.\nThe notice said KESSLAND, Orvina Mavis. She died.\nMARVENA, Orvina Kessa. On May 2, at home.';
    expect(texts(run(recognizeDeathNotices, text))).toEqual(['MARVENA', 'Orvina Kessa']);
  });
});
