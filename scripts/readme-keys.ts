// Rewrites the README's key table from the key table in src/ui/keys.ts (npm run readme:keys).
import { withKeyTable } from '../src/ui/keyDocs.js';
import { rewriteReadmeTable } from './readmeTable.js';

rewriteReadmeTable('key table', withKeyTable);
