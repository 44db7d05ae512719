import { ActionIcon, Button } from '@mantine/core';

/** The × that removes one item of an edited list, named for screen readers ("Hapus Peserta 2"). */
export function RemoveItemButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <ActionIcon variant="subtle" color="red" size="lg" aria-label={label} onClick={onClick}>
      ×
    </ActionIcon>
  );
}

/** The button under an edited list that adds an item. */
export function AddItemButton({
  label,
  onClick,
  testId,
}: {
  label: string;
  onClick: () => void;
  testId: string;
}) {
  return (
    <Button variant="light" size="compact-sm" onClick={onClick} data-testid={testId}>
      {label}
    </Button>
  );
}

/** The list with its item at `index` changed by `patch`. */
export function patchAt<T>(items: readonly T[], index: number, patch: Partial<T>): T[] {
  return items.map((item, at) => (at === index ? { ...item, ...patch } : item));
}

/** The list without its item at `index`. */
export function withoutAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, at) => at !== index);
}
