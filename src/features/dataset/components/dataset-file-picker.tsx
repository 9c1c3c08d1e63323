import { useEffect, useId, useState } from 'react';
import { useT } from '../../../shared/i18n/use-t';

type Props = { onFile: (file: File) => void };

function firstJsonFile(list: FileList | null | undefined): File | undefined {
  return list && list.length > 0 ? list[0] : undefined;
}

/**
 * Loads a dataset from the user's disk: a file button for keyboards and
 * phones, and a drop target over the whole window while a file is dragged.
 */
export function DatasetFilePicker({ onFile }: Props) {
  const inputId = useId();
  const t = useT();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const file = firstJsonFile(event.dataTransfer?.files);
      if (file) onFile(file);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [onFile]);

  return (
    <>
      <label className="button" htmlFor={inputId}>
        {t('dataset.open')}
      </label>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept="application/json,.json,.csv,.tsv,.zip,.arrow,.parquet,text/csv,text/tab-separated-values,application/zip"
        onChange={(event) => {
          const file = firstJsonFile(event.currentTarget.files);
          if (file) onFile(file);
          event.currentTarget.value = '';
        }}
      />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('dataset.drop')}
        </div>
      )}
    </>
  );
}
