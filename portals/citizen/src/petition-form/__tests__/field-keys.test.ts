import { describe, expect, it } from 'vitest';
import { fieldFromServer, fieldId, stepOf } from '../field-keys';

describe('the field a server error names', () => {
  it('maps the input’s names to the form’s fields and steps', () => {
    expect(fieldFromServer('title')).toBe('title');
    expect(fieldFromServer('categoryCode')).toBe('category');
    expect(fieldFromServer('regionCode')).toBe('region');
    expect(fieldFromServer('respondentUnitId')).toBe('respondent');
    expect(fieldFromServer('petitioners[0].phone')).toBe('petitioners.0.phone');
    expect(fieldFromServer('petitioners[3].idNumber')).toBe('petitioners.3.idNumber');
    expect(fieldFromServer('petitioners')).toBe('petitioners');
    expect(fieldFromServer('agent.powerOfAttorneyAttachmentId')).toBe('agent.powerOfAttorney');
    expect(fieldFromServer('attachmentIds[2]')).toBe('attachments');
    expect(stepOf('title')).toBe('content');
    expect(stepOf('region')).toBe('place');
    expect(stepOf('petitioners.0.phone')).toBe('people');
    expect(stepOf('agent.powerOfAttorney')).toBe('people');
    expect(stepOf('attachments')).toBe('files');
    expect(stepOf('kind')).toBe('kind');
  });

  it('is null for a field the form does not show, or none', () => {
    expect(fieldFromServer('idempotencyKey')).toBeNull();
    expect(fieldFromServer('receivedAt')).toBeNull();
    expect(fieldFromServer(undefined)).toBeNull();
    expect(fieldFromServer('petitioners[0].password')).toBeNull();
  });

  it('gives each field an id to focus', () => {
    expect(fieldId('petitioners.0.phone')).toBe('field-petitioners-0-phone');
    expect(fieldId('title')).toBe('field-title');
  });
});
