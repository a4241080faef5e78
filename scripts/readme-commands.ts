// Rewrites the README's command table from the command table in src/commands/table.ts (npm run readme:commands).
import { withCommandTable } from '../src/commands/commandDocs.js';
import { rewriteReadmeTable } from './readmeTable.js';

rewriteReadmeTable('command table', withCommandTable);
