/** The end of a Beijing day typed as YYYY-MM-DD (a date input's value), as an instant. */
export const endOfBeijingDay = (day: string): string => new Date(`${day}T23:59:59.999+08:00`).toISOString();
