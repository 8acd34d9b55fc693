/** Now, as ISO 8601 with the local offset (e.g. 2026-11-25T14:30:05+00:00), as records store it. */
export function nowWithOffset(date = new Date()): string {
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

/** Today as a calendar date (YYYY-MM-DD) in local time. */
export function today(date = new Date()): string {
  return nowWithOffset(date).slice(0, 10);
}

export function newId(): string {
  return crypto.randomUUID();
}
