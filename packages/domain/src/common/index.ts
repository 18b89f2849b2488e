export {
  CalendarDate,
  DateTime,
  dateYears,
  type InputReason,
  isCalendarDate,
  multiLineText,
  singleLineText,
} from "./text.ts";
