export * from './csv-table';
export * from './spreadsheet-text';
