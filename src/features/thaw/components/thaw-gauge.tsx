import { memo } from 'react';
import type { ThawSummary } from '../../../core/filters/aggregate';
import { THAW_BANDS, formatScore, thawColor } from '../../../core/thaw/bands';
import { useWords } from '../../../shared/i18n/use-words';

type Props = {
  summary: ThawSummary;
  /** The evidence list the number opens; without it the number is plain text. */
  evidence?: { open: boolean; onToggle: () => void; id: string };
  /** Where the dataset mixes codings: how many curated or reviewed and machine-coded events the index is computed from. */
  basis?: { curated: number; machine: number } | null;
};

const R = 80;
const CX = 100;
const CY = 96;

/** The point on the gauge's arc for a score: -10 at the left end, +10 at the right. */
function pointAt(score: number, radius = R): [number, number] {
  const angle = Math.PI * (1 - (Math.max(-10, Math.min(10, score)) + 10) / 20);
  return [CX + radius * Math.cos(angle), CY - radius * Math.sin(angle)];
}

function arc(from: number, to: number): string {
  const [x0, y0] = pointAt(from);
  const [x1, y1] = pointAt(to);
  return `M ${x0.toFixed(2)} ${y0.toFixed(2)} A ${R} ${R} 0 0 1 ${x1.toFixed(2)} ${y1.toFixed(2)}`;
}

/**
 * The thaw index: the mean score of the filtered events on a half-dial
 * divided into the bands of the thaw scale, with its band name, where it is
 * heading, and one step (the number itself) to the evidence behind it.
 */
export const ThawGauge = memo(function ThawGauge({ summary, evidence, basis = null }: Props) {
  const { mean, band, change, n } = summary;
  const bands = THAW_BANDS.map((b, i) => ({ ...b, to: THAW_BANDS[i + 1]?.from ?? 10 }));
  const needle = mean === null ? null : pointAt(mean, R - 14);
  const words = useWords();
  const { t } = words;
  return (
    <div className="thaw-gauge">
      <div
        // A meter must have a value: with no events to score, the dial is a picture that says so.
        {...(mean === null || band === null
          ? { role: 'img', 'aria-label': t('thaw.noScore') }
          : {
              role: 'meter',
              'aria-label': t('thaw.name'),
              'aria-valuemin': -10,
              'aria-valuemax': 10,
              'aria-valuenow': Math.round(mean * 10) / 10,
              'aria-valuetext': t('thaw.valueText', { score: formatScore(mean), band: words.band(band) }),
            })}
        className="thaw-gauge__dial"
      >
        <svg viewBox="0 0 200 110" aria-hidden="true" focusable="false">
          {bands.map((b) => (
            <path key={b.id} d={arc(b.from, b.to)} stroke={thawColor((b.from + b.to) / 2)} strokeWidth={16} fill="none" className={band?.id === b.id ? 'is-current' : undefined} />
          ))}
          {needle && (
            <>
              <line x1={CX} y1={CY} x2={needle[0]} y2={needle[1]} className="thaw-gauge__needle" strokeWidth={4} strokeLinecap="round" />
              <circle cx={CX} cy={CY} r={6} className="thaw-gauge__hub" />
            </>
          )}
          <text x={CX - R} y={CY + 14} textAnchor="middle" className="thaw-gauge__tick">-10</text>
          <text x={CX + R} y={CY + 14} textAnchor="middle" className="thaw-gauge__tick">+10</text>
        </svg>
      </div>
      <div className="thaw-gauge__reading">
        {mean === null || band === null ? (
          <p className="empty">{t('thaw.noMatch')}</p>
        ) : (
          <>
            {evidence ? (
              <button type="button" className="thaw-gauge__value" aria-expanded={evidence.open} aria-controls={evidence.id} onClick={evidence.onToggle}>
                <span className="thaw-gauge__number">{formatScore(mean)}</span>{' '}
                <span className="thaw-gauge__band">{words.band(band)}</span>{' '}
                <span className="thaw-gauge__hint">{evidence.open ? t('thaw.hide') : t('thaw.evidenceCount', { count: n })}</span>
              </button>
            ) : (
              <p className="thaw-gauge__value">
                <span className="thaw-gauge__number">{formatScore(mean)}</span>{' '}
                <span className="thaw-gauge__band">{words.band(band)}</span>
              </p>
            )}
            <p className="thaw-gauge__band-note">{words.bandNote(band)}</p>
            {basis && <p className="thaw-gauge__basis">{t('thaw.basis', { curated: basis.curated, machine: basis.machine })}</p>}
            {change && (
              <p className="thaw-gauge__change">
                <span aria-hidden="true">{change.delta > 0.05 ? '▲' : change.delta < -0.05 ? '▼' : '▶'}</span>{' '}
                {t('thaw.change', { delta: formatScore(change.delta), k: change.k })}
              </p>
            )}
          </>
        )}
      </div>
    </div>
  );
});
