/** The clock for `created_at`: SOURCE_DATE_EPOCH (whole seconds) when given, for reproducible indexes. */
export function sourceDateClock(epoch: string | undefined): () => Date {
  if (epoch !== undefined && /^\d+$/.test(epoch.trim())) {
    const fixed = new Date(Number(epoch.trim()) * 1000)
    return () => fixed
  }
  return () => new Date()
}
