// The choices the corpus commands offer on their command lines (graph, summary, merge), apart from
// the code that builds and formats their output, so that registering the commands, which every
// run of the CLI does, loads none of that code (an extract run never uses it).

import { EntityType } from '../model';

export type GraphFormat = 'csv' | 'gexf' | 'graphml' | 'json';
export const GRAPH_FORMATS: readonly GraphFormat[] = ['csv', 'gexf', 'graphml', 'json'];

export type GraphLevel = 'sentence' | 'document';
export const GRAPH_LEVELS: readonly GraphLevel[] = ['sentence', 'document'];

/** The types a graph shows unless --types says otherwise. */
export const DEFAULT_GRAPH_TYPES: readonly EntityType[] = ['person', 'organization', 'place'];

export type SummaryFormat = 'table' | 'json' | 'csv';
export const SUMMARY_FORMATS: readonly SummaryFormat[] = ['table', 'json', 'csv'];

export type SortKey = 'count' | 'documents' | 'name' | 'type';
export const SORT_KEYS: readonly SortKey[] = ['count', 'documents', 'name', 'type'];
