// The first document of a process pays for loading the lexicons (about a quarter of a second): a
// time limit must count a document's own work, so the CLI runs this invented story through the
// pipeline before its first document's clock starts (in this process and in each worker).

import { extract } from './index';

const STORY =
  'VELMAR, March 4 - Mayor Clara Voss of Velmar City met Judge Tomas Rieger and two officials of Acme Holdings Ltd. ' +
  'on Tuesday, the city council said. "We will meet again next week," Voss told reporters in Lowton.';

export function warmUp(): void {
  extract(STORY, { refDate: '2024-03-04' });
}
