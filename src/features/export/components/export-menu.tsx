import { useState } from 'react';
import type { Dataset, ThawEvent } from '../../../core/dataset/schema';
import { datasetOf, eventsToCsv, exportFileName, localDay } from '../../../core/export/export-events';
import { useT } from '../../../shared/i18n/use-t';
import { showAll } from '../../../shared/after-paint';
import { inlineSvgStyles } from '../utils/inline-svg-styles';

type Props = {
  /** Null while the dataset loads: the buttons are there, disabled, so the header does not move when it arrives. */
  dataset: Dataset | null;
  events: ReadonlyArray<ThawEvent>;
  /**
   * Where the page holds only a page of the events (a table in DuckDB):
   * how many pass the filters, and how to read them for an export (at
   * most EXPORT_ROWS, newest first).
   */
  engine?: { count: number; read: () => Promise<ReadonlyArray<ThawEvent>> };
  /** The element saved as a picture; omitted where a picture makes no sense. */
  pictureOf?: () => HTMLElement | null;
};

const today = () => localDay(new Date());

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the address is released.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads of what is on screen: the filtered events as CSV or JSON, and the view as a PNG. */
export function ExportMenu({ dataset, events, engine, pictureOf }: Props) {
  const [pictureState, setPictureState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const [fileState, setFileState] = useState<{ state: 'idle' | 'busy' | 'failed' } | { state: 'capped'; shown: number; count: number }>({ state: 'idle' });
  const t = useT();

  /** Saves the events in view as CSV or JSON: those in the page, or those the engine reads for it. */
  const saveFile = async (kind: 'csv' | 'json') => {
    if (!dataset) return;
    let chosen = events;
    if (engine) {
      setFileState({ state: 'busy' });
      try {
        chosen = await engine.read();
      } catch {
        setFileState({ state: 'failed' });
        return;
      }
    }
    const blob =
      kind === 'csv'
        ? new Blob([eventsToCsv(dataset, chosen)], { type: 'text/csv;charset=utf-8' })
        : new Blob([`${JSON.stringify(datasetOf(dataset, chosen), null, 2)}\n`], { type: 'application/json' });
    download(blob, exportFileName(chosen.length, today(), kind));
    setFileState(engine && engine.count > chosen.length ? { state: 'capped', shown: chosen.length, count: engine.count } : { state: 'idle' });
  };

  const savePicture = async () => {
    const element = pictureOf?.();
    if (!element) return;
    setPictureState('busy');
    try {
      // Charts not scrolled to yet are drawn first, so the picture has them.
      await showAll();
      const { toBlob } = await import('html-to-image');
      const background = getComputedStyle(document.documentElement).getPropertyValue('background-color');
      // The charts' and the map's shapes keep the colours the stylesheet gives them (see inlineSvgStyles).
      // The picture shows no scroll bars (styles.css), which a picture cannot scroll.
      const restore = inlineSvgStyles(element);
      element.setAttribute('data-picture', '');
      let blob: Blob | null;
      try {
        blob = await toBlob(element, { backgroundColor: background, pixelRatio: 2, cacheBust: false });
      } finally {
        element.removeAttribute('data-picture');
        restore();
      }
      if (!blob) throw new Error('no image');
      download(blob, exportFileName(events.length, today(), 'png'));
      setPictureState('idle');
    } catch {
      setPictureState('failed');
    }
  };

  return (
    <div className="export-menu" role="group" aria-labelledby="export-menu-label">
      <span id="export-menu-label" className="export-menu__label">
        {t('export.label')}
      </span>
      <button type="button" aria-label={t('export.csv')} disabled={!dataset || fileState.state === 'busy'} onClick={() => void saveFile('csv')}>
        CSV
      </button>
      <button type="button" aria-label={t('export.json')} disabled={!dataset || fileState.state === 'busy'} onClick={() => void saveFile('json')}>
        JSON
      </button>
      {pictureOf && (
        <button type="button" aria-label={t('export.png')} onClick={() => void savePicture()} disabled={!dataset || pictureState === 'busy'}>
          {pictureState === 'busy' ? t('export.saving') : 'PNG'}
        </button>
      )}
      {fileState.state === 'busy' && (
        <span className="export-menu__note" role="status">
          {t('export.preparing')}
        </span>
      )}
      {/* Said of the export just made: gone once the filters change what would be exported. */}
      {fileState.state === 'capped' && fileState.count === engine?.count && (
        <span className="export-menu__note" role="status">
          {t('export.capped', { shown: fileState.shown, count: fileState.count })}
        </span>
      )}
      {fileState.state === 'failed' && (
        <span className="field-error" role="alert">
          {t('export.readFailed')}
        </span>
      )}
      {pictureState === 'failed' && (
        <span className="field-error" role="alert">
          {t('export.failed')}
        </span>
      )}
    </div>
  );
}
