import { ApiError } from '@tjxf/graphql-client';
import { describe, expect, it } from 'vitest';
import { fieldFromServer } from '../field-keys';
import { submitProblem } from '../submit-problem';

describe('a refused submission', () => {
  it('becomes a problem on the field the server named, in both of its languages', () => {
    const localized = { 'zh-CN': '请填写标题。', en: 'Enter the title.' };
    const error = new ApiError('BAD_USER_INPUT', '请填写标题。Enter the title.', { field: 'title', localized });
    expect(submitProblem(error, fieldFromServer)).toEqual({ field: 'title', message: { server: localized } });
  });

  it('takes the words of the reason from the shared catalogue, never from the message (issue 9)', () => {
    const error = new ApiError('BAD_USER_INPUT', 'not read', { field: 'title', reason: 'SEARCH_TEXT_REQUIRED' });
    expect(submitProblem(error, fieldFromServer)?.message).toEqual({
      server: { 'zh-CN': '请输入要搜索的字词。', en: 'Enter words to search for.' },
    });
    const prose = new ApiError(
      'BAD_USER_INPUT',
      '集体访最多推选5名代表，其他人员请计入涉及人数。A collective petition names at most 5 representatives.',
      { field: 'petitioners' },
    );
    expect(submitProblem(prose, fieldFromServer)?.message).toEqual({ key: 'problems.invalid' });
  });

  it('says what to fix in a field refused without words, and is null for what no field shows', () => {
    const bare = new ApiError('BAD_USER_INPUT', 'Invalid input', { field: 'petitioners[0].phone' });
    expect(submitProblem(bare, fieldFromServer)).toEqual({
      field: 'petitioners.0.phone',
      message: { key: 'problems.phoneInvalid' },
    });
    expect(submitProblem(new ApiError('BAD_USER_INPUT', 'x', { field: 'idempotencyKey' }), fieldFromServer)).toBeNull();
    expect(submitProblem(new ApiError('NETWORK_ERROR', 'offline'), fieldFromServer)).toBeNull();
  });
});
