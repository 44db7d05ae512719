/** The Sinergi mark: two overlapping rings, two regions working together. Inline SVG, no download. */
export function SinergiMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="var(--mantine-color-sinergi-7)" />
      <circle cx="12" cy="16" r="6" fill="none" stroke="#fff" strokeWidth="2.5" />
      <circle cx="20" cy="16" r="6" fill="none" stroke="#fff" strokeWidth="2.5" />
    </svg>
  );
}
