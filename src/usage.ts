/** The command line's help, printed by --help. */
export const USAGE = `policy-explorer — targets and reported figures of Chinese regional innovation policy, with their sources

Usage:
  policy-explorer                          open the explorer (needs an interactive terminal)
  policy-explorer export --format FORMAT   print the dataset: json (whole), yaml (whole) or csv (facts)
      [--place ID] [--indicator ID] [--year YYYY] [--kind target|reported]   only these facts
  policy-explorer validate [DIR...]        check dataset folders (default: the bundled one);
                                           proposals awaiting review are listed apart
  policy-explorer ingest FILE... --into DIR
      [--place ID|NAME] [--place-id ID]    read raw texts into a folder of one's own: each text
      [--kind K] [--date YYYY[-MM[-DD]]]   kept as it is, its figures proposed for review; what
      [--title T] [--publisher P]          the text does not say is asked for, or given here
  policy-explorer review DIR               a folder's proposals, least sure first (--order text:
      [--json] [--order confidence|text]   in the text's order); on a terminal, one by one
      [--accept ID...] [--reject ID...]    decide by id, --set FIELD=VALUE editing first (metric.zh,
      [--why TEXT] [--set FIELD=VALUE...]  metric.en, kind, year, qualifier, indicator, category,
      [--accept-all [--except ID,ID]]      measure, tags, note); --accept-all takes the others
                                           ready to be facts
  policy-explorer search QUERY             ranked facts, documents, categories and places
      [--json] [--limit N] [--type fact|document|category|place]
  policy-explorer show ID [--format F]     a fact's or document's citation: sentence (default),
      [--lang en|zh]                       reference, md (in English or Chinese), json, csv;
                                           or a category's or indicator's table (md, tsv, csv)
  policy-explorer related ID [--json]      a fact's linked and related figures, and how each relates
  policy-explorer compare ID [--format F]  an indicator's or category's figures place × year
                                           (md, tsv, csv, json)
  policy-explorer progress [--json] [--place ID]
                                           every target: its latest report, share reached, gap,
                                           status and baseline

Options:
  --lang en|zh  explorer interface, or show's citation, in English (default) or Chinese
  --clipboard auto|osc52|native|off
                how the explorer's c copies (default: auto, or $POLICY_EXPLORER_CLIPBOARD)
  --data DIR    dataset folder to read instead of the bundled one; give it more than once to
                combine folders ("bundled" names the bundled one): --data bundled --data DIR
  --seeds DIR   folder of the raw seed texts the documents name (default: DIR/seeds, else the
                bundled seeds/)
  --include-proposed
                include figures proposed by ingest and not yet reviewed
  -h, --help    show this help
  -v, --version show the version
`;
