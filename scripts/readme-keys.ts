// Rewrites the README's key table from the key table in src/ui/keys/table.ts (npm run readme:keys).
import { withKeyTable } from '../src/ui/keys/docs.js';
import { rewriteReadmeTable } from './readmeTable.js';

rewriteReadmeTable('key table', withKeyTable);
