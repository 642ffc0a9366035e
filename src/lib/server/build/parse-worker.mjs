// Worker-thread entry: the project runs TypeScript through tsx, which a new thread does not inherit, so register it
// here and then load the TypeScript worker. (Node 20 has no built-in type stripping.)
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
