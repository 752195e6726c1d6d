import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { guangzhouDataset } from '@luoshi/fixtures';
import { LuoshiProvider } from '../provider/index.js';
import { EVIL, withGdp2025, withMaliciousStrings } from '../test-support/datasets.js';
import { seriousViolations } from '../test-support/axe.js';
import { IndicatorCard } from './indicator-card.js';
import { indicatorCardModelOf, yearChange } from './indicator-card.model.js';

const GDP = 'haizhu-2025-plan-report/target/gdp/2025/growth';

describe('indicatorCardModel', () => {
  it('gives the change in points for a rate, at the source precision (5.5 − 5.4 = 0.1)', () => {
    const model = indicatorCardModelOf(withGdp2025(5.5), GDP)!;
    expect(model.row.evaluation.status).toBe('met');
    expect(model.change).toMatchObject({ kind: 'pp', value: 0.1 });
    expect(model.history.map((o) => o.period)).toEqual(['2023', '2024', '2025']);
  });

  it('gives a level its change in percent', () => {
    const base = {
      indicatorId: 'x',
      jurisdictionId: 'j',
      measure: 'level',
      unit: '亿元',
      basis: 'unspecified',
      cumulative: false,
      estimate: false,
    } as const;
    const change = yearChange(
      { ...base, id: 'b', period: '2024', value: 3008.35 },
      { ...base, id: 'a', period: '2023', value: 2720.16 },
    );
    expect(change).toMatchObject({ kind: '%', value: 10.6 });
  });

  it('has no model for a target the dataset lacks', () => {
    expect(indicatorCardModelOf(guangzhouDataset(), 'nope')).toBeUndefined();
  });
});

describe('IndicatorCard', () => {
  it('shows the actual first, the target, the status in words and the change vs last year', () => {
    render(<IndicatorCard dataset={withGdp2025(5.5)} targetId={GDP} />);
    expect(screen.getByRole('heading', { name: '地区生产总值' })).toBeTruthy();
    expect(screen.getByTestId('luoshi-card-figure').textContent).toBe('5.5%');
    expect(screen.getByTestId('luoshi-card-target').textContent).toBe('5.5%');
    expect(screen.getByTestId('luoshi-status-badge').textContent).toBe('已达标');
    expect(screen.getByTestId('luoshi-card-change').textContent).toBe('比上年 +0.1个百分点');
    const gdp2023 = guangzhouDataset().observations.find(
      (o) =>
        o.indicatorId === 'gdp' &&
        o.jurisdictionId === 'haizhu' &&
        o.period === '2023' &&
        o.measure === 'growth',
    )!;
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      `地区生产总值走势：2023年 ${gdp2023.value}%，2024年 5.4%，2025年 5.5%`,
    );
  });

  it('says the actual is pending and shows the latest earlier one', () => {
    render(<IndicatorCard dataset={guangzhouDataset()} targetId={GDP} />);
    expect(screen.getByTestId('luoshi-status-badge').textContent).toBe('待公布');
    expect(screen.getByText(/实际值待公布（2024年：5.4%）/)).toBeTruthy();
  });

  it('is complete in English', () => {
    render(
      <LuoshiProvider locale="en">
        <IndicatorCard dataset={withGdp2025(5.3)} targetId={GDP} />
      </LuoshiProvider>,
    );
    expect(screen.getByRole('heading', { name: 'GDP' })).toBeTruthy();
    expect(screen.getByTestId('luoshi-status-badge').textContent).toMatch(/^(Near|Missed)$/);
    expect(screen.getByTestId('luoshi-card-change').textContent).toBe('-0.1 pp vs last year');
    expect(screen.getByTestId('luoshi-indicator-card').textContent).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('shows an explicit empty state for an unknown target', () => {
    render(<IndicatorCard dataset={guangzhouDataset()} targetId="missing" />);
    expect(screen.getByText('暂无数据')).toBeTruthy();
  });

  it('escapes names from the data', () => {
    const { container } = render(
      <IndicatorCard dataset={withMaliciousStrings(withGdp2025(5.5))} targetId={GDP} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(EVIL);
  });

  it('has no serious axe violation', async () => {
    const { container } = render(<IndicatorCard dataset={withGdp2025(5.5)} targetId={GDP} />);
    expect(await seriousViolations(container)).toEqual([]);
  });
});
