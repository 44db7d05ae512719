import { useState } from 'react';
import { useT } from '../i18n/context';
import { ConfirmDialog } from './ConfirmDialog';

/**
 * Asks before deleting `record` (open while there is one), deletes it with `remove` and then calls
 * `onDeleted` with its answer (a shared record may answer that the deletion waits for the other
 * parties); a failure stays in the dialog.
 */
export function ConfirmDeleteDialog<T, R = unknown>({
  record,
  message,
  remove,
  onClose,
  onDeleted,
}: {
  record: T | undefined;
  /** The question, naming the record ("Delete the OPD Dinas Kesehatan?"). */
  message: (record: T) => string;
  remove: (record: T) => Promise<R>;
  onClose: () => void;
  onDeleted: (result: R) => void;
}) {
  const t = useT();
  // The question keeps naming the record while the dialog fades out after it closed.
  const [last, setLast] = useState(record);
  if (record !== undefined && record !== last) setLast(record);
  const named = record ?? last;
  return (
    <ConfirmDialog
      opened={record !== undefined}
      onClose={onClose}
      title={t('action.delete')}
      message={named === undefined ? '' : message(named)}
      confirmLabel={t('action.delete')}
      onConfirm={async () => {
        if (record !== undefined) onDeleted(await remove(record));
      }}
    />
  );
}
