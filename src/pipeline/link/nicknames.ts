// English given names and their everyday short forms, written for newsner: "Bill Clinton" is
// William Jefferson Clinton, "Bob Dole" is Robert Dole, "Liz Truss" is Elizabeth Truss (GATE keeps
// such an alias list for its OrthoMatcher). Only forms common in news copy; a form shared by two
// names ("Chris": Christopher, Christine) fits both.

const SHORT_FORMS: Record<string, string[]> = {
  william: ['bill', 'billy', 'will', 'willy', 'liam'],
  robert: ['bob', 'bobby', 'rob', 'robbie', 'bert'],
  richard: ['dick', 'rick', 'ricky', 'rich'],
  james: ['jim', 'jimmy', 'jamie'],
  john: ['jack', 'johnny'],
  joseph: ['joe', 'joey'],
  thomas: ['tom', 'tommy'],
  charles: ['charlie', 'chuck'],
  edward: ['ed', 'eddie', 'ted', 'ned'],
  michael: ['mike', 'mick', 'mickey'],
  christopher: ['chris'],
  christine: ['chris', 'chrissy'],
  christina: ['chris', 'tina'],
  daniel: ['dan', 'danny'],
  david: ['dave', 'davy'],
  anthony: ['tony'],
  andrew: ['andy', 'drew'],
  benjamin: ['ben', 'benny'],
  nicholas: ['nick', 'nicky'],
  matthew: ['matt'],
  jonathan: ['jon'],
  timothy: ['tim'],
  stephen: ['steve'],
  steven: ['steve'],
  alexander: ['alex', 'sasha'],
  alexandra: ['alex', 'sasha'],
  samuel: ['sam', 'sammy'],
  patrick: ['pat', 'paddy'],
  patricia: ['pat', 'patty', 'trish'],
  peter: ['pete'],
  gregory: ['greg'],
  jeffrey: ['jeff'],
  lawrence: ['larry'],
  ronald: ['ron', 'ronnie'],
  donald: ['don', 'donny'],
  gerald: ['gerry', 'jerry'],
  kenneth: ['ken', 'kenny'],
  frederick: ['fred', 'freddie'],
  henry: ['hank', 'harry'],
  theodore: ['ted', 'teddy', 'theo'],
  elizabeth: ['liz', 'beth', 'betty', 'lizzie', 'eliza'],
  margaret: ['maggie', 'meg', 'peggy'],
  katherine: ['kate', 'kathy', 'katie'],
  catherine: ['kate', 'cathy', 'katie'],
  jennifer: ['jen', 'jenny'],
  susan: ['sue', 'susie'],
  deborah: ['debbie', 'deb'],
  rebecca: ['becky'],
  victoria: ['vicky', 'tori'],
  abigail: ['abby'],
  dmitry: ['dima'],
  vladimir: ['vova'],
  mikhail: ['misha'],
};

const PAIRS = new Set<string>();
for (const [full, forms] of Object.entries(SHORT_FORMS)) {
  for (const form of forms) {
    PAIRS.add(`${full} ${form}`);
    PAIRS.add(`${form} ${full}`);
  }
}

/** "bill" and "william" (lower case, either order) name the same given name. */
export function isNicknamePair(a: string, b: string): boolean {
  return a !== b && PAIRS.has(`${a} ${b}`);
}
