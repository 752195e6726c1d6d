import { describe, expect, it } from 'vitest';
import { TaskStatus } from '@luoshi/core';
import { resolveTheme } from '../theme/theme.js';
import {
  defaultStatusVocabulary,
  evaluationStatusOrder,
  resolveStatusVocabulary,
  statusItemStyle,
  statusLabel,
  taskStatusOrder,
} from './status.vocabulary.js';

describe('status vocabulary', () => {
  it('ships the government terms and their English counterparts for every status', () => {
    const zh = taskStatusOrder.map((s) => statusLabel(defaultStatusVocabulary.task[s]));
    expect(zh).toEqual(['已完成', '常态化推进', '序时推进', '部分完成', '滞后', '未启动', '已取消', '未知']);
    expect([...taskStatusOrder].sort()).toEqual([...TaskStatus.options].sort());
    expect(
      evaluationStatusOrder.map((s) => statusLabel(defaultStatusVocabulary.evaluation[s], 'en')),
    ).toEqual(['Exceeded', 'Met', 'Near', 'Missed', 'Pending', 'Not comparable']);
    expect(evaluationStatusOrder.map((s) => statusLabel(defaultStatusVocabulary.evaluation[s]))).toEqual([
      '超额完成',
      '已达标',
      '接近',
      '未达标',
      '待公布',
      '不可比',
    ]);
  });

  it('is readable without colour: within each kind, no two statuses share a pattern or a shape', () => {
    for (const kind of ['task', 'evaluation'] as const) {
      const styles = Object.values(defaultStatusVocabulary[kind]);
      expect(new Set(styles.map((s) => JSON.stringify(s.decal))).size).toBe(styles.length);
      expect(new Set(styles.map((s) => s.symbol)).size).toBe(styles.length);
      expect(new Set(styles.map((s) => s.color.light)).size).toBe(styles.length);
    }
  });

  it('takes overrides of a label, a colour or a decal without losing the rest', () => {
    const vocabulary = resolveStatusVocabulary({
      task: {
        'at-risk': { label: { zh: '进度滞后', en: 'Lagging' }, color: { light: '#AA0000', dark: '#FF5555' } },
      },
    });
    expect(statusLabel(vocabulary.task['at-risk'])).toBe('进度滞后');
    expect(statusLabel(vocabulary.task['at-risk'], 'en')).toBe('Lagging');
    expect(vocabulary.task['at-risk'].decal).toEqual(defaultStatusVocabulary.task['at-risk'].decal);
    expect(statusItemStyle(vocabulary.task['at-risk'], resolveTheme('dark')).color).toBe('#FF5555');
    expect(vocabulary.task.completed).toEqual(defaultStatusVocabulary.task.completed);
  });

  it('gives each theme its decal stroke colour', () => {
    const style = statusItemStyle(defaultStatusVocabulary.task['on-track'], resolveTheme('dark'));
    expect(style).toMatchObject({ color: '#4FA8E0', decal: { color: 'rgba(255,255,255,0.45)' } });
    expect(statusItemStyle(defaultStatusVocabulary.task.completed, resolveTheme())).toEqual({
      color: '#009E73',
    });
  });
});
