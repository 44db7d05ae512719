import { Stack, Text, Tooltip } from '@mantine/core';
import { memo, useEffect, useMemo, useRef } from 'react';
import type { EvidenceItem, ExtractionResult } from '../../../extract/types';
import { useT } from '../../i18n/context';
import { segmentText, type TextSegment } from './draft';
import { fieldLabelKey, fieldStyle, percent } from './field-style';

/** What the form points at: a field, and the evidence items of the value under the pointer. */
export type ActiveEvidence = { field: string; items: readonly EvidenceItem[] };

function isEmphasised(segment: TextSegment, active: ActiveEvidence | null): boolean {
  if (!active) return false;
  return segment.covering.some(
    ({ field, item }) => field === active.field && active.items.some((wanted) => wanted === item),
  );
}

/**
 * The cleaned article with every evidence span highlighted in its field's colour. The spans of the
 * field the person points at in the form are emphasised and scrolled into view; each highlight's
 * tooltip names its fields and their confidence.
 */
export function SourceText({
  result,
  active,
  height,
}: {
  result: ExtractionResult;
  active: ActiveEvidence | null;
  height: string;
}) {
  const containerRef = useRef<HTMLDivElement>(null);
  const segments = useMemo(() => segmentText(result.text, result.evidence), [result.text, result.evidence]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container || !active) return;
    const first = container.querySelector<HTMLElement>('[data-active="true"]');
    if (!first) return;
    // Scroll the text pane only, never the page: the form stays where the person is working.
    const top = first.offsetTop - container.clientHeight / 3;
    container.scrollTo({ top: Math.max(0, top), behavior: 'smooth' });
  }, [active]);

  return (
    <div
      ref={containerRef}
      className="ingest-source"
      style={{ maxHeight: height }}
      data-testid="ingest-source"
      lang={result.language === 'id' ? 'id' : undefined}
    >
      {segments.map((segment) => (
        <Segment
          key={segment.start}
          text={result.text.slice(segment.start, segment.end)}
          segment={segment}
          active={isEmphasised(segment, active)}
        />
      ))}
    </div>
  );
}

const Segment = memo(function Segment({
  text,
  segment,
  active,
}: {
  text: string;
  segment: TextSegment;
  active: boolean;
}) {
  const t = useT();
  const [primary] = segment.covering;
  if (!primary) return <>{text}</>;
  const fields = [...new Set(segment.covering.map(({ field }) => field))];
  const tooltip = (
    <Stack gap={2}>
      {segment.covering.map(({ field, item }, index) => {
        const labelKey = fieldLabelKey(field);
        return (
          <Text key={`${field}-${index}`} size="xs">
            {t('ingest.review.evidenceTip', {
              field: labelKey ? t(labelKey) : field,
              value: percent(item.confidence),
            })}
            {item.note ? ` — ${item.note}` : ''}
          </Text>
        );
      })}
    </Stack>
  );
  return (
    <Tooltip label={tooltip} withArrow openDelay={150} multiline maw={320}>
      <mark
        className="ingest-mark"
        style={fieldStyle(primary.field)}
        data-testid="evidence-mark"
        data-fields={fields.join(' ')}
        data-active={active ? 'true' : 'false'}
      >
        {text}
      </mark>
    </Tooltip>
  );
});
