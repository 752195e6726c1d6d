import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hues } from '@luoshi/charts';
import { LuoshiProvider } from '../provider/index.js';
import { seriousViolations } from '../test-support/axe.js';
import { StatusBadge } from './status-badge.js';

describe('StatusBadge', () => {
  it('says the status in words beside its colour, zh-CN by default', () => {
    const { container } = render(<StatusBadge kind="task" status="at-risk" />);
    expect(screen.getByText('滞后').closest('[data-testid=luoshi-status-badge]')).toBeTruthy();
    expect(container.querySelector('rect')!.getAttribute('fill')).toBe(hues.vermillion.light);
  });

  it('speaks English and uses the dark palette under the provider', () => {
    const { container } = render(
      <LuoshiProvider locale="en" theme="dark">
        <StatusBadge kind="evaluation" status="missed" />
      </LuoshiProvider>,
    );
    expect(screen.getByTestId('luoshi-status-badge').textContent).toBe('Missed');
    expect(container.querySelector('rect')!.getAttribute('fill')).toBe(hues.vermillion.dark);
  });

  it('marks a suggestion as such, dashed', () => {
    render(<StatusBadge kind="task" status="completed" suggested locale="en" />);
    const badge = screen.getByTestId('luoshi-status-badge');
    // Outside a provider the badge carries its stylesheet, so read the text without it.
    expect(badge.textContent!.replace(/\n[^]*\n/, '')).toBe('Completed(suggested)');
    expect(badge.className).toContain('luoshi-badge-suggested');
  });

  it('draws the decal only in high contrast (or when asked)', () => {
    const plain = render(<StatusBadge kind="task" status="at-risk" />);
    expect(plain.container.querySelectorAll('line')).toHaveLength(0);
    plain.unmount();
    const hc = render(
      <LuoshiProvider highContrast>
        <StatusBadge kind="task" status="at-risk" />
      </LuoshiProvider>,
    );
    expect(hc.container.querySelectorAll('line').length).toBeGreaterThan(0);
  });

  it('carries its own theme variables and stylesheet outside a provider, none inside one', () => {
    const alone = render(<StatusBadge kind="task" status="completed" />);
    expect(alone.container.querySelectorAll('style')).toHaveLength(1);
    expect(
      (alone.container.firstElementChild as HTMLElement).style.getPropertyValue('--luoshi-text'),
    ).not.toBe('');
    alone.unmount();
    const inside = render(
      <LuoshiProvider>
        <StatusBadge kind="task" status="completed" />
        <StatusBadge kind="task" status="ongoing" />
      </LuoshiProvider>,
    );
    expect(inside.container.querySelectorAll('style')).toHaveLength(1);
  });

  it('has no serious axe violation', async () => {
    const { container } = render(<StatusBadge kind="evaluation" status="pending" />);
    expect(await seriousViolations(container)).toEqual([]);
  });
});
