import { describe, expect, it } from 'vitest';
import type { Task } from '../task/task.schema.js';
import { suggestStatus } from './evidence.status.js';
import type { EvidenceSentence } from './evidence.types.js';

const task = (text: string, statusHistory: Task['statusHistory'] = []): Task => ({
  id: 't1',
  reportId: 'r',
  seq: 1,
  text,
  leadUnitIds: ['u'],
  supportUnitIds: [],
  targetIds: [],
  statusHistory,
  previousTaskIds: [],
});

const sentence = (
  score: number,
  signal: EvidenceSentence['signal'],
  verbs: string[] = [],
): EvidenceSentence => ({
  reportId: 'p',
  taskId: 't1',
  rank: 1,
  quote: '海珠文化服务中心建成开放',
  offset: 10,
  line: 3,
  score,
  focus: { quote: '海珠文化服务中心建成开放', offset: 10 },
  signal,
  completionVerbs: signal === 'completion' ? verbs : [],
  progressVerbs: signal === 'progress' ? verbs : [],
  sharedTerms: ['海珠文化服务中心'],
});

describe('suggestStatus', () => {
  it('suggests completed from a completion verb in a strong sentence, with the quote', () => {
    const s = suggestStatus(task('建成海珠文化服务中心'), [sentence(0.8, 'completion', ['建成'])]);
    expect(s).toMatchObject({ status: 'completed', suggested: true, basis: 'completion' });
    expect(s.evidence).toEqual([{ reportId: 'p', quote: '海珠文化服务中心建成开放', offset: 10, line: 3 }]);
    expect(s.explanation.zh).toContain('建成');
    expect(s.explanation.en).toContain('completed');
  });

  it('suggests on-track from a progress verb, ongoing for continuing work', () => {
    expect(
      suggestStatus(task('加快建设海珠文化服务中心'), [sentence(0.6, 'progress', ['推进'])]).status,
    ).toBe('on-track');
    expect(
      suggestStatus(task('持续提升琶洲算法大赛影响力'), [sentence(0.6, 'progress', ['推进'])]).status,
    ).toBe('ongoing');
    expect(suggestStatus(task('深化禁毒示范区创建'), [sentence(0.6, 'completion', ['创建'])]).status).toBe(
      'ongoing',
    );
  });

  it('is more confident with a closer sentence', () => {
    const weak = suggestStatus(task('建成海珠文化服务中心'), [sentence(0.3, 'completion', ['建成'])]);
    const close = suggestStatus(task('建成海珠文化服务中心'), [sentence(0.9, 'completion', ['建成'])]);
    expect(close.confidence).toBeGreaterThan(weak.confidence);
    expect(close.confidence).toBeLessThanOrEqual(1);
  });

  it('says unknown with nothing, or with weak or verb-less evidence', () => {
    expect(suggestStatus(task('建成海珠文化服务中心'), [])).toMatchObject({
      status: 'unknown',
      confidence: 0,
      evidence: [],
    });
    expect(suggestStatus(task('建成海珠文化服务中心'), [sentence(0.05, 'completion', ['建成'])]).status).toBe(
      'unknown',
    );
    const mentioned = suggestStatus(task('建成海珠文化服务中心'), [sentence(0.7, 'none')]);
    expect(mentioned.status).toBe('unknown');
    expect(mentioned.evidence).toHaveLength(1);
  });

  it('lets a weaker sentence’s verb not decide when a much closer sentence says nothing', () => {
    const s = suggestStatus(task('建成海珠文化服务中心'), [
      sentence(0.9, 'none'),
      { ...sentence(0.3, 'completion', ['成立']), rank: 2 },
    ]);
    expect(s.status).toBe('unknown');
  });

  it('never overwrites a recorded status: returns the latest one unchanged', () => {
    const recorded = task('建成海珠文化服务中心', [
      { status: 'on-track', asOf: '2024-06-30' },
      { status: 'at-risk', asOf: '2024-12-31', note: '进度滞后' },
    ]);
    const s = suggestStatus(recorded, [sentence(0.9, 'completion', ['建成'])]);
    expect(s).toMatchObject({ status: 'at-risk', suggested: false, basis: 'recorded', confidence: 1 });
    expect(s.recorded).toEqual({ status: 'at-risk', asOf: '2024-12-31', note: '进度滞后' });
    expect(s.explanation.en).toContain('kept unchanged');
  });
});
