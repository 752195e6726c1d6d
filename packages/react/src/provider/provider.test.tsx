import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { hues, surfaces } from '@luoshi/charts';
import { LuoshiProvider, themeStylesheet, themeVariables, useLuoshi } from './index.js';

function Probe({ locale }: { locale?: 'en' | 'zh-CN' }) {
  const l = useLuoshi(locale ? { locale } : {});
  return (
    <p data-testid="probe" data-theme={l.theme} data-in={String(l.inProvider)}>
      {l.locale}|{l.statusLabels.task.completed}|{l.statusLabels.evaluation.met}|{l.messages.search}|
      {l.format.figure(3008.35, '亿元')}|{l.format.number(5.5 - 5.4, 1)}|{l.format.points(0.1)}
    </p>
  );
}

describe('LuoshiProvider', () => {
  it('defaults to zh-CN and light without a provider', () => {
    render(<Probe />);
    const probe = screen.getByTestId('probe');
    expect(probe.textContent).toBe('zh-CN|已完成|已达标|搜索|3008.35亿元|0.1|+0.1个百分点');
    expect(probe.dataset.theme).toBe('light');
    expect(probe.dataset.in).toBe('false');
  });

  it('gives English labels, messages and figures under locale="en"', () => {
    render(
      <LuoshiProvider locale="en" theme="dark">
        <Probe />
      </LuoshiProvider>,
    );
    const probe = screen.getByTestId('probe');
    expect(probe.textContent).toBe('en|Completed|Met|Search|300.835 billion yuan|0.1|+0.1 pp');
    expect(probe.dataset.theme).toBe('dark');
    expect(probe.dataset.in).toBe('true');
  });

  it('lets a component override the locale', () => {
    render(
      <LuoshiProvider locale="en">
        <Probe locale="zh-CN" />
      </LuoshiProvider>,
    );
    expect(screen.getByTestId('probe').textContent).toMatch(/^zh-CN\|已完成/);
  });

  it('applies status vocabulary overrides', () => {
    render(
      <LuoshiProvider statusVocabulary={{ task: { completed: { label: { zh: '完成', en: 'Done' } } } }}>
        <Probe />
      </LuoshiProvider>,
    );
    expect(screen.getByTestId('probe').textContent).toMatch(/^zh-CN\|完成\|/);
  });

  it('sets the theme variables, lang and one stylesheet on its element', () => {
    const { container } = render(
      <LuoshiProvider theme="dark">
        <LuoshiProvider theme="dark">
          <span>x</span>
        </LuoshiProvider>
      </LuoshiProvider>,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root.getAttribute('lang')).toBe('zh-CN');
    expect(root.style.getPropertyValue('--luoshi-background')).toBe(surfaces.background.dark);
    expect(container.querySelectorAll('style')).toHaveLength(1);
  });

  it('renders on the server', () => {
    const html = renderToString(
      <LuoshiProvider locale="en">
        <Probe />
      </LuoshiProvider>,
    );
    expect(html).toContain('lang="en"');
    expect(html).toContain('Completed');
  });
});

describe('themeVariables', () => {
  it('comes from the charts tokens in each theme', () => {
    expect(themeVariables('light')['--luoshi-text']).toBe(surfaces.text.light);
    expect(themeVariables('dark')['--luoshi-text']).toBe(surfaces.text.dark);
    expect(themeVariables('dark')['--luoshi-task-completed']).toBe(hues.green.dark);
    expect(themeVariables('light')['--luoshi-evaluation-missed']).toBe(hues.vermillion.light);
  });

  it('raises muted text and borders to full contrast in high contrast', () => {
    const v = themeVariables('light', { highContrast: true });
    expect(v['--luoshi-text-muted']).toBe(surfaces.text.light);
    expect(v['--luoshi-border']).toBe(surfaces.text.light);
  });

  it('writes a stylesheet rule', () => {
    expect(themeStylesheet('.x', 'dark')).toMatch(/^\.x\{--luoshi-background:#15171C;/);
  });
});
