import { UsageError } from '../args.js';
import { DOCUMENT_KINDS } from '../model/schema.js';
import { defineCommand } from './declaration.js';
import { ingestCommand, type IngestOptions } from './ingest.js';

export const ingestDeclaration = defineCommand({
  name: 'ingest',
  synopsis:
    'FILE_OR_DIR... --into DIR [--replace] [--place ID|NAME] [--place-id ID] [--kind K] [--date YYYY[-MM[-DD]]] [--title T] [--publisher P]',
  summary: "read texts, or folders of them, into a folder of one's own, their figures proposed for review",
  options: {
    into: { type: 'string', value: 'DIR', description: "the folder of one's own to write the texts and their documents into (needed)" },
    replace: {
      type: 'boolean',
      description: 'read a new version of a text ingested before in place of the old one, keeping every reviewed figure',
    },
    place: {
      type: 'string',
      value: 'ID|NAME',
      description: "the place, where the text does not say: a known place's id or name, or a new place's Chinese name",
    },
    'place-id': { type: 'string', value: 'ID', description: 'the id to give the new place --place names' },
    kind: { type: 'string', value: 'K', description: `the document's kind, where its title does not say: ${DOCUMENT_KINDS.join(', ')}` },
    date: { type: 'string', value: 'YYYY[-MM[-DD]]', description: "the document's date, where the text does not state it (one text only)" },
    title: { type: 'string', value: 'T', description: "the document's title, where the text has no headline (one text only)" },
    publisher: { type: 'string', value: 'P', description: "the document's publisher, where the text does not name it" },
  },
  positionals: { name: 'FILE_OR_DIR', many: true },
  readme: {
    does:
      'reads raw texts, or folders of `.txt` texts, into a folder of your own, their figures proposed for review (see [Your own documents](#your-own-documents)); ' +
      'what a text does not state comes from its sidecar (`name.meta.yaml`), the options, or a person at the terminal; a text that lacks it is left out and named, the others go in',
    exits:
      '0 every text in; 1 a text left out for a fault (unreadable, not UTF-8, changed without --replace) or an unwritable folder; 2 an option wrong, or texts left out only for want of a value',
  },
  run({ values, positionals }, io) {
    if (values.into === undefined) throw new UsageError('ingest needs --into DIR, the folder to write the documents to');
    const given = (key: Exclude<keyof IngestOptions, 'into'>) => (values[key] === undefined ? {} : { [key]: values[key] });
    const options: IngestOptions = {
      into: values.into,
      ...given('place'),
      ...given('place-id'),
      ...given('kind'),
      ...given('date'),
      ...given('title'),
      ...given('publisher'),
    };
    return ingestCommand(
      positionals,
      { ...options, ...(values.replace ? { replace: true } : {}) },
      {
        out: io.out,
        err: io.err,
        ...(io.ask ? { ask: io.ask } : {}),
        ...(io.progress ? { progress: io.progress } : {}),
        ...(io.stdout.columns ? { columns: io.stdout.columns } : {}),
      },
    );
  },
});
