// Where a TIMEX3 value sits on the calendar, and the --from / --to bounds.
import { parseBound, placeValue } from '../../src/timeline/placement';

test('each precision: first and last day covered', () => {
  expect(placeValue('2024-03-03')).toEqual({ start: '2024-03-03', end: '2024-03-03', precision: 'day' });
  expect(placeValue('2024-03-03TNI')).toEqual({ start: '2024-03-03', end: '2024-03-03', precision: 'day' });
  // ISO week 10 of 2024: Monday March 4 to Sunday March 10; week 1 of 2021 starts on January 4
  expect(placeValue('2024-W10')).toEqual({ start: '2024-03-04', end: '2024-03-10', precision: 'week' });
  expect(placeValue('2021-W01')).toEqual({ start: '2021-01-04', end: '2021-01-10', precision: 'week' });
  expect(placeValue('2024-W10-WE')).toEqual({ start: '2024-03-09', end: '2024-03-10', precision: 'weekend' });
  expect(placeValue('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29', precision: 'month' });
  expect(placeValue('2023-Q4')).toEqual({ start: '2023-10-01', end: '2023-12-31', precision: 'quarter' });
  expect(placeValue('2023-H1')).toEqual({ start: '2023-01-01', end: '2023-06-30', precision: 'half' });
  expect(placeValue('2023-WI')).toEqual({ start: '2023-12-01', end: '2024-02-29', precision: 'season' });
  expect(placeValue('2023')).toEqual({ start: '2023-01-01', end: '2023-12-31', precision: 'year' });
  expect(placeValue('1987/1988')).toEqual({ start: '1987-01-01', end: '1988-12-31', precision: 'years' });
  expect(placeValue('199')).toEqual({ start: '1990-01-01', end: '1999-12-31', precision: 'decade' });
  expect(placeValue('19')).toEqual({ start: '1900-01-01', end: '1999-12-31', precision: 'century' });
});

test('no place: placeholders, vague references, durations, nonsense', () => {
  for (const value of ['XXXX-03-04', 'XXXX-WXX-5', 'XXXX', 'PAST_REF', 'PRESENT_REF', 'P3Y', 'PXM', '2024-13', '1990/1985', '']) {
    expect(placeValue(value)).toBeNull();
  }
});

test('--from takes the first day of what it names, --to the last', () => {
  expect(parseBound('2023', 'from')).toBe('2023-01-01');
  expect(parseBound('2023', 'to')).toBe('2023-12-31');
  expect(parseBound('2024-02', 'to')).toBe('2024-02-29');
  expect(parseBound('2024-02-10', 'from')).toBe('2024-02-10');
  for (const bad of ['2024-02-30', '2024-13', '24', 'March', '2024-W10', '2024-Q1']) expect(parseBound(bad, 'from')).toBeNull();
});
