// A word's ending that says what kind of name it is ("Velmarstraße" a street, "Velampur" a town),
// with enough letters before it to be a name's own part.

/** Does `lower` end in one of `endings`, with at least `minStem` letters before it? */
export function endsWithAfterStem(lower: string, endings: readonly string[], minStem: number): boolean {
  for (const ending of endings) {
    if (lower.length >= ending.length + minStem && lower.endsWith(ending)) return true;
  }
  return false;
}
