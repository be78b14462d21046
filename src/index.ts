// The library API.
export { extract, analyze } from './pipeline';
export * from './model';
