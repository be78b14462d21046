// Examples shown under `newsner --help` and `newsner extract --help`.

export const EXTRACT_EXAMPLES = `
Examples:
  newsner article.txt                           a table on a terminal, JSON when piped
  newsner articles/ --format jsonl > out.jsonl  every .txt/.text/.md file under articles/, one line each
  cat article.txt | newsner --format csv        piped text is one document; one CSV row per mention
  newsner records.jsonl --types person,place    JSONL records {"id", "text", "date"?}, two types only
  newsner --input-format jsonl --ref-date 2024-02-28 < records.jsonl
      "on Tuesday" is resolved against 2024-02-28, unless a record has its own "date"
  newsner corpus/ --jobs 4 --time-limit 30 -f jsonl > out.jsonl
      four worker threads; a document taking over 30 s becomes an error record
  newsner corpus/ --shard 3/10 -f jsonl > part-03.jsonl
      the third of ten slices (array jobs); the ten parts concatenated are the whole output
  parallel --pipe --keep-order --block 20M newsner --input-format jsonl -f jsonl --jobs 1 < big.jsonl
      GNU parallel over a JSONL stream: the same bytes as one process (20 MB blocks: each
      process warms up once, and parallel's default 1 MB block would cost about 4x the CPU per MB)

Exit codes: 0 all fine, 1 some inputs failed (each named on stderr), 2 usage error.`;
