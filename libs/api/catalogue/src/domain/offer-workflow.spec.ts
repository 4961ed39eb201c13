import { deletable, editable, nextStatus, searchRelevant } from './offer-workflow';

describe('offer workflow', () => {
  it('publishes directly without review and goes to review when the parent reviews', () => {
    expect(nextStatus('submit', 'draft', false)).toBe('published');
    expect(nextStatus('submit', 'draft', true)).toBe('submitted');
    expect(nextStatus('submit', 'past', false)).toBe('published');
  });

  it('lets reviewers approve or return only submissions', () => {
    expect(nextStatus('approve', 'submitted', true)).toBe('published');
    expect(nextStatus('return', 'submitted', true)).toBe('draft');
    for (const status of ['draft', 'published', 'past', 'archived'] as const) {
      expect(nextStatus('approve', status, true)).toBeNull();
      expect(nextStatus('return', status, true)).toBeNull();
    }
  });

  it('refuses transitions that make no sense', () => {
    expect(nextStatus('submit', 'published', false)).toBeNull();
    expect(nextStatus('submit', 'submitted', true)).toBeNull();
    expect(nextStatus('reopen', 'published', false)).toBeNull();
    expect(nextStatus('withdraw', 'draft', false)).toBeNull();
    expect(nextStatus('archive', 'submitted', false)).toBeNull();
  });

  it('locks content during review and after archiving; deletes only unpublished drafts', () => {
    expect(editable('draft')).toBe(true);
    expect(editable('published')).toBe(true);
    expect(editable('submitted')).toBe(false);
    expect(editable('archived')).toBe(false);
    expect(deletable('draft', false)).toBe(true);
    expect(deletable('draft', true)).toBe(false);
    expect(deletable('published', true)).toBe(false);
  });

  it('tells search about every move into or out of published', () => {
    expect(searchRelevant('submitted', 'published')).toBe(true);
    expect(searchRelevant('published', 'past')).toBe(true);
    expect(searchRelevant('draft', 'submitted')).toBe(false);
  });
});
