export { evaluate } from '../src/rules/engine.ts';
