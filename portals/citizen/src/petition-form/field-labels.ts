import type { TFunction } from '@tjxf/i18n';
import type { FieldKey } from './field-keys';

/** A field's label as the form shows it, e.g. "信访人 2 · 手机号码", for error summaries. */
export function fieldLabel(field: FieldKey, t: TFunction<'citizen'>): string {
  const person = /^petitioners\.(\d+)\.(name|phone|idNumber|address)$/.exec(field);
  if (person) return `${t('people.person', { n: Number(person[1]) + 1 })} · ${t(`people.${person[2] as 'name'}`)}`;
  const agent = /^agent\.(\w+)$/.exec(field);
  if (agent) return `${t('agent.legend')} · ${t(`agent.${agent[1] as 'name'}`)}`;
  switch (field) {
    case 'kind':
      return t('kind.legend');
    case 'category':
      return t('category.legend');
    case 'region':
      return t('region.legend');
    case 'address':
      return t('place.address');
    case 'title':
      return t('content.title');
    case 'content':
      return t('content.content');
    case 'respondent':
      return t('respondent.legend');
    case 'confidential':
      return t('content.confidential');
    case 'petitioners':
      return t('steps.people');
    case 'peopleInvolved':
      return t('people.peopleInvolved');
    case 'attachments':
      return t('files.label');
    default:
      return field;
  }
}
