// Calendar arithmetic the values rest on.
import { addDays, isoWeek, parseIsoDate, weekdayOf, formatWeek } from '../../src/dates/calendar';

test('ISO weeks at year edges', () => {
  expect(isoWeek({ year: 2021, month: 1, day: 3 })).toEqual({ year: 2020, week: 53 });
  expect(isoWeek({ year: 2024, month: 12, day: 30 })).toEqual({ year: 2025, week: 1 });
  expect(formatWeek({ year: 1998, month: 2, day: 20 })).toBe('1998-W08');
});

test('weekdays, day arithmetic and date validation', () => {
  expect(weekdayOf({ year: 2024, month: 2, day: 28 })).toBe(3);
  expect(addDays({ year: 2024, month: 2, day: 28 }, 2)).toEqual({ year: 2024, month: 3, day: 1 });
  expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  expect(parseIsoDate('2023-02-29')).toBeNull();
  expect(parseIsoDate('yesterday')).toBeNull();
});
