import { describe } from 'vitest';
import { chartContract } from '../../test/support/chart-contract.js';
import { TaskOverview } from './task-overview.js';

describe('TaskOverview', () => chartContract(TaskOverview, 'taskOverview'));
